import { FieldIndex, type FieldNode } from "./fields";
import type { ChoiceOption, Field, FormTable, Text } from "./model";
import { selectableValues } from "./schema";

type Meta = Record<string, unknown>;
type Json = Record<string, unknown>;

const datePatterns = {
  day: "^\\d{4}-\\d{2}-\\d{2}$",
  month: "^\\d{4}-\\d{2}$",
  year: "^\\d{4}$",
} as const;

function titles(text: Text, code?: string, unit?: string): Meta {
  const meta: Meta = { title: text.zh, "x-title-en": text.en };
  if (code !== undefined) meta["x-code"] = code;
  if (unit !== undefined && unit !== "") meta["x-unit"] = unit;
  return meta;
}

// Each table's, built the first time it is asked for.
const built = new WeakMap<FormTable, Json>();

/**
 * JSON Schema 2020-12 of a form table's submissions, with titles in Chinese (`title`) and English
 * (`x-title-en`): what the validator accepts, for servers, OpenAPI documents and tools. Built once
 * per table; each call answers a copy of its own. Throws when two fields share a path or a
 * condition names a path that is not a field of the table.
 *
 * A function of its own, not a method of the compiled table, so a page that renders forms and never
 * asks for JSON Schema does not carry this code. Written out directly rather than through zod's
 * converter for the same reason.
 */
export function tableJsonSchema(table: FormTable): Record<string, unknown> {
  let schema = built.get(table);
  if (schema === undefined) {
    schema = buildJsonSchema(table, new FieldIndex(table).roots);
    built.set(table, schema);
  }
  return structuredClone(schema);
}

