import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { apiReferencePlugin } from "./scripts/api-reference.mjs";

export default defineConfig({
  // The API reference is generated from the packages' sources by TypeDoc at build time.
  plugins: [react(), apiReferencePlugin()],
  // Relative URLs: the portal serves the docs under /docs/.
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
});
