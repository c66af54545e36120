import { defineConfig } from "vitest/config";

// The consumer app's builds and browser checks. Every wait in the test is for a state (a child
// process exiting, the page reporting "rendered" or an error); these limits are hang guards, not
// speed tests: far above the slowest step on a loaded two-core machine.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest-e2e.json" }]],
  },
});
