import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Builds the browser-test harness: a page rendering one table the way a host React app would.
export default defineConfig({
  root: "e2e",
  plugins: [react()],
  build: { outDir: "../dist-e2e", emptyOutDir: true, target: "es2022", sourcemap: false },
});
