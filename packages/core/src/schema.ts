import { normalizeText, validateIdentifier } from "@tianbiao/codes";
import * as z from "zod/mini";
import type { HostContext } from "./conditions";
import { usdOf } from "./derive";
import type { FieldNode } from "./fields";
import type {
  ChoiceField,
  ChoiceOption,
  CodeField,
  DateField,
  LongTextField,
  MatrixField,
  MoneyField,
  NumberField,
  RowsField,
  TextField,
} from "./model";
import { hasScale, largestFigure, parseNumeric, toNumber } from "./numbers";
import { childOf, isEmpty, isPlainObject } from "./paths";

type Schema = z.ZodMiniType;

/** Makes every object schema; `useCompiledParsers` (jit.ts) swaps in zod's JIT-compiled object. */
let objectSchema: typeof z.object = z.object;

/** Sets what makes object schemas, for the schemas built afterwards. */
export function setObjectSchema(make: typeof z.object): void {
  objectSchema = make;
}

/**
 * Reads a submission the schema accepts (with its hidden fields marked) without zod: undefined
 * where the schema must judge it.
 */
export type DirectReader = (
  submission: Record<string, unknown>,
  context: HostContext,
) => Record<string, unknown> | undefined;

/** Makes a table's direct reader; `enableCompiledParsers` (jit.ts) sets one, pages have none. */
let directReaders: ((roots: readonly FieldNode[]) => DirectReader) | undefined;

/** Sets what makes direct readers, for the tables that first validate afterwards. */
export function setDirectReaders(make: (roots: readonly FieldNode[]) => DirectReader): void {
  directReaders = make;
}

/** The direct reader of a table, where one is set. */
export function directReaderOf(roots: readonly FieldNode[]): DirectReader | undefined {
  return directReaders?.(roots);
}

/** What a transform receives besides the value: zod's parse payload, whose issues it may add to. */
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Adds an issue from inside a transform; zod/mini's transform has no addIssue of its own. */
function addIssue(
  payload: Payload,
  issue: { message: string; input: unknown; path?: PropertyKey[]; params?: IssueParams },
): void {
  payload.issues.push({ code: "custom", path: [], ...issue });
}

/** Copies issues from a nested safeParse into a transform's payload, keeping their paths. */
function forwardIssues(payload: unknown, issues: readonly object[]): void {
  const target = (payload as Payload).issues;
  for (const issue of issues) target.push({ ...issue });
}

/** `inner` after `prepare`: what zod's classic API calls preprocess. */
function preprocess(prepare: (value: unknown) => unknown, inner: Schema): Schema {
  return z.pipe(z.transform(prepare), inner);
}

/** Stands in for the value of a field hidden by its showWhen, so that its schema skips it. */
export const hidden: unique symbol = Symbol("tianbiao.hidden");

/** Parameters zod issues carry to the finding (zod keeps `params` on custom issues). */
export type IssueParams = Record<string, string | number>;

// Difference allowed between a stated 折万美元 figure and amount / rate: rounding to 2 places.
const usdTolerance = 0.005;

// Every zod error message is a rule name; an absent value is always "required".
const fails = (rule: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "required" : rule),
});

function blankToUndefined(value: unknown): unknown {
  return isEmpty(value) ? undefined : value;
}

// A leaf: blank values become undefined before `inner` sees them; optional unless required.
function leaf(
  inner: Schema,
  required: boolean,
  prepare: (value: unknown) => unknown = (value) => value,
): Schema {
  return preprocess(
    (value: unknown) => (isEmpty(value) ? undefined : prepare(value)),
    required ? inner : z.optional(inner),
  );
}

export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The option values a filer may choose: leaves only, a heading with children is not selectable. */
export function selectableValues(options: readonly ChoiceOption[]): string[] {
  const out: string[] = [];
  const visit = (list: readonly ChoiceOption[]): void => {
    for (const option of list) {
      if (option.children !== undefined && option.children.length > 0) visit(option.children);
      else out.push(option.value);
    }
  };
  visit(options);
  return out;
}

const datePatterns = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
} as const;

/** Whether `text` is a real calendar date written as YYYY-MM-DD, YYYY-MM or YYYY. */
export function isCalendarDate(text: string, precision: DateField["precision"]): boolean {
  const match = datePatterns[precision].exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  if (year < 1) return false;
  if (precision === "year") return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (precision === "month") return true;
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day >= 1 && day <= days;
}

