import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { describe, expect, it } from "vitest";
import { csvField, exportColumns, toCsv } from "./csv";
import { parseCsv } from "./csv-parse.test-helper";
import { formModules } from "./fixtures.test-helper";

function formTable(id: string): FormTable {
  const table = getTableModule(id)?.table;
  if (table?.kind !== "form") throw new Error(`${id} is not a form table`);
  return table;
}

describe("exportColumns", () => {
  it.each(formModules.map((m) => [m.id, m] as const))(
    "gives %s unique headers, one per leaf",
    (_id, module) => {
      const columns = exportColumns(module.table, [module.fixtures.valid, module.fixtures.english]);
      const headers = columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      expect(headers.every((h) => h !== "")).toBe(true);
    },
  );

  it("uses printed codes, flattens rows by index and matrices by row code and column", () => {
    const table: FormTable = {
      id: "example",
      kind: "form",
      title: { zh: "示例", en: "Example" },
      source: { document: { zh: "文件", en: "Document" }, seed: "seed.txt" },
      rules: [],
      sections: [
        {
          id: "body",
          fields: [
            { id: "name", kind: "text", code: "101", label: { zh: "名称", en: "Name" } },
            { id: "note", kind: "text", label: { zh: "备注", en: "Note" } },
            {
              id: "multinational",
              kind: "yesNo",
              code: "109",
              label: { zh: "跨国公司", en: "Multinational" },
            },
            {
              id: "nature",
              kind: "choice",
              code: "206",
              otherValue: "other",
              label: { zh: "性质", en: "Nature" },
              options: [
                { value: "onshore", code: "1", label: { zh: "在岸", en: "Onshore" } },
                { value: "other", label: { zh: "其他", en: "Other" } },
              ],
            },
            {
              id: "areas",
              kind: "choice",
              multiple: true,
              label: { zh: "领域", en: "Areas" },
              options: [
                {
                  value: "ito",
                  label: { zh: "信息技术外包", en: "ITO" },
                  children: [
                    { value: "software", code: "I11", label: { zh: "软件", en: "Software" } },
                    { value: "cloud", code: "I12", label: { zh: "云", en: "Cloud" } },
                  ],
                },
              ],
            },
            {
              id: "contacts",
              kind: "group",
              code: "120",
              label: { zh: "联系方式", en: "Contact details" },
              fields: [{ id: "email", kind: "text", label: { zh: "电子邮箱", en: "Email" } }],
            },
            {
              id: "capital",
              kind: "money",
              code: "117",
              unit: "万元",
              currency: "any",
              usd: true,
              label: { zh: "注册资本", en: "Registered capital" },
            },
            {
              id: "investors",
              kind: "rows",
              code: "119",
              label: { zh: "投资者", en: "Investors" },
              columns: [
                { id: "name", kind: "text", code: "x", label: { zh: "名称", en: "Name" } },
                { id: "share", kind: "decimal", label: { zh: "占比", en: "Share" } },
              ],
            },
            {
              id: "hr",
              kind: "matrix",
              label: { zh: "人力资源", en: "Human resources" },
              columns: [
                { id: "previous", label: { zh: "上年同期", en: "Same period last year" } },
                { id: "current", label: { zh: "本年", en: "This year" } },
              ],
              rows: [
                { id: "heading", level: 0, heading: true, label: { zh: "一、", en: "1." } },
                { id: "401", code: "401", level: 0, label: { zh: "期末人数", en: "At period end" } },
                {
                  id: "402",
                  code: "402",
                  level: 1,
                  blank: ["previous"],
                  label: { zh: "其中", en: "Of which" },
                },
                { id: "plain", level: 1, label: { zh: "无代码", en: "No code" } },
              ],
            },
          ],
        },
      ],
    };
    const submission = {
      name: "=SUM(A1)",
      note: '甲, "乙"\n丙',
      multinational: false,
      nature: "other",
      natureOther: "混合",
      areas: ["software", "cloud"],
      contacts: { email: "a@b.cn" },
      capital: { amount: 710, currency: "HKD", rate: 7.8, rateDate: "2024-12-31", usd: 91.0256 },
      investors: [
        { name: "甲", share: 60 },
        { name: "乙", share: 40 },
      ],
      hr: { "401": { previous: 10, current: 12 }, "402": { current: 3 }, plain: { current: 1 } },
    };
    const columns = exportColumns(table, [submission, { investors: [{}, {}, {}] }]);
    expect(columns.map((c) => c.header)).toEqual([
      "101",
      "note",
      "109",
      "206",
      "206.other",
      "areas",
      "120.email",
      "117.amount",
      "117.currency",
      "117.rate",
      "117.rateDate",
      "117.usd",
      "119.0.name",
      "119.0.share",
      "119.1.name",
      "119.1.share",
      "119.2.name",
      "119.2.share",
      "401.previous",
      "401.current",
      "402.current",
      "hr.plain.previous",
      "hr.plain.current",
    ]);
    expect(columns.map((c) => c.cell(submission))).toEqual([
      "=SUM(A1)",
      '甲, "乙"\n丙',
      "2",
      "other",
      "混合",
      "I11;I12",
      "a@b.cn",
      "710",
      "HKD",
      "7.8",
      "2024-12-31",
      "91.0256",
      "甲",
      "60",
      "乙",
      "40",
      "",
      "",
      "10",
      "12",
      "3",
      "",
      "1",
    ]);
  });

  it("falls back to the path where two fields print the same code", () => {
    const table = formTable("enterprise-1");
    const twice: FormTable = {
      ...table,
      sections: [
        ...table.sections,
        {
          id: "extra",
          fields: [{ id: "again", kind: "text", code: "101", label: { zh: "重复", en: "Repeated" } }],
        },
      ],
    };
    const headers = exportColumns(twice, []).map((c) => c.header);
    expect(headers).not.toContain("101");
    expect(headers).toContain("again");
    expect(headers).toContain(table.sections.flatMap((s) => s.fields).find((f) => f.code === "101")?.id);
  });
});

describe("csvField and toCsv", () => {
  it("quotes per RFC 4180 only where needed", () => {
    expect(csvField("plain 文本")).toBe("plain 文本");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("@SUM(1)")).toBe("'@SUM(1)");
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvField("+8613912345678")).toBe("+8613912345678");
    expect(csvField("-")).toBe("'-");
  });

  it("writes a byte order mark and CRLF records that read back as written", () => {
    const rows = [
      ["id", "102"],
      ["1", '深圳市云帆软件服务有限公司, "云帆"'],
      ["2", "多行\n文本"],
    ];
    const text = toCsv(rows);
    expect(text.startsWith("\uFEFFid,102\r\n")).toBe(true);
    expect(parseCsv(text.slice(1))).toEqual(rows);
  });
});
