import type { HostContext } from "./conditions";
import type { FieldNode } from "./fields";
import type * as model from "./model";
import { hasScale, largestFigure } from "./numbers";
import { isEmpty, isEmptyLeaf, isPlainObject } from "./paths";
import {
  codePoints,
  type DirectReader,
  type FieldReaders,
  identifierReader,
  isCalendarDate,
  isSelected,
  matrixCells,
  moneyIssues,
  normalizeWords,
  prepareCurrency,
  prepareDate,
  prepareGroup,
  prepareNumber,
  prepareOption,
  prepareOptions,
  prepareYesNo,
  readerOf,
  selectableValues,
} from "./schema";

// A reader's answer where the schema might not accept the value: the schema then judges it.
const unsure: unique symbol = Symbol("tianbiao.unsure");

/**
 * What the schema makes of a value it accepts (undefined: left out), or `unsure`; `bound` holds the
 * row indexes on the way to the value, for the showWhen conditions inside rows.
 */
type Read = (value: unknown, bound: readonly number[]) => unknown;

// The submission being read and its host context, for showWhen conditions: the reader judges a
// hidden field as the schema does one marked hidden, without a marked copy of the submission.
let root: unknown;
let context: HostContext = {};

// `read` where `node` is shown; undefined (skipped) where its showWhen hides it.
function shownOnly(node: FieldNode, read: Read): Read {
  const { show } = node;
  if (show === undefined) return read;
  return (value, bound) => (show(root, bound, context) ? read(value, bound) : undefined);
}

// Each reader below follows the schema of the same name in schema.ts. It answers `unsure` on any
// value that schema might refuse (its findings are then the schema's), and otherwise exactly the
// schema's output, as JSON would copy it: blank and hidden values left out, numbers read, codes
// normalised. Answering `unsure` too often costs time only; accepting too much would be a bug.

/**
 * Whether an object holds a filled value within two levels, looked for in at most 64 places: most
 * filled objects (a money value, a matrix) do, and finding one spares isEmpty's walk of them all.
 */
function filledNearTop(value: Record<string, unknown>): boolean {
  let budget = 64;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const child = value[key];
    if (!isPlainObject(child)) {
      if (!isEmptyLeaf(child)) return true;
    } else {
      for (const inner in child) {
        if (!Object.hasOwn(child, inner)) continue;
        const leaf = child[inner];
        if (!isPlainObject(leaf) && !isEmptyLeaf(leaf)) return true;
        if (--budget === 0) return false;
      }
    }
    if (--budget === 0) return false;
  }
  return false;
}

/** isEmpty, sooner for a filled object. */
export function blank(value: unknown): boolean {
  return isPlainObject(value) ? !filledNearTop(value) && isEmpty(value) : isEmptyLeaf(value);
}

/** What the schema makes of a leaf's value. */
type Check = (value: unknown) => unknown;

function leaf(check: Check, required: boolean, prepare?: (value: unknown) => unknown): Read {
  return (value) => {
    if (isEmpty(value)) return required ? unsure : undefined;
    return check(prepare === undefined ? value : prepare(value));
  };
}

function numberReader(
  kind: "integer" | "decimal",
  limits: Pick<model.NumberField, "min" | "max" | "scale" | "accepts">,
  required: boolean,
): Read {
  const words = normalizeWords(limits.accepts);
  const listed = new Set(words.values());
  const min = limits.min ?? -largestFigure;
  const max = limits.max ?? largestFigure;
  const scale = kind === "decimal" ? limits.scale : undefined;
  const integer = kind === "integer";
  const check = (value: unknown): unknown => {
    if (typeof value === "string") return listed.has(value) ? value : unsure;
    if (typeof value !== "number" || !Number.isFinite(value)) return unsure;
    if (integer && !Number.isSafeInteger(value)) return unsure;
    if (value < min || value > max) return unsure;
    return scale === undefined || hasScale(value, scale) ? value : unsure;
  };
  return leaf(check, required, prepareNumber(words));
}

// An identifier or code, normalised, from a text.
function identifier(...args: Parameters<typeof identifierReader>): Check {
  const read = identifierReader(...args);
  return (value) => {
    const result = read(value as string);
    return result.ok ? result.value : unsure;
  };
}

function textReader(field: model.TextField | model.LongTextField, required: boolean): Read {
  const max = field.maxLength;
  const format =
    field.kind === "text" && field.format !== undefined ? identifier(field.format, field.accepts) : undefined;
  return leaf((value) => {
    if (typeof value !== "string") return unsure;
    // A text has at least as many UTF-16 units as code points.
    if (max !== undefined && value.length > max && codePoints(value) > max) return unsure;
    return format === undefined ? value : format(value);
  }, required);
}

function dateReader(precision: model.DateField["precision"], required: boolean): Read {
  return leaf(
    (value) => (typeof value === "string" && isCalendarDate(value, precision) ? value : unsure),
    required,
    prepareDate,
  );
}

function choiceReader(field: model.ChoiceField, required: boolean): Read {
  const values = new Set(selectableValues(field.options));
  const one = (value: unknown) => typeof value === "string" && values.has(value);
  if (field.multiple !== true) return leaf((value) => (one(value) ? value : unsure), required, prepareOption);
  return leaf(
    (list) => {
      const items = list as unknown[];
      // A loop, not every(): a hole in the list is no option.
      for (let i = 0; i < items.length; i += 1) if (!one(items[i])) return unsure;
      return items;
    },
    required,
    prepareOptions,
  );
}

