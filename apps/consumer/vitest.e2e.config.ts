import { defineConfig } from "vitest/config";

// The consumer app's build and browser check. No time bounds: every wait is for a state (a child
// process exiting, the page reporting "rendered" or an error), so a slow machine is only slower.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 0,
    hookTimeout: 0,
    reporters: ["default", ["json", { outputFile: "test-results/vitest-e2e.json" }]],
  },
});
