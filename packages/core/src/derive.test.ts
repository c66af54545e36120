import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import type { Field, Rule } from "./model";
import { sampleContext, sampleTable, sampleValid, tableOf } from "./test-tables.test-helper";

const label = { zh: "字段", en: "Field" };

const fields: Field[] = [
  { id: "capital", kind: "money", unit: "万元", currency: "any", usd: true, label },
  { id: "income", kind: "money", unit: "万元", currency: "CNY", usd: true, label },
  {
    id: "contracts",
    kind: "rows",
    label,
    columns: [
      { id: "amount", kind: "money", unit: "万元", currency: "any", usd: true, label },
      { id: "thisPeriod", kind: "decimal", label },
      { id: "cumulative", kind: "decimal", label },
    ],
  },
  { id: "thisPeriod", kind: "decimal", label },
  { id: "previous", kind: "decimal", label },
  { id: "cumulative", kind: "money", unit: "万元", currency: "CNY", usd: false, label },
  {
    id: "hr",
    kind: "matrix",
    label,
    columns: [{ id: "current", label }],
    rows: [
      { id: "401", level: 0, label },
      { id: "402", level: 1, label },
      { id: "403", level: 1, label },
      { id: "404", level: 0, label },
    ],
  },
];

const rules: Rule[] = [
  {
    id: "cumulative",
    kind: "derived",
    severity: "error",
    target: "cumulative",
    formula: { op: "sum", of: ["thisPeriod", "previous", { context: "carried" }] },
  },
  {
    id: "row-cumulative",
    kind: "derived",
    severity: "error",
    target: "contracts.*.cumulative",
    formula: { op: "sum", of: ["contracts.*.thisPeriod", { context: "carried" }] },
  },
  {
    id: "hr-sum",
    kind: "sum",
    severity: "error",
    total: "hr.401.current",
    parts: ["hr.402.current", "hr.403.current"],
  },
  {
    id: "hr-gap",
    kind: "derived",
    severity: "error",
    target: "hr.404.current",
    formula: { op: "difference", of: ["hr.401.current", "hr.402.current"] },
  },
];

const compiled = compileTable(tableOf(fields, rules), { context: { carried: 100 } });

describe("derive", () => {
  it("computes the 折万美元 figure as round(amount / rate, 4), or the amount itself in US dollars", () => {
    const out = compiled.derive({
      capital: { amount: 700, currency: "HKD", rate: 7.8 },
      income: { amount: "10", rate: 7.1 },
    });
    expect(out.capital).toEqual({ amount: 700, currency: "HKD", rate: 7.8, usd: 89.7436 });
    expect(out.income).toEqual({ amount: "10", rate: 7.1, currency: "CNY", usd: 1.4085 });
    expect(compiled.derive({ capital: { amount: 5, currency: "usd" } }).capital).toMatchObject({ usd: 5 });
  });

  it("computes no 折万美元 figure beyond largestFigure, as a rate near 0 would make", () => {
    for (const rate of [1e-300, Number.MIN_VALUE]) {
      const submission = { capital: { amount: 1e15, currency: "HKD", rate } };
      expect(compiled.derive(submission).capital, String(rate)).toEqual(submission.capital);
      expect(compiled.validate({ ...submission, capital: { ...submission.capital, usd: 1 } }).errors).toEqual(
        [],
      );
    }
  });

  it("leaves money alone without an amount or a rate", () => {
    const submission = { capital: { amount: 700, currency: "HKD" }, income: { currency: "CNY" } };
    expect(compiled.derive(submission, { context: {} })).toEqual(submission);
  });

  it("fills derived targets, with host context values, per row for row targets", () => {
    const out = compiled.derive({
      thisPeriod: 12.5,
      previous: "0.1",
      contracts: [{ thisPeriod: 1 }, { thisPeriod: 2, amount: { amount: 78, currency: "HKD", rate: 7.8 } }],
    });
    expect(out.cumulative).toEqual({ amount: 112.6, currency: "CNY" });
    expect(out.contracts).toEqual([
      { thisPeriod: 1, cumulative: 101 },
      { thisPeriod: 2, cumulative: 102, amount: { amount: 78, currency: "HKD", rate: 7.8, usd: 10 } },
    ]);
  });

  it("takes the context of the call over the one given at compile time", () => {
    expect(compiled.derive({ thisPeriod: 1 }, { context: { carried: 5 } }).cumulative).toEqual({
      amount: 6,
      currency: "CNY",
    });
  });

  it("does not fill totals that a sum rule checks, but does fill derived matrix cells", () => {
    const out = compiled.derive({
      hr: { "401": { current: 10 }, "402": { current: 4 }, "403": { current: 5 } },
    });
    expect(out.hr).toEqual({
      "401": { current: 10 },
      "402": { current: 4 },
      "403": { current: 5 },
      "404": { current: 6 },
    });
  });

  it("never changes its input", () => {
    const submission = { capital: { amount: 700, currency: "HKD", rate: 7.8 }, thisPeriod: 1 };
    const copy = structuredClone(submission);
    const out = compiled.derive(submission);
    expect(submission).toEqual(copy);
    expect(out).not.toBe(submission);
  });

  it("derives what validate then accepts", () => {
    const sample = compileTable(sampleTable, { context: sampleContext });
    const filled = sample.derive({
      ...sampleValid,
      cumulative: undefined,
      capital: { amount: 700, currency: "HKD", rate: 7.8 },
    });
    expect(filled.cumulative).toBe(112.5);
    expect(sample.validate(filled).ok).toBe(true);
  });
});
