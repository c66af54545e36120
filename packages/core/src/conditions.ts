import type { Condition, Path } from "./model";
import { toNumber } from "./numbers";
import { childOf, collect, isEmpty, splitPath } from "./paths";

/** Values the host supplies at fill time, by name. */
export type HostContext = Record<string, unknown>;

/** A compiled condition: the submission root, the row indexes bound so far, the host context. */
export type ConditionTest = (root: unknown, bound: readonly number[], context: HostContext) => boolean;

type ValueTest = (values: readonly unknown[]) => boolean;

/** `value` equals an expected scalar, reading numeric strings as numbers and a selection as its members. */
export function sameValue(value: unknown, expected: string | number | boolean): boolean {
  if (value === expected) return true;
  if (Array.isArray(value)) return value.some((item) => !Array.isArray(item) && sameValue(item, expected));
  if (typeof expected === "number") return toNumber(value) === expected;
  if (typeof expected === "boolean") return value === String(expected);
  if (typeof value === "number" || typeof value === "boolean") return String(value) === expected;
  return false;
}

function valueTests(condition: Condition): ValueTest[] {
  const tests: ValueTest[] = [];
  const { equals, includes, filled } = condition;
  if (equals !== undefined) tests.push((values) => values.some((value) => sameValue(value, equals)));
  if (condition.in !== undefined) {
    const options = condition.in;
    tests.push((values) => values.some((value) => options.some((option) => sameValue(value, option))));
  }
  if (includes !== undefined) tests.push((values) => values.some((value) => sameValue(value, includes)));
  if (filled === true) tests.push((values) => values.some((value) => !isEmpty(value)));
  // Not filled means no row has a value, so a column with no rows is not filled either.
  if (filled === false) tests.push((values) => values.every((value) => isEmpty(value)));
  return tests;
}

/**
 * Compiles a condition into a closure (no code generation). `resolve` turns a condition's field
 * path into absolute path segments; a `*` in them reads the row being checked when one is bound,
 * and otherwise holds when any row satisfies the test.
 */
export function compileCondition(condition: Condition, resolve: (path: Path) => string[]): ConditionTest {
  const parts: ConditionTest[] = [];
  const tests = valueTests(condition);
  const check = (values: readonly unknown[]): boolean => tests.every((test) => test(values));
  if (condition.field !== undefined) {
    const segments = resolve(condition.field);
    parts.push((root, bound) => check(collect(root, segments, bound)));
  }
  if (condition.context !== undefined) {
    const segments = splitPath(condition.context);
    parts.push((_root, _bound, context) => {
      let value: unknown = context;
      for (const key of segments) value = childOf(value, key);
      return check([value]);
    });
  }
  if (condition.all !== undefined) {
    const all = condition.all.map((inner) => compileCondition(inner, resolve));
    parts.push((root, bound, context) => all.every((test) => test(root, bound, context)));
  }
  if (condition.any !== undefined) {
    const any = condition.any.map((inner) => compileCondition(inner, resolve));
    parts.push((root, bound, context) => any.some((test) => test(root, bound, context)));
  }
  if (condition.not !== undefined) {
    const not = compileCondition(condition.not, resolve);
    parts.push((root, bound, context) => !not(root, bound, context));
  }
  if (parts.length === 1) return parts[0] as ConditionTest;
  return (root, bound, context) => parts.every((test) => test(root, bound, context));
}

/** Both conditions hold; either may be absent. */
export function bothHold(
  a: ConditionTest | undefined,
  b: ConditionTest | undefined,
): ConditionTest | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return (root, bound, context) => a(root, bound, context) && b(root, bound, context);
}
