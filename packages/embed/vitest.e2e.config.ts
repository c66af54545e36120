import { defineConfig } from "vitest/config";

// Browser tests of the built script (dist/tianbiao.iife.js) on a host page, in Debian Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    // Hang guards, not speed tests: far above the slowest test on a loaded two-core machine.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: "test-results/vitest-e2e.json" }]],
  },
});
