import { type ConditionTest, compileCondition, type HostContext } from "./conditions";
import type { FieldIndex, FieldLocation } from "./fields";
import { makeFinding, placeParams, unitOf } from "./findings";
import type { Finding, Formula, Path, Rule } from "./model";
import { amountOf, nearlyEqual, tidy, toNumber } from "./numbers";
import { bindings, bindPath, childOf, collect, isEmpty, isPlainObject, readBound, splitPath } from "./paths";

/** A rule path, checked against the table when the rule is compiled. */
export interface Ref {
  path: Path;
  segments: string[];
  location: FieldLocation;
  /** The path names a whole money field: it counts by its amount. */
  money: boolean;
}

type Emit = (finding: Finding, order: number[]) => void;

/** A compiled rule: checks one submission and emits its findings. */
export type RuleCheck = (root: unknown, context: HostContext, emit: Emit) => void;

/** A compiled derived rule: the computed value for each binding of its target, where one is due. */
export interface DerivedTarget {
  target: Ref;
  compute: (root: unknown, bound: readonly number[], context: HostContext) => number | undefined;
}

function filled(value: unknown, money: boolean): boolean {
  return !isEmpty(money && isPlainObject(value) ? value.amount : value);
}

/** Compiles rules into closures; every path must name a field of the table. */
export class RuleSet {
  readonly checks: RuleCheck[] = [];
  readonly derived: DerivedTarget[] = [];

  constructor(
    rules: readonly Rule[],
    private readonly index: FieldIndex,
  ) {
    for (const rule of rules) this.checks.push(this.compile(rule));
  }

  private ref(path: Path, rule: Rule): Ref {
    const location = this.index.locate(path);
    if (location === undefined)
      throw new Error(`Rule "${rule.id}": the path "${path}" names no field of the table`);
    return {
      path,
      segments: splitPath(path),
      location,
      money: location.field.kind === "money" && location.part === undefined,
    };
  }

  private condition(rule: Rule, when: Parameters<typeof compileCondition>[0] | undefined): ConditionTest {
    if (when === undefined) return () => true;
    return compileCondition(when, (path) => this.ref(path, rule).segments);
  }

  // Values at a path: bound `*` read the current row, others expand over all rows.
  private static values(root: unknown, ref: Ref, bound: readonly number[]): unknown[] {
    return collect(root, ref.segments, bound);
  }

  // The sum of the numbers at some paths (blank or non-numeric values count as 0).
  private static total(root: unknown, refs: readonly Ref[], bound: readonly number[]) {
    let sum = 0;
    let any = false;
    for (const ref of refs) {
      for (const value of RuleSet.values(root, ref, bound)) {
        const number = amountOf(value);
        if (number === undefined) continue;
        sum += number;
        any = true;
      }
    }
    return { sum, any };
  }

  // Emits a finding at `at` (the rule's `at` or its main path), bound to the current rows.
  private emitter(rule: Rule, main: Ref) {
    const at = rule.at === undefined ? main : this.ref(rule.at, rule);
    return (bound: readonly number[], emit: Emit, params: Finding["params"], messageKey?: string) => {
      const path = bindPath(at.segments, bound);
      const location = this.index.locate(path) ?? at.location;
      const key = rule.messageKey ?? messageKey ?? `rule.${rule.kind}`;
      emit(
        makeFinding(location, rule.id, rule.severity, key, { ...placeParams(location), ...params }),
        location.order,
      );
    };
  }

  private formula(formula: Formula, rule: Rule) {
    if (formula.op === "difference") {
      const [a, b] = formula.of.map((path) => this.ref(path, rule)) as [Ref, Ref];
      return (root: unknown, bound: readonly number[]): number | undefined => {
        const first = RuleSet.total(root, [a], bound);
        const second = RuleSet.total(root, [b], bound);
        return first.any || second.any ? tidy(first.sum - second.sum) : undefined;
      };
    }
    const paths: Ref[] = [];
    const names: string[][] = [];
    for (const operand of formula.of) {
      if (typeof operand === "string") paths.push(this.ref(operand, rule));
      else names.push(splitPath(operand.context));
    }
    return (root: unknown, bound: readonly number[], context: HostContext): number | undefined => {
      const { sum, any } = RuleSet.total(root, paths, bound);
      let result = sum;
      let known = any;
      for (const name of names) {
        let value: unknown = context;
        for (const key of name) value = childOf(value, key);
        const number = toNumber(value);
        if (number === undefined) continue;
        result += number;
        known = true;
      }
      return known ? tidy(result) : undefined;
    };
  }