/** An object's readers in the order of the schema's shape (built the same way, so with the same keys). */
function shapeReader(
  shape: Record<string, Read>,
): (value: Record<string, unknown>, bound: readonly number[]) => unknown {
  const keys = Object.keys(shape).filter((key) => key !== "__proto__");
  const reads = keys.map((key) => shape[key] as Read);
  return (value, bound) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const result = (reads[i] as Read)(value[key], bound);
      if (result === unsure) return unsure;
      if (result !== undefined) out[key] = result;
    }
    return out;
  };
}

function moneyReader(field: model.MoneyField, required: boolean): Read {
  const parts = shapeReader({
    amount: numberReader("decimal", {}, required),
    currency: (value) => {
      const code = prepareCurrency(value);
      return code === undefined || typeof code === "string" ? code : unsure;
    },
    rate: leaf(
      (value) => (typeof value === "number" && Number.isFinite(value) && value > 0 ? value : unsure),
      false,
      prepareNumber(new Map()),
    ),
    rateDate: dateReader("day", false),
    usd: numberReader("decimal", {}, false),
  });
  return (value, bound) => {
    if (blank(value)) return required ? unsure : undefined;
    if (!isPlainObject(value)) return unsure;
    const out = parts(value, bound);
    if (out === unsure) return out;
    let agrees = true;
    moneyIssues(out as Record<string, unknown>, field, () => {
      agrees = false;
    });
    return agrees ? out : unsure;
  };
}

function matrixReader(field: model.MatrixField, required: boolean): Read {
  const shape: Record<string, Read> = {};
  for (const [id, cells] of matrixCells(field, (kind) => numberReader(kind, {}, required))) {
    const readCells = shapeReader(cells);
    shape[id] = (value, bound) => {
      const given = isPlainObject(value) ? value : required ? {} : undefined;
      return given === undefined ? undefined : readCells(given, bound);
    };
  }
  const rows = shapeReader(shape);
  return (value, bound) => {
    if (blank(value)) return required ? unsure : undefined;
    return isPlainObject(value) ? rows(value, bound) : unsure;
  };
}

function otherText(value: unknown): unknown {
  if (isEmpty(value)) return undefined;
  return typeof value === "string" ? value : unsure;
}

function containerReader(nodes: readonly FieldNode[], extra: Record<string, Read> = {}): Read {
  const shape: Record<string, Read> = {};
  const others: Array<{ id: string; key: string; value: string; show: FieldNode["show"] }> = [];
  for (const node of nodes) {
    const { field } = node;
    shape[field.id] = shownOnly(node, fieldReader(node));
    if (field.kind === "choice" && field.otherValue !== undefined) {
      const key = `${field.id}Other`;
      shape[key] = shownOnly(node, otherText);
      others.push({ id: field.id, key, value: field.otherValue, show: node.show });
    }
  }
  const read = shapeReader({ ...extra, ...shape });
  return (value, bound) => {
    if (!isPlainObject(value)) return unsure;
    // The "other" option of a shown choice chosen with its text blank.
    for (const other of others) {
      if (other.show !== undefined && !other.show(root, bound, context)) continue;
      if (isSelected(value[other.id], other.value) && isEmpty(value[other.key])) return unsure;
    }
    return read(value, bound);
  };
}

function rowsReader(node: FieldNode & { field: model.RowsField }, required: boolean): Read {
  const { field } = node;
  const extra: Record<string, Read> = {};
  if (field.rowKinds !== undefined) {
    const kinds = new Set(field.rowKinds.map((kind) => kind.value));
    extra.rowKind = leaf((value) => (typeof value === "string" && kinds.has(value) ? value : unsure), false);
  }
  const row = containerReader(node.list, extra);
  const { minRows, maxRows } = field;
  const { conditional } = node;
  return (value, bound) => {
    if (isEmpty(value)) return required ? unsure : undefined;
    if (!Array.isArray(value)) return unsure;
    if (
      (minRows !== undefined && value.length < minRows) ||
      (maxRows !== undefined && value.length > maxRows)
    )
      return unsure;
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const result = row(isPlainObject(item) ? item : {}, conditional ? [...bound, i] : bound);
      if (result === unsure) return unsure;
      out.push(result);
    }
    return out;
  };
}

const readers: FieldReaders<Read> = {
  text: textReader,
  number: numberReader,
  money: moneyReader,
  date: dateReader,
  code: (field, required) => {
    const code = identifier(field.codeType, undefined);
    return leaf((value) => (typeof value === "string" ? code(value) : unsure), required);
  },
  choice: choiceReader,
  yesNo: (required) => leaf((value) => (typeof value === "boolean" ? value : unsure), required, prepareYesNo),
  group: (node) => {
    const group = containerReader(node.list);
    return (value, bound) => group(prepareGroup(value), bound);
  },
  rows: rowsReader,
  matrix: matrixReader,
};

function fieldReader(node: FieldNode): Read {
  return readerOf(node, readers);
}

/**
 * A reader of submissions that answers, without zod, what the table's schema makes of one it
 * accepts (its fields hidden by showWhen marked), as JSON would copy it; undefined for any the
 * schema might refuse. For servers: it is the schema's work done again by hand, which a page's
 * bundle need not carry.
 */
export function directReader(roots: readonly FieldNode[]): DirectReader {
  const read = containerReader(roots);
  return (submission, hostContext) => {
    root = submission;
    context = hostContext;
    try {
      const out = read(submission, []);
      return out === unsure ? undefined : (out as Record<string, unknown>);
    } finally {
      root = undefined;
      context = {};
    }
  };
}
