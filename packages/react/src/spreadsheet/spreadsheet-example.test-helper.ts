import type { FormTable, RowsField } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";

/**
 * The first rows of 城市1表's valid fixture as a spreadsheet copy of the printed table holds them:
 * the 序号 column first, the 培训类别 as printed ("7．…"), tab-separated, CRLF, a trailing newline.
 * `stored` is what the form keeps once they are pasted: each cell as typed, the category's code.
 */
export function city1Block(count = 3): { text: string; stored: Record<string, string>[]; width: number } {
  const module = getTableModule("city-1");
  if (!module) throw new Error("城市1表 is in the catalogue");
  const field = (module.table as FormTable).sections
    .flatMap((section) => section.fields)
    .find((candidate): candidate is RowsField => candidate.kind === "rows");
  const rows = (module.fixtures?.valid.trainings ?? []) as Record<string, unknown>[];
  if (!field || rows.length < count) throw new Error("城市1表's fixture has the rows to paste");
  const stored = rows
    .slice(0, count)
    .map((row) => Object.fromEntries(field.columns.map((column) => [column.id, String(row[column.id])])));
  const printed = (column: RowsField["columns"][number], value: string) => {
    if (column.kind !== "choice") return value;
    const option = column.options.find((candidate) => candidate.value === value);
    return option ? `${option.code}．${option.label.zh}` : value;
  };
  const lines = stored.map((row, i) =>
    [String(i + 1), ...field.columns.map((column) => printed(column, row[column.id] ?? ""))].join("\t"),
  );
  return { text: `${lines.join("\r\n")}\r\n`, stored, width: field.columns.length + 1 };
}
