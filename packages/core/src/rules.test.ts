import { describe, expect, it } from "vitest";
import { compileTable, evaluateCondition } from "./compile";
import type { Field, Finding, Rule } from "./model";
import { tableOf } from "./test-tables.test-helper";

const label = { zh: "字段", en: "Field" };
const number = (id: string, code?: string): Field => ({
  id,
  kind: "decimal",
  label: { zh: `项目${id}`, en: `Item ${id}` },
  ...(code ? { code } : {}),
});

const fields: Field[] = [
  number("total", "301"),
  number("a", "302"),
  number("b", "303"),
  {
    id: "kind",
    kind: "choice",
    label,
    options: [
      { value: "offshore", label },
      { value: "onshore", label },
    ],
  },
  {
    id: "areas",
    kind: "choice",
    multiple: true,
    label,
    options: [
      { value: "ito", label },
      { value: "bpo", label },
    ],
  },
  { id: "settled", kind: "decimal", label },
  { id: "note", kind: "text", label, showWhen: { field: "kind", equals: "offshore" } },
  { id: "uscc", kind: "text", label: { zh: "统一社会信用代码", en: "Unified social credit code" } },
  { id: "org", kind: "text", label: { zh: "组织机构代码", en: "Organization code" } },
  { id: "income", kind: "money", unit: "万元", currency: "CNY", usd: false, label },
  {
    id: "investors",
    kind: "rows",
    label,
    columns: [
      { id: "share", kind: "decimal", label: { zh: "出资比例", en: "Share" } },
      { id: "sub", kind: "decimal", label },
      { id: "subA", kind: "decimal", label },
      { id: "subB", kind: "decimal", label },
    ],
  },
  {
    id: "hr",
    kind: "matrix",
    label,
    columns: [{ id: "current", label: { zh: "本年", en: "This year" } }],
    rows: [
      { id: "401", code: "401", level: 0, label: { zh: "合计", en: "Total" } },
      { id: "402", code: "402", level: 1, label: { zh: "其中：甲", en: "Of which: A" } },
      { id: "403", code: "403", level: 1, label: { zh: "其中：乙", en: "Of which: B" } },
    ],
  },
];

function check(rule: Rule, submission: unknown, context?: Record<string, unknown>): Finding[] {
  const result = compileTable(tableOf(fields, [rule]), { context }).validate(submission);
  return [...result.errors, ...result.warnings];
}

const paths = (findings: Finding[]) => findings.map((finding) => finding.path);

describe("requiredWhen and onlyWhen", () => {
  const requiredWhen: Rule = {
    id: "settled-offshore",
    kind: "requiredWhen",
    severity: "error",
    target: "settled",
    when: { field: "kind", equals: "offshore" },
  };

  it("asks for the target when the condition holds", () => {
    expect(check(requiredWhen, { kind: "offshore" })).toEqual([
      {
        path: "settled",
        rule: "settled-offshore",
        severity: "error",
        messageKey: "rule.requiredWhen",
        params: { label: "字段", labelEn: "Field", code: "", path: "settled" },
      },
    ]);
    expect(check(requiredWhen, { kind: "offshore", settled: 0 })).toEqual([]);
    expect(check(requiredWhen, { kind: "onshore" })).toEqual([]);
  });

  it("still reports a target hidden by its showWhen: the rule is explicit", () => {
    const rule: Rule = { ...requiredWhen, target: "note", when: { field: "total", filled: true } };
    expect(paths(check(rule, { total: 1 }))).toEqual(["note"]);
  });

  it("reports a target filled although the condition does not hold", () => {
    const onlyWhen: Rule = { ...requiredWhen, id: "only", kind: "onlyWhen" };
    expect(check(onlyWhen, { kind: "onshore", settled: 5 })).toMatchObject([
      { path: "settled", rule: "only", messageKey: "rule.onlyWhen" },
    ]);
    expect(check(onlyWhen, { kind: "offshore", settled: 5 })).toEqual([]);
    expect(check(onlyWhen, { kind: "onshore" })).toEqual([]);
  });

  it("counts a money value by its amount", () => {
    const rule: Rule = { ...requiredWhen, target: "income" };
    expect(paths(check(rule, { kind: "offshore", income: { currency: "CNY" } }))).toEqual(["income"]);
    expect(check(rule, { kind: "offshore", income: { amount: 0 } })).toEqual([]);
  });
});