export function normalizeWords(words: readonly string[] | undefined): Map<string, string> {
  return new Map((words ?? []).map((word) => [normalizeText(word), word]));
}

// A number typed in an input: numeric strings are read, listed words pass as they are.
export function prepareNumber(words: Map<string, string>) {
  return (value: unknown): unknown => {
    if (typeof value !== "string") return value;
    const word = words.size > 0 ? words.get(normalizeText(value)) : undefined;
    if (word !== undefined) return word;
    return parseNumeric(value) ?? value;
  };
}

const rangeRule: Partial<Record<string, string>> = { too_small: "min", too_big: "max" };

function numberSchema(
  kind: "integer" | "decimal",
  limits: Pick<NumberField, "min" | "max" | "scale" | "accepts">,
  required: boolean,
): Schema {
  const checks: Array<z.core.$ZodCheck<number>> = [];
  // zod's int() also refuses integers beyond the safe range: that is the min or max check's to say.
  if (kind === "integer") checks.push(z.int({ error: (issue) => rangeRule[issue.code] ?? "integer" }));
  // Every figure is bounded, so that the sums of the table rules stay finite (see largestFigure).
  checks.push(z.minimum(limits.min ?? -largestFigure, { error: "min" }));
  checks.push(z.maximum(limits.max ?? largestFigure, { error: "max" }));
  const scale = limits.scale;
  if (kind === "decimal" && scale !== undefined) {
    checks.push(z.refine((v: number) => hasScale(v, scale), { error: "scale" }));
  }
  const checked = z.number(fails("number")).check(...checks);
  const words = normalizeWords(limits.accepts);
  // The number branch comes last: findings read a failed union from its last branch.
  const inner =
    words.size > 0 ? z.union([z.enum([...words.values()] as [string, ...string[]]), checked]) : checked;
  return leaf(inner, required, prepareNumber(words));
}

/** Reads an identifier as typed: a listed word as it is, anything else by validateIdentifier. */
export function identifierReader(
  type: Parameters<typeof validateIdentifier>[0],
  accepts: readonly string[] | undefined,
): (value: string) => ReturnType<typeof validateIdentifier> {
  const words = normalizeWords(accepts);
  return (value) =>
    words.size > 0 && words.has(normalizeText(value)) ? { ok: true, value } : validateIdentifier(type, value);
}

function identifierCheck(
  type: Parameters<typeof validateIdentifier>[0],
  accepts: readonly string[] | undefined,
) {
  const read = identifierReader(type, accepts);
  return (value: string, payload: Payload): string => {
    const result = read(value);
    if (result.ok) return result.value;
    const params: IssueParams = result.length === undefined ? {} : { length: result.length };
    addIssue(payload, { message: result.reason, input: value, params });
    return value;
  };
}

function textSchema(field: TextField | LongTextField, required: boolean): Schema {
  let text = z.string(fails("text"));
  const max = field.maxLength;
  if (max !== undefined)
    text = text.check(z.refine((v: string) => codePoints(v) <= max, { error: "maxLength" }));
  if (field.kind === "text" && field.format !== undefined) {
    return leaf(z.pipe(text, z.transform(identifierCheck(field.format, field.accepts))), required);
  }
  return leaf(text, required);
}

function codeSchema(field: CodeField, required: boolean): Schema {
  const check = identifierCheck(field.codeType, undefined);
  return leaf(z.pipe(z.string(fails("format")), z.transform(check)), required);
}

/** A date as typed: full-width digits and surrounding blanks allowed. */
export function prepareDate(value: unknown): unknown {
  return typeof value === "string" ? value.normalize("NFKC").trim() : value;
}

function dateSchema(precision: DateField["precision"], required: boolean): Schema {
  const date = z
    .string(fails("date"))
    .check(z.refine((v: string) => isCalendarDate(v, precision), { error: "date" }));
  return leaf(date, required, prepareDate);
}

/** A chosen option as text: an option value posted as a number or a boolean is its text. */
export function prepareOption(value: unknown): unknown {
  return typeof value === "number" || typeof value === "boolean" ? String(value) : value;
}

/** The options of a multiple choice: a single checkbox posted by a plain HTML form arrives as a string. */
export function prepareOptions(value: unknown): unknown[] {
  return Array.isArray(value) ? value.map(prepareOption) : [prepareOption(value)];
}

