import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { messageKeys } from "./messages";
import type { Field, Finding, Submission } from "./model";
import { largestFigure } from "./numbers";
import { sampleContext, sampleTable, sampleValid, tableOf } from "./test-tables.test-helper";

const label = { zh: "字段", en: "Field" };

/** [path, rule] of every error a one-section table around `fields` reports. */
function errorsOf(fields: Field[], submission: unknown): Array<[string, string]> {
  return compileTable(tableOf(fields))
    .validate(submission)
    .errors.map((finding) => [finding.path, finding.rule]);
}

function firstError(fields: Field[], submission: unknown): Finding | undefined {
  return compileTable(tableOf(fields)).validate(submission).errors[0];
}

describe("text and long text", () => {
  const fields: Field[] = [
    {
      id: "name",
      code: "101",
      kind: "text",
      required: true,
      maxLength: 4,
      label: { zh: "名称", en: "Name" },
    },
    { id: "note", kind: "longText", maxLength: 3, label },
  ];

  it("passes a filled value and reports a missing one", () => {
    expect(errorsOf(fields, { name: "甲乙" })).toEqual([]);
    for (const empty of [{}, { name: "" }, { name: "   " }, { name: null }]) {
      expect(errorsOf(fields, empty)).toEqual([["name", "required"]]);
    }
  });

  it("counts characters, not UTF-16 units, against maxLength", () => {
    expect(errorsOf(fields, { name: "𠀀𠀀𠀀𠀀" })).toEqual([]);
    expect(errorsOf(fields, { name: "甲乙丙丁戊", note: "abcd" })).toEqual([
      ["name", "maxLength"],
      ["note", "maxLength"],
    ]);
    expect(firstError(fields, { name: "甲乙丙丁戊" })?.params).toEqual({
      label: "名称",
      labelEn: "Name",
      code: "101",
      path: "name",
      max: 4,
    });
  });

  it("reports a value that is not text", () => {
    expect(errorsOf(fields, { name: 12 })).toEqual([["name", "text"]]);
    expect(errorsOf(fields, { name: "甲", note: { a: 1 } })).toEqual([["note", "text"]]);
  });

  it("checks formats with the identifier validators, accepting listed words", () => {
    const contact: Field[] = [
      { id: "mobile", kind: "text", format: "mobile", label },
      { id: "postcode", kind: "text", format: "postcode", accepts: ["无"], label },
    ];
    expect(errorsOf(contact, { mobile: "138 0013 8000", postcode: "100731" })).toEqual([]);
    expect(errorsOf(contact, { mobile: "１３８００１３８０００", postcode: "无" })).toEqual([]);
    expect(errorsOf(contact, { mobile: "1380013800" })).toEqual([["mobile", "length"]]);
    expect(firstError(contact, { mobile: "1380013800" })?.params.length).toBe(11);
    expect(errorsOf(contact, { mobile: "abc" })).toEqual([["mobile", "charset"]]);
    expect(errorsOf(contact, { postcode: "10073" })).toEqual([["postcode", "length"]]);
  });
});