describe("sum", () => {
  const rule: Rule = { id: "total", kind: "sum", severity: "error", total: "total", parts: ["a", "b"] };

  it("reports a total that is not the sum of its parts, with both figures", () => {
    expect(check(rule, { total: 10, a: 4, b: 5 })).toEqual([
      {
        path: "total",
        code: "301",
        rule: "total",
        severity: "error",
        messageKey: "rule.sum",
        params: {
          label: "项目total",
          labelEn: "Item total",
          code: "301",
          path: "total",
          expected: 9,
          actual: 10,
          parts: "302 + 303",
          partsEn: "302 + 303",
        },
      },
    ]);
  });

  it("counts blanks as 0, reads numeric strings and ignores float noise", () => {
    expect(check(rule, { total: 4, a: 4 })).toEqual([]);
    expect(check(rule, { total: "0.3", a: 0.1, b: "0.2" })).toEqual([]);
    expect(check(rule, { a: 4 })).toMatchObject([{ params: { expected: 4, actual: 0 } }]);
  });

  it("says nothing when the total and every part are blank", () => {
    expect(check(rule, {})).toEqual([]);
    expect(check(rule, { total: "", a: null })).toEqual([]);
  });

  it("sums a column of rows through `*`", () => {
    const column: Rule = {
      id: "col",
      kind: "sum",
      severity: "error",
      total: "total",
      parts: ["investors.*.share"],
    };
    const investors = [{ share: 1 }, { share: 2 }, {}];
    expect(check(column, { total: 3, investors })).toEqual([]);
    expect(check(column, { total: 4, investors })).toMatchObject([
      { path: "total", params: { expected: 3 } },
    ]);
  });

  it("checks each row when the total is a column of rows", () => {
    const perRow: Rule = {
      id: "row",
      kind: "sum",
      severity: "error",
      total: "investors.*.sub",
      parts: ["investors.*.subA", "investors.*.subB"],
    };
    const investors = [{ sub: 3, subA: 1, subB: 2 }, { sub: 5, subA: 1 }, {}];
    expect(paths(check(perRow, { investors }))).toEqual(["investors.1.sub"]);
  });

  it("checks matrix cells", () => {
    const matrix: Rule = {
      id: "hr",
      kind: "sum",
      severity: "error",
      total: "hr.401.current",
      parts: ["hr.402.current", "hr.403.current"],
    };
    expect(
      check(matrix, { hr: { "401": { current: 3 }, "402": { current: 1 }, "403": { current: 2 } } }),
    ).toEqual([]);
    expect(check(matrix, { hr: { "401": { current: 4 }, "402": { current: 1 } } })).toMatchObject([
      { path: "hr.401.current", code: "401", params: { column: "本年", expected: 1, actual: 4 } },
    ]);
  });
});

describe("atMost", () => {
  const rule: Rule = { id: "part", kind: "atMost", severity: "error", parts: ["a", "b"], whole: "total" };

  it("reports parts larger than their whole at the first part", () => {
    expect(check(rule, { total: 5, a: 3, b: 3 })).toMatchObject([
      {
        path: "a",
        messageKey: "rule.atMost",
        params: { label: "项目a", whole: 5, wholeLabel: "项目total", wholeLabelEn: "Item total", actual: 6 },
      },
    ]);
    expect(check(rule, { total: 6, a: 3, b: 3 })).toEqual([]);
    expect(paths(check(rule, { a: 1 }))).toEqual(["a"]);
    expect(check(rule, {})).toEqual([]);
  });
});

describe("totalEquals", () => {
  const rule: Rule = {
    id: "shares",
    kind: "totalEquals",
    severity: "error",
    parts: ["investors.*.share"],
    value: 100,
  };

  it("checks the column total against the value, within the tolerance", () => {
    expect(check(rule, { investors: [{ share: 60 }, { share: 40 }] })).toEqual([]);
    expect(check(rule, { investors: [{ share: 33.333 }, { share: 33.333 }, { share: 33.333 }] })).toEqual([]);
    expect(check(rule, { investors: [{ share: 60 }, { share: 30 }] })).toMatchObject([
      { path: "investors.0.share", messageKey: "rule.totalEquals", params: { expected: 100, actual: 90 } },
    ]);
    expect(check({ ...rule, tolerance: 0 }, { investors: [{ share: 99.999 }] })).toHaveLength(1);
    expect(check(rule, { investors: [{}, {}] })).toEqual([]);
  });
});

describe("requireOne", () => {
  const rule: Rule = { id: "ids", kind: "requireOne", severity: "error", targets: ["uscc", "org"] };

  it("reports at the first target when none is filled, listing the labels", () => {
    expect(check(rule, {})).toMatchObject([
      {
        path: "uscc",
        messageKey: "rule.requireOne",
        params: {
          labels: "统一社会信用代码、组织机构代码",
          labelsEn: "Unified social credit code, Organization code",
        },
      },
    ]);
    expect(check(rule, { org: "x" })).toEqual([]);
  });
});

