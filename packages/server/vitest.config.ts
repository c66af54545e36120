import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
    // One module graph per worker, not per file: no test file here mocks a module or changes a global that
    // another reads (each builds its own server, and every server turns on compiled parsers alike). Measured
    // alone on two cores: 170 s wall and 216 CPU s with isolation, 129 s and 154 CPU s without.
    isolate: false,
    // Hang guards, not budgets: starting PGlite or a PostgreSQL server takes seconds, several times
    // that while other test tasks share the two cores. Throughput is measured by `pnpm bench`.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
