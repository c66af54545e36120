import type { ChoiceOption, Field, TableDefinition, Text } from "@tianbiao/core";
import { cciipTables } from "./cciip-2020-25";
import { gazetteTables } from "./gazette-2013-11";
import { keyEnterpriseTables } from "./mofcom-2021-360";
import { statisticalSurveyTables } from "./statistical-survey";
import type { TableModule } from "./types";
import { zhengzhouTables } from "./zhengzhou-2020-58";

/** Every official table, in document order: the statistical survey first, then the notices. */
export const tableModules: readonly TableModule[] = [
  ...statisticalSurveyTables,
  ...keyEnterpriseTables,
  ...cciipTables,
  ...zhengzhouTables,
  ...gazetteTables,
];

const byId = new Map(tableModules.map((m) => [m.table.id, m]));

/** The table module with this id, or undefined. */
export function getTableModule(id: string): TableModule | undefined {
  return byId.get(id);
}

export function tableIds(): string[] {
  return tableModules.map((m) => m.table.id);
}

export interface CatalogOption {
  value: string;
  label: Text;
}

export interface CatalogField {
  id: string;
  code?: string;
  label: Text;
  kind: string;
  unit?: string;
  required?: boolean;
  options?: CatalogOption[];
}

export interface CatalogTable {
  id: string;
  tableNo?: Text;
  title: Text;
  kind: "form" | "reference";
  source: { document: Text; seed: string };
  fields: CatalogField[];
  rows?: number;
}

function flattenOptions(options: ChoiceOption[]): CatalogOption[] {
  return options.flatMap((o) => [{ value: o.value, label: o.label }, ...flattenOptions(o.children ?? [])]);
}

function catalogFields(fields: Field[], prefix = ""): CatalogField[] {
  const out: CatalogField[] = [];
  for (const field of fields) {
    const id = prefix ? `${prefix}.${field.id}` : field.id;
    const entry: CatalogField = { id, label: field.label, kind: field.kind };
    if (field.code) entry.code = field.code;
    if (field.required) entry.required = true;
    if ((field.kind === "integer" || field.kind === "decimal" || field.kind === "money") && field.unit) {
      entry.unit = field.unit;
    }
    if (field.kind === "choice") entry.options = flattenOptions(field.options);
    out.push(entry);
    if (field.kind === "group") out.push(...catalogFields(field.fields, id));
    if (field.kind === "rows") out.push(...catalogFields(field.columns, `${id}.*`));
    if (field.kind === "matrix") {
      for (const row of field.rows) {
        if (row.heading) continue;
        const cell: CatalogField = { id: `${id}.${row.id}`, label: row.label, kind: row.kind ?? "integer" };
        if (row.code) cell.code = row.code;
        if (row.unit) cell.unit = row.unit;
        out.push(cell);
      }
    }
  }
  return out;
}

/** One table as listed by `tianbiao catalog`: identity, every field, every option. */
export function catalogEntry(table: TableDefinition): CatalogTable {
  const entry: CatalogTable = {
    id: table.id,
    title: table.title,
    kind: table.kind,
    source: { document: table.source.document, seed: table.source.seed },
    fields:
      table.kind === "form"
        ? table.sections.flatMap((s) => catalogFields(s.fields))
        : table.columns.map((c) => ({ id: c.id, label: c.label, kind: "column" })),
  };
  if (table.tableNo) entry.tableNo = table.tableNo;
  if (table.kind === "reference") entry.rows = table.rows.length;
  return entry;
}

export function catalog(): { tables: CatalogTable[] } {
  return { tables: tableModules.map((m) => catalogEntry(m.table)) };
}
