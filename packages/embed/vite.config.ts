import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The ES module build: the element and React in one entry, each table in its own chunk. An app
// build (not library mode) so the output is fully minified.
export default defineConfig({
  plugins: [react()],
  // Relative URLs, so chunks load from wherever the host serves the script (e.g. /tianbiao/).
  base: "./",
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: { tianbiao: "src/index.ts" },
      preserveEntrySignatures: "exports-only",
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
