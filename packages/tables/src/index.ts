export type { CatalogField, CatalogOption, CatalogTable } from "./catalogue";
export { catalog, catalogEntry, getTableModule, tableIds, tableModules } from "./catalogue";
export type { CliIo } from "./cli";
export { runCli } from "./cli";
export type { Verdict } from "./fixture-verdicts";
export { fixtureVerdicts } from "./fixture-verdicts";
export type { TableModule } from "./types";
