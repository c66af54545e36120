import type { FormTable, InvalidFixture, TableFixtures } from "@tianbiao/core";
import { getTableModule, tableIds } from "@tianbiao/tables";

export interface FormModule {
  id: string;
  table: FormTable;
  fixtures: TableFixtures;
}

/** Every form table with fixtures, in catalogue order. */
export const formModules: FormModule[] = tableIds().flatMap((id) => {
  const module = getTableModule(id);
  return module?.table.kind === "form" && module.fixtures !== undefined
    ? [{ id, table: module.table, fixtures: module.fixtures }]
    : [];
});

export function moduleById(id: string): FormModule {
  const found = formModules.find((m) => m.id === id);
  if (found === undefined) throw new Error(`The catalogue has no form table ${id} with fixtures`);
  return found;
}

/** Fixtures that pass but draw a warning. */
export function warningFixtures(module: FormModule): InvalidFixture[] {
  return module.fixtures.warnings ?? [];
}
