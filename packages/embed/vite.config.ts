import { fileURLToPath } from "node:url";
import { walkFields } from "@tianbiao/core";
import { getTableModule, tableIds } from "@tianbiao/tables";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";

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

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const splitFieldComponents = path("../react/src/field/field-components.split.tsx");
const gridFields = path("../react/src/field/grid-fields.ts");
const pageStyles = path("src/styles.ts");
// The grid fields' chunk, a module made here (no such file): their components, and their CSS for
// the form's shadow root. Its name is the chunk's.
const gridChunk = path("src/grid-fields");

/**
 * The renderer's repeating rows and matrix (with the spreadsheet paste) as a chunk only a table
 * with such a field loads: field-components.split.tsx stands in for field-components.ts. Their
 * CSS travels in that chunk too (src/grid-styles.ts), so the page's stylesheet is form.css alone.
 */
function gridFieldsOnDemand(): Plugin {
  return {
    name: "tianbiao:grid-fields-on-demand",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer === pageStyles && source === "@tianbiao/react/styles.css?inline")
        return this.resolve("@tianbiao/react/styles/form.css?inline", importer, { skipSelf: true });
      if (importer === splitFieldComponents && source === "./grid-fields") return gridChunk;
      const inRenderer = importer !== undefined && /[\\/]react[\\/]src[\\/]/.test(importer);
      return inRenderer && /(^|\/)field-components$/.test(source) ? splitFieldComponents : null;
    },
    load(id) {
      if (id !== gridChunk) return null;
      const styles = JSON.stringify(path("src/grid-styles.ts"));
      return `import ${styles};\nexport * from ${JSON.stringify(gridFields)};`;
    },
  };
}

/** The forms with a grid field: mount starts loading the grid chunk beside such a table's chunk. */
function gridTables(): string[] {
  return tableIds().filter((id) => {
    const table = getTableModule(id)?.table;
    let found = false;
    if (table?.kind === "form")
      walkFields(table, (field) => {
        if (field.kind === "rows" || field.kind === "matrix") found = true;
      });
    return found;
  });
}

// The ES module build: the element and React in one entry, each table in its own chunk. An app
// build (not library mode) so the output is fully minified.
export default defineConfig({
  plugins: [gridFieldsOnDemand(), react()],
  // Relative URLs, so chunks load from wherever the host serves the script (e.g. /tianbiao/).
  base: "./",
  // Workspace packages from their sources, module by module, so a code list only a table needs
  // travels in that table's chunk instead of the script every page loads.
  resolve: { conditions: ["source", ...defaultClientConditions], alias: pageScriptAliases },
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    __TIANBIAO_GRID_TABLES__: JSON.stringify(gridTables()),
  },
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