describe("integer and decimal", () => {
  const fields: Field[] = [
    {
      id: "staff",
      code: "109",
      kind: "integer",
      unit: "人",
      min: 0,
      max: 100,
      label: { zh: "人数", en: "Staff" },
    },
    { id: "amount", kind: "decimal", scale: 2, label },
    { id: "term", kind: "integer", accepts: ["无"], label },
  ];

  it("accepts numbers and numeric strings as typed, full-width digits included", () => {
    expect(errorsOf(fields, { staff: 12, amount: 1.5, term: 3 })).toEqual([]);
    expect(errorsOf(fields, { staff: "12", amount: "12.50", term: "３" })).toEqual([]);
    expect(errorsOf(fields, { staff: "１２", amount: "１，２３４．５６" })).toEqual([]);
  });

  it("passes the accepted words as they are and refuses other words", () => {
    expect(errorsOf(fields, { term: "无" })).toEqual([]);
    expect(errorsOf(fields, { term: " 无 " })).toEqual([]);
    expect(errorsOf(fields, { term: "有" })).toEqual([["term", "number"]]);
    expect(errorsOf(fields, { term: 2.5 })).toEqual([["term", "integer"]]);
    expect(errorsOf(fields, { staff: "无" })).toEqual([["staff", "number"]]);
  });

  it("reports integer, min, max and scale with their parameters", () => {
    expect(errorsOf(fields, { staff: 1.5 })).toEqual([["staff", "integer"]]);
    expect(firstError(fields, { staff: -1 })).toMatchObject({
      path: "staff",
      code: "109",
      rule: "min",
      messageKey: "validation.min",
      params: { min: 0, unit: "人", label: "人数", labelEn: "Staff" },
    });
    expect(firstError(fields, { staff: "101" })).toMatchObject({
      rule: "max",
      params: { max: 100, unit: "人" },
    });
    expect(firstError(fields, { amount: 1.234 })).toMatchObject({ rule: "scale", params: { scale: 2 } });
    expect(errorsOf(fields, { amount: 0.07 })).toEqual([]);
  });

  it("reports what is not a number", () => {
    for (const value of ["abc", "12万", true, [1], { n: 1 }]) {
      expect(errorsOf(fields, { amount: value })).toEqual([["amount", "number"]]);
    }
  });

  it("bounds every figure by largestFigure, as max or min with the bound, never as a whole-number error", () => {
    for (const [path, value, rule, bound] of [
      ["term", 1e16, "max", largestFigure],
      ["term", -(2 ** 60), "min", -largestFigure],
      ["amount", "１".repeat(20), "max", largestFigure],
      ["amount", -1e308, "min", -largestFigure],
      ["staff", 1e16, "max", 100],
    ] as const) {
      const result = compileTable(tableOf(fields)).validate({ [path]: value });
      expect(
        result.errors.map((finding) => [finding.path, finding.rule, finding.params[rule]]),
        `${path} ${value}`,
      ).toEqual([[path, rule, bound]]);
    }
    expect(errorsOf(fields, { term: largestFigure, amount: -largestFigure })).toEqual([]);
  });
});

describe("date", () => {
  const fields: Field[] = [
    { id: "day", kind: "date", precision: "day", label },
    { id: "month", kind: "date", precision: "month", label },
    { id: "year", kind: "date", precision: "year", label },
  ];

  it("accepts real dates at each precision", () => {
    expect(errorsOf(fields, { day: "2024-02-29", month: "2024-12", year: "2024" })).toEqual([]);
    expect(errorsOf(fields, { day: "２０２４－０１－０５" })).toEqual([]);
  });

  it("refuses impossible dates and other shapes, naming the format", () => {
    expect(errorsOf(fields, { day: "2023-02-29" })).toEqual([["day", "date"]]);
    expect(errorsOf(fields, { day: "2024-04-31", month: "2024-13", year: "24" })).toEqual([
      ["day", "date"],
      ["month", "date"],
      ["year", "date"],
    ]);
    expect(errorsOf(fields, { month: "2024-1" })).toEqual([["month", "date"]]);
    expect(errorsOf(fields, { day: "2024-01" })).toEqual([["day", "date"]]);
    expect(errorsOf(fields, { day: 20240101 })).toEqual([["day", "date"]]);
    expect(firstError(fields, { month: "2024/01" })?.params.format).toBe("date.month");
  });
});

describe("code", () => {
  const fields: Field[] = [
    { id: "uscc", code: "102", kind: "code", codeType: "uscc", label },
    { id: "org", kind: "code", codeType: "orgCode", groups: [8, 1], label },
  ];

  it("checks codes with the identifier validators", () => {
    expect(errorsOf(fields, { uscc: "91440300708461136T", org: "70846113-6" })).toEqual([]);
    expect(errorsOf(fields, { uscc: "91440300708461136t" })).toEqual([]);
    expect(errorsOf(fields, { uscc: "91440300708461136X" })).toEqual([["uscc", "checksum"]]);
    expect(firstError(fields, { uscc: "9144030070846113" })).toMatchObject({
      rule: "length",
      messageKey: "validation.length",
      params: { length: 18 },
    });
    expect(firstError(fields, { uscc: 914403 })).toMatchObject({
      rule: "format",
      params: { format: "uscc" },
    });
  });
});

