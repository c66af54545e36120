import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    // Hang guards, not speed tests: axe over a whole official form or 50 rows takes seconds in jsdom,
    // and took up to 63 s on a loaded two-core machine. How fast things render is `pnpm bench`'s job.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    setupFiles: ["./src/test-setup.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
