import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // Hang guards, not budgets: starting PGlite or a PostgreSQL server takes seconds, several times
    // that while other test tasks share the two cores. Throughput is measured by `pnpm bench`.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
