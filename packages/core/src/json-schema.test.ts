import { describe, expect, it } from "vitest";
import { tableJsonSchema } from "./json-schema";
import type { Field } from "./model";
import { sampleTable, sampleValid, tableOf } from "./test-tables.test-helper";

type JsonSchema = Record<string, unknown>;

/** The JSON Schema 2020-12 keywords this package may emit; anything else must be an `x-` extension. */
const keywords = new Set([
  "$schema",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "enum",
  "const",
  "anyOf",
  "not",
  "pattern",
  "format",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "minItems",
  "maxItems",
  "title",
  "description",
  "readOnly",
]);

/** Keywords at every level that are neither 2020-12 keywords nor `x-` extensions. */
function unknownKeywords(schema: unknown, at = "#"): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (!keywords.has(key) && !key.startsWith("x-")) out.push(`${at}/${key}`);
    if (key === "properties") {
      for (const [name, inner] of Object.entries(value as JsonSchema))
        out.push(...unknownKeywords(inner, `${at}/${name}`));
    } else if (key === "items" || key === "not") out.push(...unknownKeywords(value, `${at}/${key}`));
    else if (key === "anyOf")
      for (const inner of value as unknown[]) out.push(...unknownKeywords(inner, `${at}/anyOf`));
  }
  return out;
}

/** Checks a value against the subset of JSON Schema above; returns the paths that fail. */
function check(schema: JsonSchema, value: unknown, at = "#"): string[] {
  const fail = [at];
  if (schema.anyOf)
    return (schema.anyOf as JsonSchema[]).some((inner) => check(inner, value).length === 0) ? [] : fail;
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return fail;
  if (schema.const !== undefined && schema.const !== value) return fail;
  switch (schema.type) {
    case "string": {
      if (typeof value !== "string") return fail;
      if (schema.pattern && !new RegExp(schema.pattern as string, "u").test(value)) return fail;
      if (typeof schema.maxLength === "number" && [...value].length > schema.maxLength) return fail;
      return [];
    }
    case "integer":
    case "number": {
      if (typeof value !== "number" || (schema.type === "integer" && !Number.isInteger(value))) return fail;
      if (typeof schema.minimum === "number" && value < schema.minimum) return fail;
      if (typeof schema.maximum === "number" && value > schema.maximum) return fail;
      if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum) return fail;
      return [];
    }
    case "boolean":
      return typeof value === "boolean" ? [] : fail;
    case "array": {
      if (!Array.isArray(value)) return fail;
      if (typeof schema.minItems === "number" && value.length < schema.minItems) return fail;
      if (typeof schema.maxItems === "number" && value.length > schema.maxItems) return fail;
      return value.flatMap((item, index) => check(schema.items as JsonSchema, item, `${at}/${index}`));
    }
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail;
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const out: string[] = [];
      for (const name of (schema.required ?? []) as string[]) if (!(name in value)) out.push(`${at}/${name}`);
      for (const [name, inner] of Object.entries(value)) {
        const property = properties[name];
        if (property === undefined) {
          if (schema.additionalProperties === false) out.push(`${at}/${name}`);
        } else out.push(...check(property, inner, `${at}/${name}`));
      }
      return out;
    }
    default:
      return [];
  }
}

describe("tableJsonSchema", () => {
  const schema = tableJsonSchema(sampleTable);
  const properties = schema.properties as Record<string, JsonSchema>;

  it("is a JSON Schema 2020-12 document using only its keywords and x- extensions", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(unknownKeywords(schema)).toEqual([]);
    expect(() => JSON.parse(JSON.stringify(schema))).not.toThrow();
  });

  it("titles the table and every field in Chinese and English, with printed codes and units", () => {
    expect(schema).toMatchObject({
      title: "样例企业情况",
      "x-title-en": "Sample enterprise information",
      "x-table-id": "sample",
    });
    expect(properties.name).toMatchObject({
      type: "string",
      maxLength: 20,
      title: "单位详细名称",
      "x-code": "101",
    });
    expect(properties.staff).toMatchObject({
      type: "integer",
      minimum: 0,
      "x-unit": "人",
      "x-title-en": "Employees",
    });
    expect(properties.revenue).toMatchObject({ type: "number", "x-scale": 2, "x-unit": "万元" });
    expect(properties.uscc).toMatchObject({ type: "string", "x-format": "uscc" });
    expect(properties.cumulative?.readOnly).toBe(true);
    const hr = properties.hr as JsonSchema;
    expect(hr["x-rows"]).toEqual(["total", "402", "403", "404"]);
    expect((hr.properties as Record<string, JsonSchema>).total).toMatchObject({
      title: "从业人员",
      "x-code": "401",
    });
  });

  it("describes choices by their selectable values and dates by their precision", () => {
    expect(properties.ownership?.enum).toEqual(expect.arrayContaining(["11", "12", "2", "9"]));
    expect(properties.ownership?.enum).not.toContain("1");
    expect(properties.ownershipOther).toMatchObject({ type: "string", title: "其他" });
    expect(properties.areas).toMatchObject({ type: "array", items: { enum: ["ito", "bpo"] } });
    expect(properties.founded).toMatchObject({ type: "string", format: "date" });
    expect(properties.term?.anyOf).toEqual([{ type: "integer" }, { type: "string", enum: ["无"] }]);
  });

  it("requires the required fields that no condition hides", () => {
    expect(schema.required).toEqual(["name", "ownership", "contacts"]);
    expect((properties.contacts as JsonSchema).required).toEqual(["mobile"]);
    expect(((properties.investors as JsonSchema).items as JsonSchema).required).toEqual(["investor"]);
  });

  it("accepts the valid sample and refuses a wrong shape", () => {
    expect(check(schema, sampleValid)).toEqual([]);
    expect(check(schema, { ...sampleValid, staff: 1.5, extra: 1, founded: "2024/01/01" })).toEqual([
      "#/founded",
      "#/staff",
      "#/extra",
    ]);
    expect(check(schema, { ...sampleValid, name: undefined })).toEqual(["#/name"]);
  });

  it("returns a fresh copy each time", () => {
    const table = tableOf([{ id: "a", kind: "text", label: { zh: "甲", en: "A" } } as Field]);
    const first = tableJsonSchema(table);
    first.title = "changed";
    expect(tableJsonSchema(table).title).toBe("测试表");
  });
});
