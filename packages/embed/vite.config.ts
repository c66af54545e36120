import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/**
 * What the embed's scripts carry in place of what others get: the part of i18next tianbiao uses
 * (src/i18next-subset.ts), and Chinese alone of the built-in languages, English being a chunk the
 * script fetches when a page shows it (@tianbiao/i18n's loadLocale).
 */
export const pageScriptAliases = [
  { find: "i18next", replacement: fileURLToPath(new URL("src/i18next-subset.ts", import.meta.url)) },
  {
    find: /^\.\/built-in-locales$/,
    replacement: fileURLToPath(new URL("../i18n/src/built-in-chinese.ts", import.meta.url)),
  },
];

// The ES module build: the element and React in one entry, each table in its own chunk. An app
// build (not library mode) so the output is fully minified.
export default defineConfig({
  plugins: [react()],
  // Relative URLs, so chunks load from wherever the host serves the script (e.g. /tianbiao/).
  base: "./",
  // Workspace packages from their sources, module by module, so a code list only a table needs
  // travels in that table's chunk instead of the script every page loads.
  resolve: { conditions: ["source", ...defaultClientConditions], alias: pageScriptAliases },
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
      output: {
        format: "es",
        entryFileNames: "[name].js",
        chunkFileNames: "chunks/[name]-[hash].js",
        // Everything the entry needs in one chunk the entry imports: one request for the page's code,
        // and table chunks import from it, never from tianbiao.js (whose URL a host may decorate).
        codeSplitting: { groups: [{ name: "shared", tags: ["$initial"] }] },
      },
    },
  },
});