  private compile(rule: Rule): RuleCheck {
    switch (rule.kind) {
      case "requiredWhen":
      case "onlyWhen": {
        const target = this.ref(rule.target, rule);
        const when = this.condition(rule, rule.when);
        const emitAt = this.emitter(rule, target);
        const wantFilled = rule.kind === "requiredWhen";
        return (root, context, emit) => {
          for (const bound of bindings(root, target.segments)) {
            const isFilled = filled(readBound(root, target.segments, bound), target.money);
            if (
              wantFilled ? !isFilled && when(root, bound, context) : isFilled && !when(root, bound, context)
            ) {
              emitAt(bound, emit, {});
            }
          }
        };
      }
      case "sum": {
        const total = this.ref(rule.total, rule);
        const parts = rule.parts.map((path) => this.ref(path, rule));
        const emitAt = this.emitter(rule, total);
        const partsZh = parts.map(
          (part) => part.location.matrixRow?.code ?? part.location.field.code ?? part.location.field.label.zh,
        );
        const partsEn = parts.map(
          (part) => part.location.matrixRow?.code ?? part.location.field.code ?? part.location.field.label.en,
        );
        return (root, _context, emit) => {
          for (const bound of bindings(root, total.segments)) {
            const actual = RuleSet.total(root, [total], bound);
            const expected = RuleSet.total(root, parts, bound);
            if (!actual.any && !expected.any) continue;
            if (nearlyEqual(actual.sum, expected.sum)) continue;
            emitAt(bound, emit, {
              expected: tidy(expected.sum),
              actual: tidy(actual.sum),
              parts: partsZh.join(" + "),
              partsEn: partsEn.join(" + "),
            });
          }
        };
      }
      case "atMost": {
        const whole = this.ref(rule.whole, rule);
        const parts = rule.parts.map((path) => this.ref(path, rule));
        const first = parts[0];
        if (first === undefined) throw new Error(`Rule "${rule.id}" has no parts`);
        const emitAt = this.emitter(rule, first);
        const wholeParams = placeParams(whole.location);
        return (root, _context, emit) => {
          for (const bound of bindings(root, whole.segments)) {
            const limit = RuleSet.total(root, [whole], bound);
            const actual = RuleSet.total(root, parts, bound);
            if (!limit.any && !actual.any) continue;
            if (actual.sum <= limit.sum || nearlyEqual(actual.sum, limit.sum)) continue;
            emitAt(bound, emit, {
              whole: tidy(limit.sum),
              wholeLabel: wholeParams.label as string,
              wholeLabelEn: wholeParams.labelEn as string,
              wholeCode: wholeParams.code as string,
              actual: tidy(actual.sum),
            });
          }
        };
      }
      case "totalEquals": {
        const parts = rule.parts.map((path) => this.ref(path, rule));
        const first = parts[0];
        if (first === undefined) throw new Error(`Rule "${rule.id}" has no parts`);
        const emitAt = this.emitter(rule, first);
        const tolerance = rule.tolerance ?? 0.01;
        return (root, _context, emit) => {
          const actual = RuleSet.total(root, parts, []);
          if (!actual.any) return;
          if (Math.abs(actual.sum - rule.value) <= tolerance + 1e-9) return;
          emitAt([], emit, { expected: rule.value, actual: tidy(actual.sum) });
        };
      }
      case "requireOne": {
        const targets = rule.targets.map((path) => this.ref(path, rule));
        const first = targets[0];
        if (first === undefined) throw new Error(`Rule "${rule.id}" has no targets`);
        const emitAt = this.emitter(rule, first);
        const labels = targets.map((target) => placeParams(target.location));
        const params = {
          labels: labels.map((label) => label.label).join("、"),
          labelsEn: labels.map((label) => label.labelEn).join(", "),
        };
        return (root, _context, emit) => {
          for (const bound of bindings(root, first.segments)) {
            const any = targets.some((target) =>
              RuleSet.values(root, target, bound).some((value) => filled(value, target.money)),
            );
            if (!any) emitAt(bound, emit, params);
          }
        };
      }
      case "threshold": {
        const target = this.ref(rule.target, rule);
        const when = this.condition(rule, rule.when);
        const emitAt = this.emitter(rule, target);
        const unit = unitOf(target.location);
        return (root, context, emit) => {
          for (const bound of bindings(root, target.segments)) {
            const value = amountOf(readBound(root, target.segments, bound));
            if (value === undefined || !when(root, bound, context)) continue;
            if (rule.min !== undefined && value < rule.min) {
              emitAt(bound, emit, { min: rule.min, unit, actual: value }, "rule.threshold.min");
            } else if (rule.max !== undefined && value > rule.max) {
              emitAt(bound, emit, { max: rule.max, unit, actual: value }, "rule.threshold.max");
            }
          }
        };
      }
      case "derived": {
        const target = this.ref(rule.target, rule);
        const compute = this.formula(rule.formula, rule);
        const emitAt = this.emitter(rule, target);
        this.derived.push({ target, compute });
        return (root, context, emit) => {
          for (const bound of bindings(root, target.segments)) {
            const raw = readBound(root, target.segments, bound);
            if (!filled(raw, target.money)) continue;
            const actual = amountOf(raw);
            const expected = compute(root, bound, context) ?? 0;
            if (actual !== undefined && nearlyEqual(actual, expected)) continue;
            emitAt(bound, emit, { expected, actual: actual ?? "" });
          }
        };
      }
    }
  }

  /** Runs every rule on a submission. */
  run(root: unknown, context: HostContext, emit: Emit): void {
    for (const check of this.checks) check(root, context, emit);
  }
}