function choiceSchema(field: ChoiceField, required: boolean): Schema {
  const values = new Set(selectableValues(field.options));
  const one = z.string(fails("option")).check(z.refine((v: string) => values.has(v), { error: "option" }));
  if (field.multiple !== true) return leaf(one, required, prepareOption);
  return capIssues(leaf(z.array(one, fails("option")), required, prepareOptions));
}

/** A yes or no: "true" and "false" as posted by a plain HTML form are read. */
export function prepareYesNo(value: unknown): unknown {
  return value === "true" ? true : value === "false" ? false : value;
}

function yesNoSchema(required: boolean): Schema {
  return leaf(z.boolean(fails("option")), required, prepareYesNo);
}

/** A currency code as typed: trimmed and in capitals; blank is absent. */
export function prepareCurrency(value: unknown): unknown {
  return typeof value === "string" && value.trim() !== ""
    ? value.trim().toUpperCase()
    : blankToUndefined(value);
}

/** An issue of a money value as a whole: a part that does not fit the others. */
export type MoneyIssue = {
  code: "custom";
  message: "money.currency" | "money.rate" | "money.usd";
  path: [string];
  input: unknown;
  params?: IssueParams;
};

/**
 * The cross-part checks of a money value whose parts were read: the currency an amount needs, a
 * rate where 折万美元 is due, and a stated 折万美元 figure that agrees with amount / rate.
 */
export function moneyIssues(
  value: Record<string, unknown>,
  field: MoneyField,
  report: (issue: MoneyIssue) => void,
): void {
  const amount = toNumber(value.amount);
  const code = typeof value.currency === "string" ? value.currency : undefined;
  const wrongCode =
    code !== undefined && (field.currency === "CNY" ? code !== "CNY" : !/^[A-Z]{3}$/.test(code));
  // An amount needs a currency; a 人民币 field has one without asking.
  const effective = code ?? (field.currency === "CNY" ? "CNY" : undefined);
  if (wrongCode || (amount !== undefined && effective === undefined)) {
    report({ code: "custom", message: "money.currency", path: ["currency"], input: value.currency });
    return;
  }
  if (amount === undefined) return;
  const usd = toNumber(value.usd);
  if (effective !== "USD" && field.usd && toNumber(value.rate) === undefined && usd === undefined) {
    report({ code: "custom", message: "money.rate", path: ["rate"], input: value.rate });
  }
  const expected = usdOf(value, field);
  if (usd !== undefined && expected !== undefined && Math.abs(usd - expected) > usdTolerance + 1e-9) {
    report({ code: "custom", message: "money.usd", path: ["usd"], input: value.usd, params: { expected } });
  }
}

function moneySchema(field: MoneyField, required: boolean): Schema {
  const currency = preprocess(prepareCurrency, z.optional(z.string(fails("money.currency"))));
  const rate = leaf(
    z.number(fails("money.rate")).check(z.positive({ error: "money.rate" })),
    false,
    prepareNumber(new Map()),
  );
  const parts = z
    .object(
      {
        amount: numberSchema("decimal", {}, required),
        currency,
        rate,
        rateDate: dateSchema("day", false),
        usd: numberSchema("decimal", {}, false),
      },
      fails("shape"),
    )
    .check(
      z.superRefine((value, ctx) => moneyIssues(value, field, (issue) => ctx.addIssue(issue)), {
        // Cross-part checks run even when a part failed, but only on an object.
        when: (payload) => isPlainObject(payload.value),
      }),
    );
  // Blank is absent; anything else, an object or not, is judged by the schema, so a figure posted
  // where the amount object belongs is reported.
  return preprocess(blankToUndefined, required ? parts : z.optional(parts));
}

/** A matrix's rows with their cells, each read by `cell`: headings have none, blank columns are left out. */
export function matrixCells<T>(
  field: MatrixField,
  cell: (kind: "integer" | "decimal") => T,
): Array<[string, Record<string, T>]> {
  const out: Array<[string, Record<string, T>]> = [];
  for (const row of field.rows) {
    if (row.heading === true) continue;
    const blank = new Set(row.blank ?? []);
    const cells: Record<string, T> = {};
    for (const column of field.columns)
      if (!blank.has(column.id)) cells[column.id] = cell(row.kind ?? "decimal");
    out.push([row.id, cells]);
  }
  return out;
}

