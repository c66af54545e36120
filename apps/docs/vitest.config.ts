import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { apiReferencePlugin } from "./scripts/api-reference.mjs";

export default defineConfig({
  plugins: [react(), apiReferencePlugin()],
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    setupFiles: ["./src/test-setup.ts"],
    // Hang guards, not speed tests: vitest's defaults (5 s a test, 10 s a hook) are budgets a loaded
    // two-core machine can miss.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