describe("choice", () => {
  const options = [
    {
      value: "1",
      label: { zh: "公有", en: "Public" },
      children: [{ value: "11", label: { zh: "国有", en: "State" } }],
    },
    { value: "2", label: { zh: "私人", en: "Private" } },
    { value: "9", label: { zh: "其他", en: "Other" } },
  ];
  const fields: Field[] = [
    { id: "one", kind: "choice", required: true, otherValue: "9", options, label },
    { id: "many", kind: "choice", multiple: true, options, label },
  ];

  it("accepts leaves only: a heading with children is not selectable", () => {
    expect(errorsOf(fields, { one: "11" })).toEqual([]);
    expect(errorsOf(fields, { one: "1" })).toEqual([["one", "option"]]);
    expect(errorsOf(fields, { one: "x" })).toEqual([["one", "option"]]);
    expect(errorsOf(fields, { one: 2 })).toEqual([]);
  });

  it("takes an array for a multiple choice, and one value as a one-item selection", () => {
    expect(errorsOf(fields, { one: "2", many: ["2", "11"] })).toEqual([]);
    expect(errorsOf(fields, { one: "2", many: "2" })).toEqual([]);
    expect(errorsOf(fields, { one: "2", many: ["2", "x", "y"] })).toEqual([["many", "option"]]);
    expect(errorsOf(fields, { one: "2", many: [] })).toEqual([]);
  });

  it("asks for the other text when the other option is chosen", () => {
    expect(errorsOf(fields, { one: "9" })).toEqual([["one", "otherText"]]);
    expect(errorsOf(fields, { one: "9", oneOther: "  " })).toEqual([["one", "otherText"]]);
    expect(errorsOf(fields, { one: "9", oneOther: "外资控股" })).toEqual([]);
    expect(errorsOf(fields, { one: "2", oneOther: "ignored" })).toEqual([]);
    expect(errorsOf(fields, { one: [] })).toEqual([["one", "required"]]);
  });
});

describe("yes/no", () => {
  const fields: Field[] = [{ id: "yes", kind: "yesNo", required: true, label }];

  it("takes booleans; false is an answer", () => {
    expect(errorsOf(fields, { yes: false })).toEqual([]);
    expect(errorsOf(fields, { yes: "true" })).toEqual([]);
    expect(errorsOf(fields, {})).toEqual([["yes", "required"]]);
    expect(errorsOf(fields, { yes: "是的" })).toEqual([["yes", "option"]]);
  });
});

describe("money", () => {
  const fields: Field[] = [
    {
      id: "capital",
      code: "112",
      kind: "money",
      unit: "万元",
      currency: "any",
      usd: true,
      required: true,
      label,
    },
    { id: "income", kind: "money", unit: "万元", currency: "CNY", usd: false, label },
  ];

  it("accepts an amount with its currency, rate and 折万美元 figure", () => {
    const capital = { amount: 700, currency: "HKD", rate: 7.8, rateDate: "2024-12-31", usd: 89.7436 };
    expect(errorsOf(fields, { capital, income: { amount: "12.5" } })).toEqual([]);
    expect(errorsOf(fields, { capital: { amount: 10, currency: "usd" } })).toEqual([]);
    expect(errorsOf(fields, { capital: { amount: 10, currency: "CNY", usd: 1.45 } })).toEqual([]);
  });

  it("asks for the amount, the currency and the rate the 折万美元 figure needs", () => {
    expect(errorsOf(fields, {})).toEqual([["capital", "required"]]);
    expect(errorsOf(fields, { capital: { currency: "HKD" } })).toEqual([["capital", "required"]]);
    expect(errorsOf(fields, { capital: { amount: 10 } })).toEqual([["capital", "money.currency"]]);
    expect(errorsOf(fields, { capital: { amount: 10, currency: "HK" } })).toEqual([
      ["capital", "money.currency"],
    ]);
    expect(errorsOf(fields, { capital: { amount: 10, currency: "HKD" } })).toEqual([
      ["capital", "money.rate"],
    ]);
    expect(errorsOf(fields, { capital: { amount: 10, currency: "HKD", rate: 0 } })).toEqual([
      ["capital", "money.rate"],
    ]);
  });

  it("checks a stated 折万美元 figure against amount / rate", () => {
    const finding = firstError(fields, { capital: { amount: 700, currency: "HKD", rate: 7.8, usd: 90 } });
    expect(finding).toMatchObject({ path: "capital", rule: "money.usd", params: { expected: 89.7436 } });
    expect(errorsOf(fields, { capital: { amount: 5, currency: "USD", usd: 6 } })).toEqual([
      ["capital", "money.usd"],
    ]);
    expect(errorsOf(fields, { capital: { amount: 700, currency: "HKD", rate: 7.8, usd: 89.74 } })).toEqual(
      [],
    );
  });

  it("keeps a fixed 人民币 field in 人民币 and checks the rate date", () => {
    const capital = { amount: 1, currency: "USD" };
    expect(errorsOf(fields, { capital, income: { amount: 1, currency: "HKD" } })).toEqual([
      ["income", "money.currency"],
    ]);
    expect(firstError(fields, { capital, income: { amount: 1, rateDate: "2024-02-30" } })).toMatchObject({
      path: "income",
      rule: "date",
      params: { format: "date.day" },
    });
    expect(errorsOf(fields, { capital, income: { amount: "abc" } })).toEqual([["income", "number"]]);
    // A bare figure where the amount object belongs is not an amount in 万元 of some currency.
    expect(errorsOf(fields, { capital, income: 12 })).toEqual([["income", "shape"]]);
  });
});

