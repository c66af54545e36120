import type { FormTable, TableFixtures } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";

/** An official form table and its fixtures, for stories and tests of the form's parts. */
export function officialForm(id: string): { table: FormTable; fixtures: TableFixtures } {
  const module = getTableModule(id);
  if (module?.table.kind !== "form" || !module.fixtures) throw new Error(`${id} is not a form table`);
  return { table: module.table, fixtures: module.fixtures };
}
