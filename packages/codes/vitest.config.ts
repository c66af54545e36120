import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // One module graph per worker, not per file: no test file here mocks a module or changes a global.
    // Measured alone: 25 s wall with isolation, 17 s without.
    isolate: false,
    // Hang guards, not speed tests: fuzz runs share two cores with the other test tasks in CI.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
