import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    // One module graph and one jsdom per worker, as in @tianbiao/react: no file mocks a module, and the
    // setup file cleans up after every test. Alone: 12 s wall with a graph per file, 6 s without.
    isolate: false,
    // Hang guards, not speed tests: axe over a whole official form or 50 rows takes seconds in jsdom,
    // and took up to 63 s on a loaded two-core machine. How fast things render is `pnpm bench`'s job.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    setupFiles: ["./src/test-setup.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