function matrixSchema(field: MatrixField, required: boolean): Schema {
  const shape: Record<string, Schema> = {};
  for (const [id, cells] of matrixCells(field, (kind) => numberSchema(kind, {}, required))) {
    // In a required matrix every cell is required, so a missing row still reports its cells.
    shape[id] = preprocess(
      (value: unknown) => (isPlainObject(value) ? value : required ? {} : undefined),
      required ? objectSchema(cells) : z.optional(objectSchema(cells)),
    );
  }
  const matrix = objectSchema(shape, fails("shape"));
  return preprocess(blankToUndefined, required ? matrix : z.optional(matrix));
}

// zod hands a field's issues to the enclosing object in one push(...issues), which overflows the
// stack past about 120,000 issues; 100,000 broken rows make more. A list keeps its first issues.
const maxItemIssues = 10_000;

// Validates a list (rows, a multiple choice) with `inner`: every issue of the list itself
// (required, rows.min, rows.max), and the issues of its items up to maxItemIssues.
function capIssues(inner: Schema): Schema {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value, payload) => {
      const result = inner.safeParse(value);
      if (result.success) return result.data;
      let itemIssues = 0;
      forwardIssues(
        payload,
        result.error.issues.filter((issue) => issue.path.length === 0 || ++itemIssues <= maxItemIssues),
      );
      return z.NEVER;
    }),
  );
}

// Skips a value marked hidden; otherwise validates it with `inner`, keeping its issues.
function gate(inner: Schema): Schema {
  // Optional on the way in so that an absent key is not an issue of its own; `inner` still judges it.
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value, payload) => {
      if (value === hidden) return undefined;
      const result = inner.safeParse(value);
      if (result.success) return result.data;
      forwardIssues(payload, result.error.issues);
      return z.NEVER;
    }),
  );
}

// Stands in for the empty `<id>Other` text of a choice whose "other" option is chosen.
const missingOther: unique symbol = Symbol("tianbiao.missingOther");

export function isSelected(selection: unknown, value: string): boolean {
  const same = (item: unknown) => item === value || (typeof item === "number" && String(item) === value);
  return Array.isArray(selection) ? selection.some(same) : same(selection);
}

// The `<id>Other` text: optional, except where the container marked it as missing.
function otherTextSchema(): Schema {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((value, payload) => {
        if (value === hidden || isEmpty(value)) return undefined;
        if (value === missingOther) addIssue(payload, { message: "otherText", input: undefined });
        else if (typeof value !== "string") addIssue(payload, { message: "text", input: value });
        else return value;
        return z.NEVER;
      }),
    ),
  );
}

// The object schema of a group, a row, or the submission itself. A choice's other-text check
// marks the text before the object is parsed: a refinement on the object would be skipped
// whenever another field of it fails.
function containerSchema(
  nodes: readonly FieldNode[],
  extra: Record<string, Schema> = {},
  params?: ReturnType<typeof fails>,
): Schema {
  const shape: Record<string, Schema> = {};
  const others: Array<{ id: string; key: string; value: string }> = [];
  for (const node of nodes) {
    const { field } = node;
    const own = fieldSchema(node);
    shape[field.id] = node.show === undefined ? own : gate(own);
    if (field.kind === "choice" && field.otherValue !== undefined) {
      const key = `${field.id}Other`;
      shape[key] = otherTextSchema();
      others.push({ id: field.id, key, value: field.otherValue });
    }
  }
  const object = objectSchema({ ...extra, ...shape }, params);
  if (others.length === 0) return object;
  return preprocess((value: unknown) => {
    if (!isPlainObject(value)) return value;
    let out = value;
    for (const other of others) {
      const selection = value[other.id];
      if (selection === hidden || !isSelected(selection, other.value) || !isEmpty(value[other.key])) continue;
      if (out === value) out = { ...value };
      out[other.key] = missingOther;
    }
    return out;
  }, object);
}

function rowsSchema(node: FieldNode & { field: RowsField }, required: boolean): Schema {
  const { field } = node;
  const extra: Record<string, Schema> = {};
  if (field.rowKinds !== undefined) {
    const kinds = new Set(field.rowKinds.map((kind) => kind.value));
    extra.rowKind = leaf(
      z.string(fails("option")).check(z.refine((v: string) => kinds.has(v), { error: "option" })),
      false,
    );
  }
  const row = preprocess(
    (value: unknown) => (isPlainObject(value) ? value : {}),
    containerSchema(node.list, extra),
  );
  const sizes: Array<z.core.$ZodCheck<unknown[]>> = [];
  // Counted only on a list: a text posted instead is reported as such, not as too many rows.
  const onList = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };
  if (field.minRows !== undefined) sizes.push(z.minLength(field.minRows, { error: "rows.min", ...onList }));
  if (field.maxRows !== undefined) sizes.push(z.maxLength(field.maxRows, { error: "rows.max", ...onList }));
  const list = z.array(row, fails("shape")).check(...sizes);
  return capIssues(preprocess(blankToUndefined, required ? list : z.optional(list)));
}

