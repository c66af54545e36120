import type { Field, Text } from "@tianbiao/core";

/** Thrown where the build carries no ExcelJS. */
export class XlsxUnavailable extends Error {}

/**
 * The first sheet of an .xlsx file as rows of cell text. ExcelJS is loaded here, on first use, so a
 * bundler puts it in a chunk of its own and the form does not carry it until a filer imports a file.
 */
export async function readFirstSheet(data: ArrayBuffer): Promise<string[][]> {
  const loaded = await import("exceljs");
  // The browser build is a UMD bundle: its namespace arrives as the default export.
  const ExcelJS = ((loaded as unknown as { default?: typeof loaded }).default ?? loaded) as typeof loaded;
  // A build that cannot split (the embed's classic script) leaves ExcelJS out: no Workbook.
  if (typeof ExcelJS?.Workbook !== "function") throw new XlsxUnavailable();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      // A date cell's text is a JavaScript date string; the form stores Y-M-D.
      cells[column - 1] = cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text;
    });
    rows.push(Array.from(cells, (cell) => cell ?? ""));
  });
  return rows;
}

/** A header as printed or typed: full-width forms folded, spaces and a trailing "（unit）" dropped. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/\([^()]*\)$/, "")
    .toLowerCase();
}

/**
 * Which column each header cell names: a column's printed label in either language (with or without
 * its unit), its printed code or its id. `ignored` headers (序号, No.) name none and are passed over;
 * `unknown` lists the headers that name nothing.
 */
export function matchHeaders(
  header: string[],
  columns: Field[],
  ignored: Text[],
): { columnAt: (string | undefined)[]; unknown: string[] } {
  const byName = new Map<string, string>();
  for (const column of columns) {
    for (const name of [column.id, column.code, column.label.zh, column.label.en]) {
      if (name) byName.set(normalise(name), column.id);
    }
  }
  const skip = new Set(ignored.flatMap((text) => [normalise(text.zh), normalise(text.en)]));
  const unknown: string[] = [];
  const columnAt = header.map((cell) => {
    const name = normalise(cell);
    if (name === "" || skip.has(name)) return undefined;
    const id = byName.get(name);
    if (!id) unknown.push(cell.trim());
    return id;
  });
  return { columnAt, unknown };
}
