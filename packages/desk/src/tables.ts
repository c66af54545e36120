import type { FormTable, Text } from "@tianbiao/core";
import { getTableModule, tableModules } from "@tianbiao/tables";

/** The form tables filers file, in catalogue order. */
export function formTables(): FormTable[] {
  return tableModules.flatMap((m) => (m.table.kind === "form" ? [m.table] : []));
}

export function formTable(id: string): FormTable | undefined {
  const table = getTableModule(id)?.table;
  return table?.kind === "form" ? table : undefined;
}

/** A table's title for lists; its id when the table is unknown. */
export function tableTitle(id: string): Text {
  return getTableModule(id)?.table.title ?? { zh: id, en: id };
}

/** The form tables as a select's options. */
export function tableOptions(): Array<{ value: string; text: Text }> {
  return formTables().map((table) => ({ value: table.id, text: table.title }));
}
