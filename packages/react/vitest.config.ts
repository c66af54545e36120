import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { configDefaults, defineConfig } from "vitest/config";

const testFile = /\.test\.tsx?$/;
// A test file that mocks a module needs the module graph to itself: in a graph shared with earlier files,
// the real module is already loaded and the mock never applies.
const mocking = readdirSync("src", { recursive: true, encoding: "utf8" })
  .filter((path) => testFile.test(path))
  .map((path) => join("src", path))
  .filter((path) => readFileSync(path, "utf8").includes("vi.mock("));

export default defineConfig({
  plugins: [react()],
  test: {
    environment: "jsdom",
    // Hang guards, not speed tests: axe over a whole official form or 50 rows takes seconds in jsdom,
    // and took up to 63 s on a loaded two-core machine. How fast things render is `pnpm bench`'s job.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    setupFiles: ["./src/test-setup.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      {
        extends: true,
        // One module graph and one jsdom per worker, not per file: the setup file unmounts and clears
        // storage after every test. Measured alone on two cores: 141 s wall (184 CPU s) with a graph
        // per file, about half without.
        test: {
          name: "react",
          include: ["src/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, ...mocking],
          isolate: false,
        },
      },
      { extends: true, test: { name: "react, mocking", include: mocking } },
    ],
  },
});