describe("group, rows and matrix", () => {
  const fields: Field[] = [
    {
      id: "contacts",
      kind: "group",
      label,
      fields: [{ id: "mobile", kind: "text", required: true, label }],
    },
    {
      id: "investors",
      kind: "rows",
      minRows: 2,
      maxRows: 3,
      label,
      rowKinds: [
        { value: "cn", label: { zh: "中方投资者", en: "Chinese investors" } },
        { value: "foreign", label: { zh: "外方投资者", en: "Foreign investors" } },
      ],
      columns: [
        { id: "investor", kind: "text", required: true, label },
        { id: "share", kind: "decimal", max: 100, label },
      ],
    },
    {
      id: "hr",
      kind: "matrix",
      label,
      columns: [
        { id: "previous", label: { zh: "上年同期", en: "Same period last year" } },
        { id: "current", label: { zh: "本年", en: "This year" } },
      ],
      rows: [
        { id: "head", level: 0, heading: true, label: { zh: "一、人员", en: "I. Staff" } },
        {
          id: "401",
          code: "401",
          level: 1,
          kind: "integer",
          unit: "人",
          label: { zh: "从业人员", en: "Employees" },
        },
        {
          id: "402",
          code: "402",
          level: 2,
          blank: ["previous"],
          label: { zh: "其中：女性", en: "Of which: women" },
        },
      ],
    },
  ];
  const contacts = { mobile: "13800138000" };

  it("reports the fields inside a missing or malformed group", () => {
    expect(errorsOf(fields, {})).toEqual([["contacts.mobile", "required"]]);
    expect(errorsOf(fields, { contacts: "oops" })).toEqual([["contacts", "shape"]]);
    expect(errorsOf(fields, { contacts: null })).toEqual([["contacts.mobile", "required"]]);
  });

  it("checks each row at its index, and the number of rows", () => {
    const investors = [{ investor: "甲", share: 50 }, { share: 150 }];
    expect(errorsOf(fields, { contacts, investors })).toEqual([
      ["investors.1.investor", "required"],
      ["investors.1.share", "max"],
    ]);
    expect(firstError(fields, { contacts, investors: [{ investor: "甲" }] })).toMatchObject({
      path: "investors",
      rule: "rows.min",
      params: { min: 2 },
    });
    const four = Array.from({ length: 4 }, () => ({ investor: "甲" }));
    expect(firstError(fields, { contacts, investors: four })).toMatchObject({
      rule: "rows.max",
      params: { max: 3 },
    });
    expect(errorsOf(fields, { contacts, investors: [] })).toEqual([]);
    expect(errorsOf(fields, { contacts, investors: [null, "x"] })).toEqual([
      ["investors.0.investor", "required"],
      ["investors.1.investor", "required"],
    ]);
  });

  it("reports a figure or a text posted where rows or a matrix belong at the field", () => {
    expect(errorsOf(fields, { contacts, investors: "lots" })).toEqual([["investors", "shape"]]);
    expect(errorsOf(fields, { contacts, investors: { 0: { investor: "甲" } } })).toEqual([
      ["investors", "shape"],
    ]);
    expect(errorsOf(fields, { contacts, hr: 12 })).toEqual([["hr", "shape"]]);
    expect(errorsOf(fields, { contacts, hr: [] })).toEqual([]);
    const finding = compileTable(tableOf(fields)).validate({ contacts, hr: "x" }).errors[0];
    expect(finding).toMatchObject({ path: "hr", rule: "shape", messageKey: "validation.shape" });
  });

  it("reports any number of broken rows without overflowing the stack", () => {
    // 150,000 rows with two issues each: zod would spread them into one call; the list keeps 10,000.
    const table = tableOf([
      {
        id: "investors",
        kind: "rows",
        label,
        columns: [
          { id: "investor", kind: "text", required: true, label },
          { id: "share", kind: "decimal", label },
        ],
      },
    ]);
    const investors = Array.from({ length: 150_000 }, () => ({ share: "x" }));
    const result = compileTable(table).validate({ investors });
    expect(result.errors).toHaveLength(10_000);
    expect(result.errors[0]).toMatchObject({ path: "investors.0.investor", rule: "required" });
    expect(result.errors.at(-1)).toMatchObject({ path: "investors.4999.share", rule: "number" });
  });

  it("checks the row kind of each row", () => {
    const investors = [
      { rowKind: "cn", investor: "甲" },
      { rowKind: "other", investor: "乙" },
    ];
    expect(errorsOf(fields, { contacts, investors })).toEqual([["investors.1", "option"]]);
  });

  it("checks matrix cells at row.column paths, skipping headings and blank cells", () => {
    const hr = {
      "401": { previous: "1.5", current: "abc" },
      "402": { previous: "x", current: 2.5 },
      head: { current: "x" },
    };
    const result = compileTable(tableOf(fields)).validate({ contacts, hr });
    expect(result.errors.map((finding) => [finding.path, finding.rule])).toEqual([
      ["hr.401.previous", "integer"],
      ["hr.401.current", "number"],
    ]);
    expect(result.errors[1]).toMatchObject({
      code: "401",
      params: { label: "从业人员", labelEn: "Employees", code: "401", column: "本年", columnEn: "This year" },
    });
  });

  it("requires every cell of a required matrix", () => {
    const required = fields.map((field) => (field.kind === "matrix" ? { ...field, required: true } : field));
    expect(errorsOf(required, { contacts })).toEqual([["hr", "required"]]);
    expect(errorsOf(required, { contacts, hr: { "401": { previous: 1 } } })).toEqual([
      ["hr.401.current", "required"],
      ["hr.402.current", "required"],
    ]);
  });
});

