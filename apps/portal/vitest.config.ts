import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "sites/**/*.test.ts"],
    environment: "node",
    // Hang guards, not speed tests: vitest's defaults (5 s a test, 10 s a hook, 1 s for expect.poll) are
    // budgets a loaded two-core machine can miss while a database starts or a page loads.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
