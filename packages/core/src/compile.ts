import type * as z from "zod/mini";
import { compileCondition, type HostContext } from "./conditions";
import { deriveSubmission } from "./derive";
import { FieldIndex, type FieldLocation, type FieldNode } from "./fields";
import { compareOrder, issuesToFindings } from "./findings";
import type { Condition, Field, Finding, FormTable, Path, Submission, ValidationResult } from "./model";
import { childOf, isPlainObject, splitPath } from "./paths";
import { RuleSet } from "./rules";
import { submissionParser } from "./validator";

/** Options for {@link compileTable}. */
export interface CompileOptions {
  /** Values the host supplies at fill time (the chosen section, previous cumulative amounts…). */
  context?: Record<string, unknown>;
}

/** Options for one call; a context given here replaces the one given at compile time. */
export interface CallOptions {
  context?: Record<string, unknown>;
}

/** Options of {@link CompiledTable.validate}. */
export interface ValidateOptions extends CallOptions {
  /**
   * Also answer the submission as {@link CompiledTable.normalize} would (in `value`), from the same
   * reading of it: a server that validates and then stores reads each submission once.
   */
  withValue?: boolean;
}

/** A form table compiled once, used for any number of submissions. */
export interface CompiledTable {
  readonly table: FormTable;
  /**
   * The zod schema of a submission. Blank values ("", [], null) count as absent, numeric strings
   * are read as numbers, fields hidden by showWhen are skipped; issue messages are rule names.
   */
  readonly schema: z.ZodMiniType<Submission>;
  /** Field checks and table rules, findings in form order. Never throws. */
  validate(submission: unknown, options?: ValidateOptions): ValidationResult;
  /**
   * The submission as the validator reads it, for storing: unknown keys, the values of hidden fields
   * and blank answers dropped, numbers read from their text. Undefined when a field check fails.
   */
  normalize(submission: unknown, options?: CallOptions): Submission | undefined;
  /** A copy with money 折万美元 figures and derived rule targets filled in. */
  derive(submission: unknown, options?: CallOptions): Submission;
  /** Whether the field at `path` (row indexes allowed) or the section `#section:<id>` is shown. */
  isShown(path: Path, submission: unknown, options?: CallOptions): boolean;
  /** Whether the visibility of `path` (or `#section:<id>`) depends on the submission or context. */
  hasCondition(path: Path): boolean;
  /**
   * Whether setting the value at `path` (row indexes allowed) can change what isShown answers for
   * any field or section: a showWhen reads it, a value inside it, or a container holding it.
   */
  affectsVisibility(path: Path): boolean;
  /** The paths of every shown field, in form order, with the row indexes of the submission. */
  visibleFields(submission: unknown, options?: CallOptions): Path[];
  /** The field definition a path points at (`investors.0.share`, `hr.401.current`, `income.usd`). */
  fieldAt(path: Path): Field | undefined;
  /** Like {@link CompiledTable.fieldAt}, with the matrix row and column, money part and sort key. */
  locate(path: Path): FieldLocation | undefined;
}

/**
 * Compiles a form table into validation: a zod schema, the table rules and derived values (its JSON
 * Schema is tableJsonSchema's). Throws when a rule or condition names a path that is not a field of
 * the table.
 * Condition paths are absolute; inside a group or rows a path may also name a sibling by its id.
 */
export function compileTable(table: FormTable, options: CompileOptions = {}): CompiledTable {
  const baseContext: HostContext = options.context ?? {};
  const index = new FieldIndex(table);
  const rules = new RuleSet(table.rules, index);
  const conditional = index.roots.some((node) => node.conditional);
  // The zod side (validator.ts), built on first use: a form renders (and answers isShown, fieldAt…)
  // before anything is validated, and building zod schemas is most of the cost of compiling a table.
  const { parse, schema } = submissionParser(index.roots, conditional, baseContext);
  const contextOf = (call?: CallOptions): HostContext => call?.context ?? baseContext;

  const validate = (submission: unknown, call?: ValidateOptions): ValidationResult => {
    const context = contextOf(call);
    const root = isPlainObject(submission) ? submission : {};
    const parsed = parse(root, context);
    const entries = parsed.success ? [] : issuesToFindings(parsed.error.issues, index);
    rules.run(root, context, (finding, order) => {
      entries.push({ finding, order });
    });
    entries.sort((a, b) => compareOrder(a.order, b.order));
    const errors: Finding[] = [];
    const warnings: Finding[] = [];
    for (const { finding } of entries) (finding.severity === "error" ? errors : warnings).push(finding);
    const result: ValidationResult = { ok: errors.length === 0, errors, warnings };
    if (call?.withValue === true && parsed.success)
      result.value = ("copied" in parsed ? parsed.data : jsonCopy(parsed.data)) as Submission;
    return result;
  };

  const visibleFields = (submission: unknown, call?: CallOptions): Path[] => {
    const context = contextOf(call);
    const root = isPlainObject(submission) ? submission : {};
    const out: Path[] = [];
    const walk = (nodes: readonly FieldNode[], container: unknown, prefix: string, bound: number[]): void => {
      for (const node of nodes) {
        if (node.show !== undefined && !node.show(root, bound, context)) continue;
        const path = prefix === "" ? node.field.id : `${prefix}.${node.field.id}`;
        out.push(path);
        const value = childOf(container, node.field.id);
        if (node.field.kind === "group") walk(node.list, value, path, bound);
        else if (node.field.kind === "rows" && Array.isArray(value)) {
          for (let i = 0; i < value.length; i += 1) walk(node.list, value[i], `${path}.${i}`, [...bound, i]);
        }
      }
    };
    walk(index.roots, root, "", []);
    return out;
  };

  return {
    table,
    get schema() {
      return schema();
    },
    validate,
    normalize: (submission, call) => {
      const root = isPlainObject(submission) ? submission : {};
      const parsed = parse(root, contextOf(call));
      if (!parsed.success) return undefined;
      return ("copied" in parsed ? parsed.data : jsonCopy(parsed.data)) as Submission;
    },
    derive: (submission, call) => deriveSubmission(index, rules, submission, contextOf(call)),
    isShown: (path, submission, call) =>
      index.isShown(path, isPlainObject(submission) ? submission : {}, contextOf(call)),
    hasCondition: (path) => index.hasCondition(path),
    affectsVisibility: (path) => index.affectsVisibility(path),
    visibleFields,
    fieldAt: (path) => index.locate(path)?.field,
    locate: (path) => index.locate(path),
  };
}

/**
 * Evaluates a condition against a submission outside a compiled table. Paths are absolute; a `*`
 * holds when any row satisfies the test.
 */
export function evaluateCondition(
  condition: Condition,
  submission: unknown,
  context: Record<string, unknown> = {},
): boolean {
  return compileCondition(condition, splitPath)(submission, [], context);
}

/**
 * What JSON.parse(JSON.stringify(value)) gives, without the text in between: the parsed object holds
 * undefined where a key was hidden or blank, and JSON drops those (in arrays they become null).
 */
function jsonCopy(value: unknown): unknown {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number") return Number.isFinite(value) ? value : null;
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => {
      const copy = jsonCopy(item);
      return copy === undefined || typeof copy === "function" || typeof copy === "symbol" ? null : copy;
    });
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
    out[key] = jsonCopy(item);
  }
  return out;
}
