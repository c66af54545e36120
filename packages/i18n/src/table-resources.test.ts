import type { FormTable, ReferenceTable } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { createI18n } from "./create-i18n";
import { tableKey, tableResources } from "./table-resources";

// A cut-down 企业1表 and 企业4表: enough of every field kind to exercise the walk.
const form: FormTable = {
  id: "sample-basic",
  kind: "form",
  tableNo: { zh: "服务外包统企业１表", en: "Service Outsourcing Statistics Enterprise Table 1" },
  title: { zh: "服务外包企业基本信息表", en: "Service outsourcing enterprise basic information" },
  issuer: { zh: "商务部", en: "Ministry of Commerce" },
  source: {
    document: { zh: "国统制〔2022〕45号", en: "Guotongzhi [2022] No. 45" },
    seed: "002_d6d363500db4324d.txt",
  },
  notes: [{ zh: "有关指标统计口径请见主要指标解释。", en: "See the main indicator explanation." }],
  sections: [
    {
      id: "identity",
      title: { zh: "基本情况", en: "Basic information" },
      fields: [
        {
          id: "uscc",
          code: "101",
          kind: "code",
          codeType: "uscc",
          label: { zh: "统一社会信用代码", en: "Unified social credit code" },
          help: { zh: "按营业执照填写。", en: "As on the business licence." },
        },
        {
          id: "registrationType",
          code: "108",
          kind: "choice",
          label: { zh: "登记注册类型", en: "Registration type" },
          options: [
            {
              value: "domestic",
              label: { zh: "内资", en: "Domestic" },
              children: [
                { value: "110", code: "110", label: { zh: "国有", en: "State-owned" } },
                { value: "120", code: "120", label: { zh: "集体", en: "Collective" } },
              ],
            },
          ],
        },
        {
          id: "contacts",
          kind: "group",
          label: { zh: "联系方式", en: "Contact details" },
          fields: [{ id: "mobile", kind: "text", format: "mobile", label: { zh: "移动电话", en: "Mobile" } }],
        },
        {
          id: "investors",
          code: "119",
          kind: "rows",
          label: { zh: "投资者", en: "Investors" },
          rowKinds: [
            { value: "domestic", label: { zh: "中方投资者", en: "Chinese investor" } },
            { value: "foreign", label: { zh: "外方投资者", en: "Foreign investor" } },
          ],
          columns: [
            { id: "name", kind: "text", label: { zh: "投资者名称", en: "Investor name" } },
            { id: "share", kind: "decimal", unit: "%", label: { zh: "占比", en: "Share" } },
          ],
        },
      ],
    },
    {
      id: "people",
      fields: [
        {
          id: "hr",
          kind: "matrix",
          label: { zh: "人力资源情况", en: "Human resources" },
          columns: [
            { id: "previous", mark: "1", label: { zh: "上年同期", en: "Same period last year" } },
            { id: "current", mark: "2", label: { zh: "本年", en: "This year" } },
          ],
          rows: [
            {
              id: "401",
              code: "401",
              level: 0,
              unit: "人",
              label: { zh: "一、从业人员期末人数", en: "I. Employees at period end" },
            },
            {
              id: "402",
              code: "402",
              level: 1,
              unit: "人",
              label: { zh: "其中：博士研究生", en: "Of which: doctoral degree" },
            },
          ],
        },
      ],
    },
  ],
  rules: [],
};

const reference: ReferenceTable = {
  id: "sample-reference",
  kind: "reference",
  title: { zh: "服务外包业务分类", en: "Service outsourcing business classification" },
  source: {
    document: { zh: "国统制〔2022〕45号", en: "Guotongzhi [2022] No. 45" },
    seed: "002_d6d363500db4324d.txt",
  },
  columns: [
    { id: "code", label: { zh: "代码", en: "Code" } },
    { id: "name", label: { zh: "名称", en: "Name" } },
  ],
  rows: [
    {
      id: "I11",
      cells: {
        code: { zh: "I11", en: "I11" },
        name: { zh: "软件研发服务", en: "Software research and development services" },
      },
    },
  ],
};

describe("tableResources", () => {
  const resources = tableResources(form);
  const i18n = createI18n({ lang: "zh", resources });

  it("keys every field label and help by table and field path", () => {
    expect(i18n.t(tableKey(form.id, "uscc", "label"))).toBe("统一社会信用代码");
    expect(i18n.t(tableKey(form.id, "uscc", "help"), { lng: "en" })).toBe("As on the business licence.");
    expect(i18n.t("tables.sample-basic.contacts.mobile.label", { lng: "en" })).toBe("Mobile");
    expect(i18n.t(tableKey(form.id, "investors.*.share", "label"))).toBe("占比");
  });

  it("keys options, nested options, row kinds and matrix rows and columns", () => {
    expect(i18n.t(tableKey(form.id, "registrationType", "options.domestic"))).toBe("内资");
    expect(i18n.t(tableKey(form.id, "registrationType", "options.110"), { lng: "en" })).toBe("State-owned");
    expect(i18n.t(tableKey(form.id, "investors", "rowKinds.foreign"))).toBe("外方投资者");
    expect(i18n.t(tableKey(form.id, "hr", "rows.402.label"), { lng: "en" })).toBe(
      "Of which: doctoral degree",
    );
    expect(i18n.t(tableKey(form.id, "hr", "columns.previous.label"))).toBe("上年同期");
  });

  it("keys the header, notes and section titles apart from the fields", () => {
    expect(resources.zh).toMatchObject({
      tables: {
        "sample-basic": {
          _table: {
            title: "服务外包企业基本信息表",
            tableNo: "服务外包统企业１表",
            issuer: "商务部",
            source: "国统制〔2022〕45号",
          },
          _notes: { 0: "有关指标统计口径请见主要指标解释。" },
          _sections: { identity: { title: "基本情况" } },
        },
      },
    });
  });

  it("keys a reference table's columns and cells", () => {
    const ref = createI18n({ lang: "en", resources: tableResources(reference) });
    expect(ref.t("tables.sample-reference._columns.name")).toBe("Name");
    expect(ref.t("tables.sample-reference._rows.I11.name")).toBe(
      "Software research and development services",
    );
  });

  it("lets a host override one label and leaves the rest", () => {
    const host = createI18n({
      lang: "en",
      resources,
      overrides: { en: { [tableKey(form.id, "uscc", "label")]: "USCC" } },
    });
    expect(host.t(tableKey(form.id, "uscc", "label"))).toBe("USCC");
    expect(host.t(tableKey(form.id, "uscc", "help"))).toBe("As on the business licence.");
    expect(createI18n({ lang: "en", resources }).t(tableKey(form.id, "uscc", "label"))).toBe(
      "Unified social credit code",
    );
  });

  it("refuses a field id that would overwrite another string", () => {
    const clash: FormTable = {
      ...form,
      sections: [
        {
          id: "only",
          fields: [
            {
              id: "contacts",
              kind: "group",
              label: { zh: "联系方式", en: "Contact details" },
              fields: [{ id: "label", kind: "text", label: { zh: "标签", en: "Tag" } }],
            },
          ],
        },
      ],
    };
    expect(() => tableResources(clash)).toThrow(/tables\.sample-basic\.contacts\.label/);
  });
});
