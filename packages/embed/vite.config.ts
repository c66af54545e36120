import { fileURLToPath } from "node:url";
import { getTableModule, tableIds } from "@tianbiao/tables";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import { needsFieldsOnDemand } from "../react/src/field/needs-fields-on-demand";

/**
 * What the embed's scripts carry in place of what others get: the part of i18next tianbiao uses
 * (@tianbiao/i18n's src/i18next-subset.ts), and Chinese alone of the built-in languages, English being a chunk the
 * script fetches when a page shows it (@tianbiao/i18n's loadLocale).
 */
export const pageScriptAliases = [
  {
    find: "i18next",
    replacement: fileURLToPath(new URL("../i18n/src/i18next-subset.ts", import.meta.url)),
  },
  {
    find: /^\.\/built-in-locales$/,
    replacement: fileURLToPath(new URL("../i18n/src/built-in-chinese.ts", import.meta.url)),
  },
];

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const splitFieldComponents = path("../react/src/field/field-components.split.tsx");
const onDemandFields = path("../react/src/field/fields-on-demand.ts");
const validateIdentifier = path("../codes/src/identifiers/validate-identifier.ts");
const pageStyles = path("src/styles.ts");
// The chunk of what only some tables need, a module made here (no such file; its name is the
// chunk's): the renderer's fields-on-demand.ts, their CSS for the form's shadow root, and the code lists'
// checks for validateIdentifier.
const onDemandChunk = path("src/fields-on-demand");
const onDemandChunkSource = `import ${JSON.stringify(path("src/grid-styles.ts"))};
import { listRules } from ${JSON.stringify(path("../codes/src/identifiers/list-checks.ts"))};
import { provideListRules } from ${JSON.stringify(path("../codes/src/identifiers/list-checks.split.ts"))};
provideListRules(listRules);
export * from ${JSON.stringify(onDemandFields)};`;

/**
 * What only some tables need, as a chunk only such a table loads: the renderer's repeating rows and
 * matrix (with the spreadsheet paste) and its pickers, with their CSS, and the code lists that the
 * pickers and some identifier checks read. field-components.split.tsx stands in for
 * field-components.ts and pickers.ts, list-checks.split.ts for list-checks.ts, and the page's
 * stylesheet is form.css alone.
 */
function fieldsOnDemand(): Plugin {
  return {
    name: "tianbiao:fields-on-demand",
    enforce: "pre",
    resolveId(source, importer) {
      if (importer === pageStyles && source === "@tianbiao/react/styles.css?inline")
        return this.resolve("@tianbiao/react/styles/form.css?inline", importer, { skipSelf: true });
      if (importer === splitFieldComponents && source === "./fields-on-demand") return onDemandChunk;
      if (importer === validateIdentifier && source === "./list-checks")
        return path("../codes/src/identifiers/list-checks.split.ts");
      const inRenderer = importer !== undefined && /[\\/]react[\\/]src[\\/]/.test(importer);
      return inRenderer && /(^|\/)(field-components|pickers)$/.test(source) ? splitFieldComponents : null;
    },
    load(id) {
      return id === onDemandChunk ? onDemandChunkSource : null;
    },
  };
}

// Modules more than one table chunk imports, and the code lists the validator chunk imports too.
const tablesCommon =
  /[\\/](tables[\\/]src[\\/]statistical-survey[\\/](shared\.fixtures|code-options|common)|codes[\\/]src[\\/](lists[\\/](gbt4754-sections|registration-types|sources|training-categories)|code-list|identifiers[\\/]list-checks\.split))\.ts$/;

const coreSources = path("../core/src/");
const splitValidator = path("../core/src/validator.split.ts");

/**
 * The validator (zod and the schema builders) as a chunk of its own: validator.split.ts stands in for
 * core's validator.ts, and mount loads the real one beside the table's chunk without waiting for it,
 * so the form is drawn before it arrives and validates once it is here.
 */
function validatorApart(): Plugin {
  return {
    name: "tianbiao:validator-apart",
    enforce: "pre",
    resolveId(source, importer) {
      const inCore = importer?.startsWith(coreSources) === true && importer !== splitValidator;
      return inCore && source === "./validator" ? splitValidator : null;
    },
  };
}

/** The forms that need that chunk: mount starts loading it beside such a table's chunk. */
function onDemandTables(): string[] {
  return tableIds().filter((id) => {
    const table = getTableModule(id)?.table;
    return table?.kind === "form" && needsFieldsOnDemand(table);
  });
}

// The ES module build: the element and React in one entry, each table in its own chunk. An app
// build (not library mode) so the output is fully minified.
export default defineConfig({
  plugins: [fieldsOnDemand(), validatorApart(), react()],
  // Relative URLs, so chunks load from wherever the host serves the script (e.g. /tianbiao/).
  base: "./",
  // Workspace packages from their sources, module by module, so a code list only a table needs
  // travels in that table's chunk instead of the script every page loads.
  resolve: { conditions: ["source", ...defaultClientConditions], alias: pageScriptAliases },
  define: {
    "process.env.NODE_ENV": JSON.stringify("production"),
    __TIANBIAO_ON_DEMAND_TABLES__: JSON.stringify(onDemandTables()),
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
        // What the statistical survey's tables share (their fixtures' lists, the option builder) and the
        // code lists both a table and the validator read (the 门类 of an industry code, the
        // registration types): one chunk, so neither waits on a chunk of a few hundred bytes more.
        codeSplitting: {
          groups: [
            { name: "shared", tags: ["$initial"] },
            { name: "tables-common", test: tablesCommon },
          ],
        },
      },
    },
  },
});