describe("threshold", () => {
  const rule: Rule = {
    id: "floor",
    kind: "threshold",
    severity: "warning",
    target: "total",
    min: 10,
    max: 20,
  };

  it("warns below the minimum and above the maximum", () => {
    expect(check(rule, { total: 5 })).toMatchObject([
      { severity: "warning", messageKey: "rule.threshold.min", params: { min: 10, unit: "" } },
    ]);
    expect(check(rule, { total: 25 })).toMatchObject([
      { messageKey: "rule.threshold.max", params: { max: 20 } },
    ]);
    expect(check(rule, { total: 15 })).toEqual([]);
    expect(check(rule, {})).toEqual([]);
  });

  it("applies only when its condition holds, and takes a message key of its own", () => {
    const when: Rule = { ...rule, when: { field: "kind", equals: "offshore" }, messageKey: "rule.custom" };
    expect(check(when, { total: 5, kind: "onshore" })).toEqual([]);
    expect(check(when, { total: 5, kind: "offshore" })).toMatchObject([{ messageKey: "rule.custom" }]);
  });

  it("is a warning: the result stays ok", () => {
    const result = compileTable(tableOf(fields, [rule])).validate({ total: 5 });
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });
});

describe("derived", () => {
  const rule: Rule = {
    id: "cumulative",
    kind: "derived",
    severity: "error",
    target: "total",
    formula: { op: "sum", of: ["a", { context: "previous" }] },
  };

  it("reports a filled value that differs from the formula", () => {
    expect(check(rule, { total: 15, a: 5 }, { previous: 10 })).toEqual([]);
    expect(check(rule, { total: 16, a: 5 }, { previous: "10" })).toMatchObject([
      { path: "total", messageKey: "rule.derived", params: { expected: 15, actual: 16 } },
    ]);
    expect(check(rule, { a: 5 }, { previous: 10 })).toEqual([]);
  });

  it("computes differences", () => {
    const difference: Rule = { ...rule, formula: { op: "difference", of: ["a", "b"] } };
    expect(check(difference, { total: 2, a: 5, b: 3 })).toEqual([]);
    expect(check(difference, { total: 3, a: 5, b: 3 })).toMatchObject([{ params: { expected: 2 } }]);
  });
});

describe("rule options", () => {
  it("points the finding where `at` says, bound to the row", () => {
    const rule: Rule = {
      id: "share-needs-sub",
      kind: "requiredWhen",
      severity: "error",
      target: "investors.*.sub",
      when: { field: "investors.*.share", filled: true },
      at: "investors.*.share",
    };
    expect(paths(check(rule, { investors: [{ share: 1, sub: 1 }, { share: 1 }, {}] }))).toEqual([
      "investors.1.share",
    ]);
  });
});

describe("conditions", () => {
  const data = {
    kind: "offshore",
    count: "12",
    areas: ["ito"],
    blank: "",
    rows: [{ origin: "cn" }, { origin: "foreign" }],
  };
  const holds = (condition: Parameters<typeof evaluateCondition>[0], context?: Record<string, unknown>) =>
    evaluateCondition(condition, data, context);

  it("tests equals, in, filled and includes", () => {
    expect(holds({ field: "kind", equals: "offshore" })).toBe(true);
    expect(holds({ field: "kind", equals: "onshore" })).toBe(false);
    expect(holds({ field: "count", equals: 12 })).toBe(true);
    expect(holds({ field: "kind", in: ["onshore", "offshore"] })).toBe(true);
    expect(holds({ field: "kind", in: [] })).toBe(false);
    expect(holds({ field: "blank", filled: false })).toBe(true);
    expect(holds({ field: "kind", filled: true })).toBe(true);
    expect(holds({ field: "missing", filled: true })).toBe(false);
    expect(holds({ field: "areas", includes: "ito" })).toBe(true);
    expect(holds({ field: "areas", includes: "bpo" })).toBe(false);
  });

  it("combines with all, any and not, and requires every key present", () => {
    expect(
      holds({
        all: [
          { field: "kind", equals: "offshore" },
          { field: "count", filled: true },
        ],
      }),
    ).toBe(true);
    expect(
      holds({
        any: [
          { field: "kind", equals: "onshore" },
          { field: "areas", includes: "ito" },
        ],
      }),
    ).toBe(true);
    expect(holds({ not: { field: "kind", equals: "offshore" } })).toBe(false);
    expect(holds({ field: "kind", equals: "offshore", not: { field: "count", equals: 12 } })).toBe(false);
    expect(holds({})).toBe(true);
  });

  it("reads the host context", () => {
    expect(holds({ context: "track", equals: "manufacturing" }, { track: "manufacturing" })).toBe(true);
    expect(holds({ context: "track", equals: "manufacturing" }, {})).toBe(false);
    expect(holds({ context: "track", filled: false })).toBe(true);
  });

  it("holds for a `*` path when any row satisfies the test", () => {
    expect(holds({ field: "rows.*.origin", equals: "foreign" })).toBe(true);
    expect(holds({ field: "rows.*.origin", equals: "other" })).toBe(false);
    expect(holds({ field: "rows.*.origin", filled: false })).toBe(false);
  });
});