describe("showWhen", () => {
  const fields: Field[] = [
    { id: "exporter", kind: "yesNo", label },
    {
      id: "note",
      kind: "text",
      required: true,
      maxLength: 2,
      showWhen: { field: "exporter", equals: true },
      label,
    },
    {
      id: "details",
      kind: "group",
      showWhen: { field: "exporter", equals: true },
      label,
      fields: [{ id: "market", kind: "text", required: true, label }],
    },
    {
      id: "investors",
      kind: "rows",
      label,
      columns: [
        { id: "origin", kind: "text", label },
        {
          id: "country",
          kind: "text",
          required: true,
          showWhen: { field: "origin", equals: "foreign" },
          label,
        },
      ],
    },
  ];

  it("does not validate hidden fields, even invalid values left in them", () => {
    expect(errorsOf(fields, {})).toEqual([]);
    expect(errorsOf(fields, { exporter: false, note: "too long", details: { market: 5 } })).toEqual([]);
  });

  it("validates them once shown", () => {
    expect(errorsOf(fields, { exporter: true })).toEqual([
      ["note", "required"],
      ["details.market", "required"],
    ]);
    expect(errorsOf(fields, { exporter: "true", note: "too long", details: { market: "欧洲" } })).toEqual([
      ["note", "maxLength"],
    ]);
  });

  it("evaluates a column's condition in its own row, naming a sibling by id", () => {
    const investors = [{ origin: "cn" }, { origin: "foreign" }, { origin: "foreign", country: "新加坡" }];
    expect(errorsOf(fields, { investors })).toEqual([["investors.1.country", "required"]]);
  });

  it("hides a section by the host context, at compile time or per call", () => {
    const table = tableOf(
      [{ id: "a", kind: "text", label }],
      [],
      [
        {
          id: "mfg",
          showWhen: { context: "track", equals: "manufacturing" },
          fields: [{ id: "output", kind: "decimal", required: true, label }],
        },
      ],
    );
    expect(compileTable(table).validate({}).errors).toEqual([]);
    const manufacturing = compileTable(table, { context: { track: "manufacturing" } });
    expect(manufacturing.validate({}).errors.map((finding) => finding.path)).toEqual(["output"]);
    expect(manufacturing.validate({}, { context: { track: "service" } }).errors).toEqual([]);
    expect(manufacturing.isShown("#section:mfg", {})).toBe(true);
    expect(manufacturing.isShown("output", {}, { context: {} })).toBe(false);
  });

  it("answers isShown, hasCondition and visibleFields for the renderer", () => {
    const compiled = compileTable(tableOf(fields));
    const submission = { exporter: true, investors: [{ origin: "cn" }, { origin: "foreign" }] };
    expect(compiled.isShown("note", submission)).toBe(true);
    expect(compiled.isShown("note", {})).toBe(false);
    expect(compiled.isShown("details.market", {})).toBe(false);
    expect(compiled.isShown("investors.0.country", submission)).toBe(false);
    expect(compiled.isShown("investors.1.country", submission)).toBe(true);
    expect(compiled.hasCondition("details.market")).toBe(true);
    expect(compiled.hasCondition("exporter")).toBe(false);
    // What a keystroke must touch to change any shown state: the fields a showWhen reads, the rows
    // holding one (a row added or removed), nothing else.
    expect(compiled.affectsVisibility("exporter")).toBe(true);
    expect(compiled.affectsVisibility("investors.1.origin")).toBe(true);
    expect(compiled.affectsVisibility("investors.1")).toBe(true);
    expect(compiled.affectsVisibility("investors")).toBe(true);
    expect(compiled.affectsVisibility("note")).toBe(false);
    expect(compiled.affectsVisibility("details.market")).toBe(false);
    expect(compiled.affectsVisibility("investors.1.country")).toBe(false);
    expect(compiled.affectsVisibility("investors.x.origin")).toBe(false);
    expect(compileTable(tableOf([{ id: "a", kind: "text", label }])).affectsVisibility("a")).toBe(false);
    expect(compiled.visibleFields(submission)).toEqual([
      "exporter",
      "note",
      "details",
      "details.market",
      "investors",
      "investors.0.origin",
      "investors.1.origin",
      "investors.1.country",
    ]);
  });
});

