import { z } from "zod";
import type { FieldNode } from "./fields";
import type { ChoiceOption, Field, FormTable, Text } from "./model";
import { selectableValues } from "./schema";

type Schema = z.ZodType;
type Meta = Record<string, unknown>;

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

/** Builds a JSON Schema 2020-12 document for a table's submissions, with titles in both languages. */
export function tableJsonSchema(table: FormTable, roots: readonly FieldNode[]): Record<string, unknown> {
  const registry = z.registry<Meta>();
  // A field's schema may already carry its kind's metadata; the field's titles are added to it.
  const describe = <T extends Schema>(schema: T, meta: Meta): T => {
    registry.add(schema, { ...registry.get(schema), ...meta });
    return schema;
  };

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

  const number = (kind: "integer" | "decimal", min?: number, max?: number): z.ZodNumber => {
    let schema = kind === "integer" ? z.number().int() : z.number();
    if (min !== undefined) schema = schema.min(min);
    if (max !== undefined) schema = schema.max(max);
    return schema;
  };

  const date = (precision: keyof typeof datePatterns): Schema =>
    describe(
      z.string().regex(new RegExp(datePatterns[precision])),
      precision === "day" ? { format: "date" } : {},
    );

  // Whether a field must be present: required and not behind a showWhen.
  const mustHave = (node: FieldNode): boolean => {
    if (node.show !== undefined) return false;
    if (node.field.kind === "group") return node.list.some(mustHave);
    return node.field.required === true;
  };

  const fieldSchema = (node: FieldNode): Schema => {
    const { field } = node;
    switch (field.kind) {
      case "text":
      case "longText": {
        let text = z.string();
        if (field.maxLength !== undefined) text = text.max(field.maxLength);
        const meta: Meta = {};
        if (field.kind === "text" && field.format !== undefined) {
          if (field.format === "email") meta.format = "email";
          else if (field.format === "url") meta.format = "uri";
          meta["x-format"] = field.format;
        }
        const base = describe(text, meta);
        return field.kind === "text" && field.accepts !== undefined && field.accepts.length > 0
          ? z.union([base, z.enum(field.accepts as [string, ...string[]])])
          : base;
      }
      case "integer":
      case "decimal": {
        const base = describe(
          number(field.kind, field.min, field.max),
          field.kind === "decimal" && field.scale !== undefined ? { "x-scale": field.scale } : {},
        );
        return field.accepts !== undefined && field.accepts.length > 0
          ? z.union([base, z.enum(field.accepts as [string, ...string[]])])
          : base;
      }
      case "money": {
        const amount = describe(z.number(), { "x-unit": field.unit });
        const currency = field.currency === "CNY" ? z.literal("CNY") : z.string().regex(/^[A-Z]{3}$/);
        const shape = {
          amount: field.required === true ? amount : amount.optional(),
          currency: currency.optional(),
          rate: z.number().positive().optional(),
          rateDate: date("day").optional(),
          usd: describe(z.number(), { "x-unit": "万美元" }).optional(),
        };
        return describe(z.object(shape), { "x-currency": field.currency, "x-usd": field.usd });
      }
      case "date":
        return date(field.precision);
      case "code":
        return describe(z.string(), {
          "x-format": field.codeType,
          ...(field.groups ? { "x-groups": field.groups } : {}),
        });
      case "choice": {
        const values = selectableValues(field.options);
        const one = values.length > 0 ? z.enum(values as [string, ...string[]]) : z.never();
        return field.multiple === true ? z.array(one) : one;
      }
      case "yesNo":
        return z.boolean();
      case "group":
        return objectOf(node.list);
      case "rows": {
        const extra: Record<string, Schema> = {};
        if (field.rowKinds !== undefined && field.rowKinds.length > 0) {
          extra.rowKind = z
            .enum(field.rowKinds.map((kind) => kind.value) as [string, ...string[]])
            .optional();
        }
        let list = z.array(objectOf(node.list, extra));
        const min = Math.max(field.minRows ?? 0, field.required === true ? 1 : 0);
        if (min > 0) list = list.min(min);
        if (field.maxRows !== undefined) list = list.max(field.maxRows);
        return list;
      }
      case "matrix": {
        const required = field.required === true;
        const shape: Record<string, Schema> = {};
        // Object keys that look like integers come first in JSON, so the printed row order is listed.
        const order = (id: string): number => field.rows.findIndex((row) => row.id === id);
        for (const row of field.rows) {
          if (row.heading === true) continue;
          const blank = new Set(row.blank ?? []);
          const cells: Record<string, Schema> = {};
          for (const column of field.columns) {
            if (blank.has(column.id)) continue;
            const cell = describe(number(row.kind ?? "decimal"), {
              ...titles(column.label),
              ...(column.mark !== undefined ? { "x-mark": column.mark } : {}),
            });
            cells[column.id] = required ? cell : cell.optional();
          }
          const rowSchema = describe(z.object(cells), titles(row.label, row.code, row.unit));
          shape[row.id] = required ? rowSchema : rowSchema.optional();
        }
        return describe(z.object(shape), {
          "x-rows": Object.keys(shape).sort((a, b) => order(a) - order(b)),
        });
      }
    }
  };

  function objectOf(nodes: readonly FieldNode[], extra: Record<string, Schema> = {}): z.ZodObject {
    const shape: Record<string, Schema> = { ...extra };
    for (const node of nodes) {
      const { field } = node;
      const schema = describe(fieldSchema(node), fieldMeta(field));
      shape[field.id] = mustHave(node) ? schema : schema.optional();
      if (field.kind === "choice" && field.otherValue !== undefined) {
        const option = findOption(field.options, field.otherValue);
        shape[`${field.id}Other`] = describe(z.string(), option ? titles(option) : {}).optional();
      }
    }
    return z.object(shape);
  }

  const root = describe(objectOf(roots), {
    ...titles(table.title),
    "x-table-id": table.id,
    ...(table.tableNo ? { "x-table-no": table.tableNo.zh, "x-table-no-en": table.tableNo.en } : {}),
  });
  const json = z.toJSONSchema(root, {
    target: "draft-2020-12",
    unrepresentable: "any",
    metadata: registry,
    reused: "inline",
  }) as Record<string, unknown>;
  return dropSafeIntegerBounds(json) as Record<string, unknown>;
}

function findOption(options: readonly ChoiceOption[], value: string): Text | undefined {
  for (const option of options) {
    if (option.value === value) return option.label;
    const inner = option.children && findOption(option.children, value);
    if (inner) return inner;
  }
  return undefined;
}

// zod writes the safe-integer range as bounds of every integer; they say nothing about the form.
function dropSafeIntegerBounds(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropSafeIntegerBounds);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === "minimum" || key === "maximum") && Math.abs(value as number) === Number.MAX_SAFE_INTEGER)
      continue;
    out[key] = dropSafeIntegerBounds(value);
  }
  return out;
}
