import { defineConfig } from "vitest/config";

// Browser tests against the built portal: the sites, the embed script they load, the API.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    // Hang guards, not speed tests: far above the slowest test on a loaded two-core machine, and
    // expect.poll waits for a state in the page (vitest's default gives up after 1 s).
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: "test-results/vitest-e2e.json" }]],
  },
});