describe("the sample table", () => {
  const compiled = compileTable(sampleTable, { context: sampleContext });

  it("passes the valid sample", () => {
    expect(compiled.validate(sampleValid)).toEqual({ ok: true, errors: [], warnings: [] });
  });

  it("sorts findings in form order: fields, rows by index, then matrix rows and columns", () => {
    const broken: Submission = {
      ...sampleValid,
      name: "",
      uscc: "",
      ownership: "9",
      staff: -1,
      capital: { amount: 1 },
      contacts: {},
      investors: [{ origin: "foreign", share: 30 }, { share: "abc" }],
      hr: { total: { previous: 1.5, current: 320 }, "402": { current: 100 }, "403": { current: 200 } },
    };
    const result = compiled.validate(broken);
    expect(result.ok).toBe(false);
    expect(result.errors.map((finding) => `${finding.path} ${finding.rule}`)).toEqual([
      "name required",
      "uscc id-one",
      "ownership otherText",
      "staff min",
      "capital money.currency",
      "contacts.mobile required",
      "investors.0.investor required",
      "investors.0.country required",
      "investors.0.share shares",
      "investors.1.investor required",
      "investors.1.share number",
      "hr.total.previous integer",
      "hr.total.current hr-sum",
    ]);
    expect(result.warnings.map((finding) => `${finding.path} ${finding.rule}`)).toEqual(["staff staff-only"]);
  });

  it("gives every finding a known message key with its parameters, and a path in the form", () => {
    const result = compiled.validate({
      investors: [{}],
      hr: { total: { current: 1 } },
      capital: { amount: 1 },
    });
    for (const finding of [...result.errors, ...result.warnings]) {
      expect(compiled.fieldAt(finding.path)).toBeDefined();
      const names = messageKeys[finding.messageKey as keyof typeof messageKeys];
      expect(names).toBeDefined();
      for (const name of names) expect(finding.params).toHaveProperty(name);
      expect(finding.params.labelEn).toEqual(expect.any(String));
    }
  });

  it("keeps rule totals finite when figures are huge: the field checks report those", () => {
    const result = compiled.validate({
      ...sampleValid,
      revenue: "9".repeat(400),
      hr: { ...(sampleValid.hr as object), "402": { current: 1e308 }, "403": { current: Number.MAX_VALUE } },
      investors: [{ investor: "甲", share: 1e308 }],
    });
    for (const finding of [...result.errors, ...result.warnings]) {
      for (const value of Object.values(finding.params)) {
        if (typeof value === "number")
          expect(Number.isFinite(value), `${finding.path} ${finding.rule}`).toBe(true);
      }
    }
    expect(result.errors.map((finding) => `${finding.path} ${finding.rule}`)).toEqual(
      expect.arrayContaining(["revenue number", "investors.0.share max", "hr.402.current max"]),
    );
  });

  it("treats a submission that is not an object as an empty one", () => {
    const empty = compiled.validate({});
    for (const value of [null, 42, "text", [], undefined]) expect(compiled.validate(value)).toEqual(empty);
  });

  it("exposes a zod schema that skips hidden fields and reads numbers", () => {
    const parsed = compiled.schema.safeParse({ ...sampleValid, staff: "３２０", exportNote: 5 });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.staff).toBe(320);
    expect(compiled.schema.safeParse({ ...sampleValid, exporter: true }).success).toBe(false);
  });
});