function buildJsonSchema(table: FormTable, roots: readonly FieldNode[]): Json {
  const fieldMeta = (field: Field): Meta => {
    const meta = titles(field.label, field.code, "unit" in field ? field.unit : undefined);
    meta["x-kind"] = field.kind;
    if (field.help !== undefined) {
      meta.description = field.help.zh;
      meta["x-description-en"] = field.help.en;
    }
    if (field.readOnly === true) meta.readOnly = true;
    return meta;
  };

  const number = (kind: "integer" | "decimal", min?: number, max?: number): Json => ({
    type: kind === "integer" ? "integer" : "number",
    ...(min !== undefined ? { minimum: min } : {}),
    ...(max !== undefined ? { maximum: max } : {}),
  });

  const date = (precision: keyof typeof datePatterns): Json => ({
    type: "string",
    pattern: datePatterns[precision],
    ...(precision === "day" ? { format: "date" } : {}),
  });

  const words = (accepts: readonly string[] | undefined): Json | undefined =>
    accepts !== undefined && accepts.length > 0 ? { type: "string", enum: [...accepts] } : undefined;

  // Whether a field must be present: required and not behind a showWhen.
  const mustHave = (node: FieldNode): boolean => {
    if (node.show !== undefined) return false;
    if (node.field.kind === "group") return node.list.some(mustHave);
    return node.field.required === true;
  };

  const fieldSchema = (node: FieldNode): Json => {
    const { field } = node;
    switch (field.kind) {
      case "text":
      case "longText": {
        const text: Json = { type: "string" };
        if (field.maxLength !== undefined) text.maxLength = field.maxLength;
        if (field.kind === "text" && field.format !== undefined) {
          if (field.format === "email") text.format = "email";
          else if (field.format === "url") text.format = "uri";
          text["x-format"] = field.format;
        }
        const word = words(field.kind === "text" ? field.accepts : undefined);
        return word ? { anyOf: [text, word] } : text;
      }
      case "integer":
      case "decimal": {
        const base = number(field.kind, field.min, field.max);
        if (field.kind === "decimal" && field.scale !== undefined) base["x-scale"] = field.scale;
        const word = words(field.accepts);
        return word ? { anyOf: [base, word] } : base;
      }
      case "money": {
        const currency: Json =
          field.currency === "CNY"
            ? { type: "string", const: "CNY" }
            : { type: "string", pattern: "^[A-Z]{3}$" };
        return {
          ...object(
            {
              amount: { type: "number", "x-unit": field.unit },
              currency,
              rate: { type: "number", exclusiveMinimum: 0 },
              rateDate: date("day"),
              usd: { type: "number", "x-unit": "万美元" },
            },
            field.required === true ? ["amount"] : [],
          ),
          "x-currency": field.currency,
          "x-usd": field.usd,
        };
      }
      case "date":
        return date(field.precision);
      case "code":
        return {
          type: "string",
          "x-format": field.codeType,
          ...(field.groups ? { "x-groups": field.groups } : {}),
        };
      case "choice": {
        const values = selectableValues(field.options);
        const one: Json = values.length > 0 ? { type: "string", enum: values } : { not: {} };
        return field.multiple === true ? { type: "array", items: one } : one;
      }
      case "yesNo":
        return { type: "boolean" };
      case "group":
        return objectOf(node.list);
      case "rows": {
        const extra: Record<string, Json> = {};
        if (field.rowKinds !== undefined && field.rowKinds.length > 0) {
          extra.rowKind = { type: "string", enum: field.rowKinds.map((kind) => kind.value) };
        }
        const list: Json = { type: "array", items: objectOf(node.list, extra) };
        const min = Math.max(field.minRows ?? 0, field.required === true ? 1 : 0);
        if (min > 0) list.minItems = min;
        if (field.maxRows !== undefined) list.maxItems = field.maxRows;
        return list;
      }
      case "matrix": {
        const required = field.required === true;
        const shape: Record<string, Json> = {};
        // Object keys that look like integers come first in JSON, so the printed row order is listed.
        const order = (id: string): number => field.rows.findIndex((row) => row.id === id);
        for (const row of field.rows) {
          if (row.heading === true) continue;
          const blank = new Set(row.blank ?? []);
          const cells: Record<string, Json> = {};
          for (const column of field.columns) {
            if (blank.has(column.id)) continue;
            cells[column.id] = {
              ...number(row.kind ?? "decimal"),
              ...titles(column.label),
              ...(column.mark !== undefined ? { "x-mark": column.mark } : {}),
            };
          }
          shape[row.id] = {
            ...object(cells, required ? Object.keys(cells) : []),
            ...titles(row.label, row.code, row.unit),
          };
        }
        return {
          ...object(shape, required ? Object.keys(shape) : []),
          "x-rows": Object.keys(shape).sort((a, b) => order(a) - order(b)),
        };
      }
    }
  };

  function objectOf(nodes: readonly FieldNode[], extra: Record<string, Json> = {}): Json {
    const shape: Record<string, Json> = { ...extra };
    const required: string[] = [];
    for (const node of nodes) {
      const { field } = node;
      shape[field.id] = { ...fieldSchema(node), ...fieldMeta(field) };
      if (mustHave(node)) required.push(field.id);
      if (field.kind === "choice" && field.otherValue !== undefined) {
        const option = findOption(field.options, field.otherValue);
        shape[`${field.id}Other`] = { type: "string", ...(option ? titles(option) : {}) };
      }
    }
    return object(shape, required);
  }

  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...objectOf(roots),
    ...titles(table.title),
    "x-table-id": table.id,
    ...(table.tableNo ? { "x-table-no": table.tableNo.zh, "x-table-no-en": table.tableNo.en } : {}),
  };
}

/** A closed object: only the listed properties, `required` the ones that must be there. */
function object(properties: Record<string, Json>, required: string[]): Json {
  return {
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

function findOption(options: readonly ChoiceOption[], value: string): Text | undefined {
  for (const option of options) {
    if (option.value === value) return option.label;
    const inner = option.children && findOption(option.children, value);
    if (inner) return inner;
  }
  return undefined;
}
