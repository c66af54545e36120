import { type ChoiceOption, type Field, type FormTable, getAt, type Submission } from "@tianbiao/core";

/** One column of the export: its header and how to read its cell from a submission. */
export interface CsvColumn {
  header: string;
  /** The submission path the column reads (rows by index). */
  path: string;
  cell(values: Submission): string;
}

// The forms print yes/no as "1.是 2.否"; the export uses those codes.
const yesCode = "1";
const noCode = "2";
const multipleSeparator = ";";

function optionCodes(
  options: readonly ChoiceOption[],
  into = new Map<string, string>(),
): Map<string, string> {
  for (const option of options) {
    into.set(option.value, option.code ?? option.value);
    optionCodes(option.children ?? [], into);
  }
  return into;
}

/** A plain value as cell text: numbers as typed, objects (never expected) as JSON. */
function plain(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function yesNo(value: unknown): string {
  if (value === true || value === "true") return yesCode;
  if (value === false || value === "false") return noCode;
  return plain(value);
}

function join(prefix: string, key: string): string {
  return prefix === "" ? key : `${prefix}.${key}`;
}

function longestRows(submissions: readonly Submission[], path: string): number {
  let longest = 0;
  for (const values of submissions) {
    const rows = getAt(values, path);
    if (Array.isArray(rows)) longest = Math.max(longest, rows.length);
  }
  return longest;
}

/**
 * The export columns of a table, in form order, one per leaf value. A header is the printed field
 * code where the field has one (`101`), else its parent's header and its id (`120.email`,
 * `registeredAddress.street`). Money parts are `117.amount`, `117.usd`…; rows are flattened by
 * index (`119.0.share`, as many as the longest submission has, at least one); matrix cells are
 * `<row code>.<column>` (`401.current`). Any header that would repeat falls back to the path.
 */
export function exportColumns(table: FormTable, submissions: readonly Submission[]): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const add = (header: string, path: string, cell: (value: unknown) => string): void => {
    columns.push({ header, path, cell: (values) => cell(getAt(values, path)) });
  };

  const visit = (fields: readonly Field[], path: string, header: string, inRows: boolean): void => {
    for (const field of fields) {
      const at = join(path, field.id);
      // Inside rows a printed code would hide the row index, so ids are used there.
      const own =
        !inRows && field.code !== undefined && field.code !== "" ? field.code : join(header, field.id);
      switch (field.kind) {
        case "group":
          visit(field.fields, at, own, inRows);
          break;
        case "rows": {
          const count = Math.max(1, field.minRows ?? 0, longestRows(submissions, at));
          const kinds = field.rowKinds === undefined ? undefined : optionCodes(field.rowKinds);
          for (let i = 0; i < count; i += 1) {
            const rowPath = `${at}.${i}`;
            const rowHeader = `${own}.${i}`;
            if (kinds !== undefined)
              add(`${rowHeader}.rowKind`, `${rowPath}.rowKind`, (v) => kinds.get(plain(v)) ?? plain(v));
            visit(field.columns, rowPath, rowHeader, true);
          }
          break;
        }
        case "matrix":
          for (const row of field.rows) {
            if (row.heading === true) continue;
            for (const column of field.columns) {
              if (row.blank?.includes(column.id)) continue;
              const rowHeader =
                !inRows && row.code !== undefined && row.code !== "" ? row.code : `${own}.${row.id}`;
              add(`${rowHeader}.${column.id}`, `${at}.${row.id}.${column.id}`, plain);
            }
          }
          break;
        case "money": {
          const parts = ["amount"];
          if (field.currency === "any") parts.push("currency");
          if (field.usd) parts.push("rate", "rateDate", "usd");
          for (const part of parts) add(`${own}.${part}`, `${at}.${part}`, plain);
          break;
        }
        case "choice": {
          const codes = optionCodes(field.options);
          const code = (value: unknown): string => codes.get(plain(value)) ?? plain(value);
          add(own, at, (value) =>
            Array.isArray(value)
              ? value.map(code).join(multipleSeparator)
              : value === undefined
                ? ""
                : code(value),
          );
          if (field.otherValue !== undefined) add(`${own}.other`, join(path, `${field.id}Other`), plain);
          break;
        }
        case "yesNo":
          add(own, at, yesNo);
          break;
        default:
          add(own, at, plain);
      }
    }
  };
  for (const section of table.sections) visit(section.fields, "", "", false);

  const seen = new Map<string, number>();
  for (const column of columns) seen.set(column.header, (seen.get(column.header) ?? 0) + 1);
  return columns.map((column) =>
    (seen.get(column.header) ?? 0) > 1 ? { ...column, header: column.path } : column,
  );
}

// A cell a spreadsheet would run as a formula (CSV injection); numbers such as -5 or +86… stay as they are.
const formulaStart = /^[=+\-@\t\r]/;
const numeric = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** One CSV field per RFC 4180, with formula-like text defused by a leading apostrophe. */
export function csvField(text: string): string {
  const safe = formulaStart.test(text) && !numeric.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document: UTF-8 byte order mark (so Excel reads Chinese correctly), CRLF line ends. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("")}`;
}

/** The columns every export of filings starts with, before the table's own. */
export const filingHeaders = ["id", "filer", "region", "period", "receivedAt", "status", "revision"] as const;

/** A filing's cells under {@link filingHeaders}. */
export function filingCells(row: {
  id: string;
  filer: string;
  regionCode: string;
  period: string | null;
  receivedAt: string;
  status: string;
  revision: number;
}): Array<string | number> {
  return [row.id, row.filer, row.regionCode, row.period ?? "", row.receivedAt, row.status, row.revision];
}