describe("normalize", () => {
  const compiled = compileTable(sampleTable);

  it("keeps what the validator reads: unknown keys, hidden fields' values and blanks dropped, figures read", () => {
    const posted = {
      ...sampleValid,
      junk: "not a field",
      exportNote: "hidden while 107 is 否",
      staff: "３２０",
      name: "深圳测试科技有限公司",
      term: "",
    };
    const stored = compiled.normalize(posted, { context: sampleContext });
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty("junk");
    expect(stored).not.toHaveProperty("exportNote");
    expect(stored).not.toHaveProperty("term");
    expect(stored?.staff).toBe(320);
    expect(stored?.name).toBe("深圳测试科技有限公司");
  });

  it("keeps a shown field's value", () => {
    const stored = compiled.normalize(
      { ...sampleValid, exporter: true, exportNote: "出口日本" },
      { context: sampleContext },
    );
    expect(stored?.exportNote).toBe("出口日本");
  });

  it("answers undefined when a field check fails", () => {
    expect(compiled.normalize({ ...sampleValid, staff: "many" }, { context: sampleContext })).toBeUndefined();
  });

  it("is what validate answers as its value when asked, and only then", () => {
    const posted = [
      { ...sampleValid, junk: "x", exportNote: "hidden", staff: "３２０", term: "" },
      { ...sampleValid, exporter: true, exportNote: "出口日本" },
      { ...sampleValid, staff: "many" },
    ];
    for (const submission of posted) {
      const result = compiled.validate(submission, { context: sampleContext, withValue: true });
      const stored = compiled.normalize(submission, { context: sampleContext });
      expect(result.value).toEqual(stored);
      expect(JSON.stringify(result.value)).toBe(JSON.stringify(stored));
      expect(compiled.validate(submission, { context: sampleContext })).not.toHaveProperty("value");
    }
  });
});
