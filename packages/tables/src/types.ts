import type { TableDefinition, TableFixtures } from "@tianbiao/core";

/** One official table and, for a form, its fixtures. */
export interface TableModule {
  table: TableDefinition;
  fixtures?: TableFixtures;
}
