import type { HostContext } from "./conditions";
import type { FieldIndex } from "./fields";
import type { MoneyField, Submission } from "./model";
import { largestFigure, roundTo, toNumber } from "./numbers";
import { bindings, bindPath, isEmpty, isPlainObject, readBound, setAt } from "./paths";
import type { RuleSet } from "./rules";

/** The 折万美元 figure of a money value, or undefined when it cannot be computed. */
export function usdOf(value: Record<string, unknown>, field: MoneyField): number | undefined {
  const amount = toNumber(value.amount);
  if (amount === undefined) return undefined;
  const stated = typeof value.currency === "string" ? value.currency.trim().toUpperCase() : "";
  const currency = stated !== "" ? stated : field.currency === "CNY" ? "CNY" : "";
  if (currency === "USD") return amount;
  const rate = toNumber(value.rate);
  if (currency === "" || rate === undefined || rate <= 0) return undefined;
  // A rate near 0 makes a figure no form holds, or none at all.
  const usd = roundTo(amount / rate, 4);
  return Math.abs(usd) <= largestFigure ? usd : undefined;
}

/**
 * A copy of the submission with computed values filled in: each derived rule's target, in rule
 * order, and each money field's 折万美元 figure (and 人民币 as the currency where the form fixes
 * it). Totals checked by sum rules are left as the filer typed them.
 */
export function deriveSubmission(
  index: FieldIndex,
  rules: RuleSet,
  submission: unknown,
  context: HostContext,
): Submission {
  let out: Submission = isPlainObject(submission) ? submission : {};
  out = deriveMoney(index, out);
  for (const { target, compute } of rules.derived) {
    for (const bound of bindings(out, target.segments)) {
      const value = compute(out, bound, context);
      if (value === undefined) continue;
      const path = bindPath(target.segments, bound);
      out = setAt(out, target.money ? `${path}.amount` : path, value);
    }
  }
  // Again, for money amounts the rules just filled.
  return rules.derived.length > 0 ? deriveMoney(index, out) : out;
}

function deriveMoney(index: FieldIndex, submission: Submission): Submission {
  let out = submission;
  for (const node of index.nodes) {
    if (node.field.kind !== "money") continue;
    const field = node.field;
    for (const bound of bindings(out, node.segments)) {
      const value = readBound(out, node.segments, bound);
      if (!isPlainObject(value) || isEmpty(value.amount)) continue;
      const next: Record<string, unknown> = { ...value };
      if (field.currency === "CNY" && isEmpty(value.currency)) next.currency = "CNY";
      const usd = usdOf(value, field);
      if (usd !== undefined) next.usd = usd;
      if (next.currency !== value.currency || next.usd !== value.usd) {
        out = setAt(out, bindPath(node.segments, bound), next);
      }
    }
  }
  return out;
}
