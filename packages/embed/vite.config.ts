import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/** i18next as the embed's scripts carry it: the part tianbiao uses (src/i18next-subset.ts). */
export const i18nextSubset = { i18next: fileURLToPath(new URL("src/i18next-subset.ts", import.meta.url)) };

// The ES module build: the element and React in one entry, each table in its own chunk. An app
// build (not library mode) so the output is fully minified.
export default defineConfig({
  plugins: [react()],
  // Relative URLs, so chunks load from wherever the host serves the script (e.g. /tianbiao/).
  base: "./",
  // Workspace packages from their sources, module by module, so a code list only a table needs
  // travels in that table's chunk instead of the script every page loads.
  resolve: { conditions: ["source", ...defaultClientConditions], alias: i18nextSubset },
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
