import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    bin: "src/bin.ts",
    loaders: "src/loaders.ts",
    "subsidy-rules": "src/zhengzhou-2020-58/subsidy-rules.ts",
    "survey-catalogue": "src/statistical-survey/survey-catalogue.ts",
  },
  format: ["esm"],
  target: "es2022",
  sourcemap: true,
  clean: true,
  // Declarations for consumers, built against the dependencies' built declarations (not their
  // sources through the workspace's "source" condition); tsup still sets baseUrl, which TS 6 deprecates.
  // The CLI entry has no importers, so no declarations.
  dts: {
    entry: {
      index: "src/index.ts",
      loaders: "src/loaders.ts",
      "subsidy-rules": "src/zhengzhou-2020-58/subsidy-rules.ts",
      "survey-catalogue": "src/statistical-survey/survey-catalogue.ts",
    },
    compilerOptions: { customConditions: [], ignoreDeprecations: "6.0" },
  },
  // One chunk per table, so an embed that loads one table pays only for that table.
  splitting: true,
});
