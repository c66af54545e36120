import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    // Hang guards, not speed tests: axe over a whole official form takes seconds in jsdom and several
    // times that on a loaded two-core machine. How fast things render is measured by `pnpm bench`.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    setupFiles: ["./src/test-setup.ts"],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
