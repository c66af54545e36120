import type { CompiledTable, Submission, Text } from "@tianbiao/core";
import { getAt } from "@tianbiao/core";
import type { CsvColumn } from "./csv";

// Spreadsheets through ExcelJS (a kept library: the format is a zip of XML parts that is easy to get
// subtly wrong). Text is always written as text, never as a formula, so a value such as "=1+1" stays
// what the filer typed. Each sheet starts with three header rows: the printed codes, Chinese, English.
// ExcelJS is loaded at the first export, not at start: loading it took 0.37 of the 3.7 CPU seconds in
// which the built portal server started on an existing store.

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  /** Row 1: the printed codes (or field names); rows 2 and 3: the same columns in Chinese and English. */
  codes: readonly string[];
  zh: readonly string[];
  en: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
}

/** The number of header rows every sheet has. */
export const headerRows = 3;

/**
 * A sheet's name in both languages as far as 31 characters allow: the table number as the desk names
 * it (企业2表) and the table's id, without the characters Excel refuses in a sheet name.
 */
export function sheetName(table: { id: string; tableNo?: Text }, suffix = ""): string {
  const number = (table.tableNo?.zh ?? "").replace(/^服务外包统/, "").normalize("NFKC");
  const name = [number, table.id, suffix].filter((part) => part !== "").join(" ");
  return name.replace(/[[\]:*?/\\']/g, "_").slice(0, 31);
}

/** An .xlsx workbook of the given sheets. */
export async function workbook(sheets: readonly Sheet[]): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  book.creator = "tianbiao";
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31), {
      views: [{ state: "frozen", ySplit: headerRows }],
    });
    ws.addRow([...sheet.codes]);
    ws.addRow([...sheet.zh]);
    ws.addRow([...sheet.en]);
    for (let i = 1; i <= headerRows; i += 1) ws.getRow(i).font = { bold: i === 1 };
    for (const row of sheet.rows) ws.addRow(row.map((cell) => cell ?? ""));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A column's label in both languages: the field, its matrix row and column, or its money part. */
export function columnLabel(compiled: CompiledTable, column: CsvColumn): Text {
  const location = compiled.locate(column.path);
  if (location === undefined) return { zh: column.header, en: column.header };
  const base = location.matrixRow?.label ?? location.field.label;
  const extra: Text[] = [];
  if (location.matrixColumn !== undefined) extra.push(location.matrixColumn.label);
  if (location.rows.length > 0) {
    const n = String((location.rows[location.rows.length - 1] ?? 0) + 1);
    extra.push({ zh: `第${n}行`, en: `row ${n}` });
  }
  if (location.part !== undefined && location.part !== "")
    extra.push({ zh: location.part, en: location.part });
  if (extra.length === 0) return base;
  return {
    zh: `${base.zh}（${extra.map((e) => e.zh).join("，")}）`,
    en: `${base.en} (${extra.map((e) => e.en).join(", ")})`,
  };
}

/** A filing's value in a column: numbers as numbers, everything else as the CSV writes it. */
export function columnCell(column: CsvColumn, values: Submission): Cell {
  const raw = getAt(values, column.path);
  if (typeof raw === "number" && Number.isFinite(raw)) return raw;
  return column.cell(values);
}
