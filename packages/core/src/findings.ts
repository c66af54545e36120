import type * as z from "zod/mini";
import type { FieldIndex, FieldLocation } from "./fields";
import type { Field, Finding } from "./model";
import { largestFigure } from "./numbers";

/** The field checks a finding's `rule` can name; each has the message key `validation.<rule>`. */
export const fieldRules = [
  "required",
  "number",
  "integer",
  "min",
  "max",
  "scale",
  "maxLength",
  "option",
  "otherText",
  "date",
  "text",
  "length",
  "charset",
  "checksum",
  "format",
  "money.currency",
  "money.rate",
  "money.usd",
  "rows.min",
  "rows.max",
  "shape",
] as const;

export type FieldRule = (typeof fieldRules)[number];

const knownRules = new Set<string>(fieldRules);

type Params = Finding["params"];

// The field check a zod issue stands for when its message names none.
function fallbackRule(field: Field): FieldRule {
  switch (field.kind) {
    case "text":
    case "longText":
      return "text";
    case "integer":
    case "decimal":
    case "money":
    case "matrix":
      return "number";
    case "date":
      return "date";
    case "code":
      return "format";
    default:
      return "option";
  }
}

/**
 * The parameters every finding carries: the label in Chinese (`label`) and English (`labelEn`),
 * the printed code and the path; a matrix cell adds its column (`column`, `columnEn`). A place in a
 * row adds the row's number (`row`, from 1) and the rows field (`within`, `withinEn`); a place
 * without a printed code of its own in a group adds the group, with its code (`within`,
 * `withinEn`), so that 201 接包企业's 单位详细名称 is not told apart from the header's only by where
 * it sits.
 */
export function placeParams(location: FieldLocation): Params {
  const { field, matrixRow, matrixColumn, enclosing } = location;
  const label = matrixRow?.label ?? field.label;
  const code = (matrixRow !== undefined ? matrixRow.code : field.code) ?? "";
  const params: Params = {
    label: label.zh,
    labelEn: label.en,
    code,
    path: location.path,
  };
  if (matrixColumn !== undefined) {
    params.column = matrixColumn.label.zh;
    params.columnEn = matrixColumn.label.en;
  }
  const row = location.rows.at(-1);
  if (row !== undefined) params.row = row + 1;
  if (enclosing !== undefined && (code === "" || row !== undefined)) {
    const prefix = enclosing.code === undefined || enclosing.code === "" ? "" : `${enclosing.code} `;
    params.within = `${prefix}${enclosing.label.zh}`;
    params.withinEn = `${prefix}${enclosing.label.en}`;
  }
  return params;
}

/** The printed unit of the place a location points at, or "". */
export function unitOf(location: FieldLocation): string {
  const { field } = location;
  if (location.matrixRow !== undefined) return location.matrixRow.unit ?? "";
  if (field.kind === "integer" || field.kind === "decimal") return field.unit ?? "";
  if (field.kind === "money") return location.part === "usd" ? "万美元" : field.unit;
  return "";
}

function formatOf(location: FieldLocation): string {
  const { field } = location;
  if (field.kind === "code") return field.codeType;
  if (field.kind === "text") return field.format ?? "";
  if (field.kind === "date") return `date.${field.precision}`;
  if (field.kind === "money" && location.part === "rateDate") return "date.day";
  return "";
}

function ruleParams(rule: FieldRule, location: FieldLocation, issueParams: Record<string, unknown>): Params {
  const { field } = location;
  const number = field.kind === "integer" || field.kind === "decimal" ? field : undefined;
  switch (rule) {
    // Every figure is bounded (money amounts and matrix cells too), by the field or by largestFigure.
    case "min":
      return { min: number?.min ?? -largestFigure, unit: unitOf(location) };
    case "max":
      return { max: number?.max ?? largestFigure, unit: unitOf(location) };
    case "scale":
      return { scale: number?.scale ?? "" };
    case "maxLength":
      return { max: field.kind === "text" || field.kind === "longText" ? (field.maxLength ?? "") : "" };
    case "date":
    case "format":
      return { format: formatOf(location) };
    case "length": {
      const length = issueParams.length;
      return { length: typeof length === "number" ? length : "" };
    }
    case "rows.min":
      return { min: field.kind === "rows" ? (field.minRows ?? "") : "" };
    case "rows.max":
      return { max: field.kind === "rows" ? (field.maxRows ?? "") : "" };
    case "money.usd": {
      const expected = issueParams.expected;
      return { expected: typeof expected === "number" ? expected : "" };
    }
    default:
      return {};
  }
}

/** A finding at a located place; `code` is left out where the form prints none. */
export function makeFinding(
  location: FieldLocation,
  rule: string,
  severity: Finding["severity"],
  messageKey: string,
  params: Params,
): Finding {
  const code = location.matrixRow !== undefined ? location.matrixRow.code : location.field.code;
  const { path } = location;
  return code === undefined
    ? { path, rule, severity, messageKey, params }
    : { path, code, rule, severity, messageKey, params };
}

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

function flatten(
  issue: Issue,
  prefix: readonly PathKey[],
  out: Array<{ issue: Issue; path: PathKey[] }>,
): void {
  const path = [...prefix, ...issue.path];
  // A failed union of accepted words and a number reports what the number branch (the last) found.
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    for (const inner of issue.errors[issue.errors.length - 1] ?? []) flatten(inner, path, out);
    return;
  }
  out.push({ issue, path });
}

/** Turns zod issues into findings at field paths (one per path and rule), with sort keys. */
export function issuesToFindings(
  issues: readonly Issue[],
  index: FieldIndex,
): Array<{ finding: Finding; order: number[] }> {
  const flat: Array<{ issue: Issue; path: PathKey[] }> = [];
  for (const issue of issues) flatten(issue, [], flat);
  const seen = new Set<string>();
  const out: Array<{ finding: Finding; order: number[] }> = [];
  for (const { issue, path } of flat) {
    const keys = path.filter((key): key is string | number => typeof key !== "symbol");
    let location: FieldLocation | undefined;
    for (let end = keys.length; end > 0 && location === undefined; end -= 1)
      location = index.locate(keys.slice(0, end));
    if (location === undefined) continue;
    const rule: FieldRule = knownRules.has(issue.message)
      ? (issue.message as FieldRule)
      : fallbackRule(location.field);
    const key = `${location.path}\u0000${rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const issueParams = issue.code === "custom" ? (issue.params ?? {}) : {};
    const params = { ...placeParams(location), ...ruleParams(rule, location, issueParams) };
    out.push({
      finding: makeFinding(location, rule, "error", `validation.${rule}`, params),
      order: location.order,
    });
  }
  return out;
}

/** Compares two form-order sort keys. */
export function compareOrder(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}