/** A group's value: a missing group is an empty one; a figure or text given instead stays, to be reported. */
export function prepareGroup(value: unknown): unknown {
  return isPlainObject(value) ? value : isEmpty(value) ? {} : value;
}

/** What reads each kind of field: a zod schema here, a direct reader in direct.ts. */
export interface FieldReaders<T> {
  text(field: TextField | LongTextField, required: boolean): T;
  number(kind: "integer" | "decimal", field: NumberField, required: boolean): T;
  money(field: MoneyField, required: boolean): T;
  date(precision: DateField["precision"], required: boolean): T;
  code(field: CodeField, required: boolean): T;
  choice(field: ChoiceField, required: boolean): T;
  yesNo(required: boolean): T;
  group(node: FieldNode): T;
  rows(node: FieldNode & { field: RowsField }, required: boolean): T;
  matrix(field: MatrixField, required: boolean): T;
}

/** The reader of a field, by its kind. */
export function readerOf<T>(node: FieldNode, readers: FieldReaders<T>): T {
  const { field } = node;
  const required = field.required === true;
  switch (field.kind) {
    case "text":
    case "longText":
      return readers.text(field, required);
    case "integer":
    case "decimal":
      return readers.number(field.kind, field, required);
    case "money":
      return readers.money(field, required);
    case "date":
      return readers.date(field.precision, required);
    case "code":
      return readers.code(field, required);
    case "choice":
      return readers.choice(field, required);
    case "yesNo":
      return readers.yesNo(required);
    case "group":
      return readers.group(node);
    case "rows":
      return readers.rows(node as FieldNode & { field: RowsField }, required);
    case "matrix":
      return readers.matrix(field, required);
  }
}

const schemas: FieldReaders<Schema> = {
  text: textSchema,
  number: numberSchema,
  money: moneySchema,
  date: dateSchema,
  code: codeSchema,
  choice: choiceSchema,
  yesNo: yesNoSchema,
  // A missing group is an empty one, whose required fields report; a group given a figure or a
  // text instead is reported at the group.
  group: (node) => preprocess(prepareGroup, containerSchema(node.list, {}, fails("shape"))),
  rows: rowsSchema,
  matrix: matrixSchema,
};

function fieldSchema(node: FieldNode): Schema {
  return readerOf(node, schemas);
}

/** The zod schema of a submission object; fields marked {@link hidden} are skipped. */
export function submissionSchema(roots: readonly FieldNode[]): Schema {
  return containerSchema(roots);
}

/**
 * Replaces the value of every field hidden by its showWhen (or its section's) with {@link hidden},
 * copying only the containers on the way; the input is not changed.
 */
export function markHidden(roots: readonly FieldNode[], root: unknown, context: HostContext): unknown {
  if (!isPlainObject(root)) return root;
  const mark = (nodes: readonly FieldNode[], container: Record<string, unknown>, bound: number[]) => {
    let out = container;
    const write = (key: string, value: unknown): void => {
      if (out === container) out = { ...container };
      out[key] = value;
    };
    for (const node of nodes) {
      if (!node.conditional) continue;
      const { field } = node;
      if (node.show !== undefined && !node.show(root, bound, context)) {
        write(field.id, hidden);
        if (field.kind === "choice" && field.otherValue !== undefined) write(`${field.id}Other`, hidden);
        continue;
      }
      const value = childOf(container, field.id);
      if (field.kind === "group") {
        const inner = isPlainObject(value) ? value : {};
        const next = mark(node.list, inner, bound);
        if (next !== inner) write(field.id, next);
      } else if (field.kind === "rows" && Array.isArray(value)) {
        let changed = false;
        const next = value.map((row, index) => {
          const inner = isPlainObject(row) ? row : {};
          const marked = mark(node.list, inner, [...bound, index]);
          if (marked === inner) return row;
          changed = true;
          return marked;
        });
        if (changed) write(field.id, next);
      }
    }
    return out;
  };
  return mark(roots, root, []);
}
