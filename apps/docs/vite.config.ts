import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  // Relative URLs: the portal serves the docs under /docs/.
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
