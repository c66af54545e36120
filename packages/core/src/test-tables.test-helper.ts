import { walkFields } from "./fields";
import type { Field, FormTable, Rule, Section, Submission } from "./model";

const source = { document: { zh: "测试文件", en: "Test document" }, seed: "none" };

/** A one-section table around some fields, for tests that look at one kind at a time. */
export function tableOf(fields: Field[], rules: Rule[] = [], extraSections: Section[] = []): FormTable {
  return {
    id: "test-table",
    kind: "form",
    title: { zh: "测试表", en: "Test table" },
    source,
    sections: [{ id: "main", fields }, ...extraSections],
    rules,
  };
}

/** A table with every field kind, conditions and rule kinds, for order, property and DOM tests. */
export const sampleTable: FormTable = {
  id: "sample",
  kind: "form",
  tableNo: { zh: "测试１表", en: "Test Table 1" },
  title: { zh: "样例企业情况", en: "Sample enterprise information" },
  source,
  sections: [
    {
      id: "basic",
      fields: [
        {
          id: "name",
          code: "101",
          kind: "text",
          label: { zh: "单位详细名称", en: "Full name of the entity" },
          required: true,
          maxLength: 20,
        },
        {
          id: "uscc",
          code: "102",
          kind: "code",
          codeType: "uscc",
          label: { zh: "统一社会信用代码", en: "Unified social credit code" },
        },
        {
          id: "orgCode",
          code: "103",
          kind: "code",
          codeType: "orgCode",
          groups: [8, 1],
          label: { zh: "组织机构代码", en: "Organization code" },
        },
        {
          id: "founded",
          code: "104",
          kind: "date",
          precision: "day",
          label: { zh: "成立日期", en: "Date of establishment" },
        },
        {
          id: "ownership",
          code: "105",
          kind: "choice",
          label: { zh: "控股情况", en: "Controlling interest" },
          required: true,
          otherValue: "9",
          options: [
            {
              value: "1",
              label: { zh: "公有", en: "Public" },
              children: [
                { value: "11", code: "11", label: { zh: "国有", en: "State" } },
                { value: "12", code: "12", label: { zh: "集体", en: "Collective" } },
              ],
            },
            { value: "2", code: "2", label: { zh: "私人", en: "Private" } },
            { value: "9", code: "9", label: { zh: "其他", en: "Other" } },
          ],
        },
        {
          id: "areas",
          code: "106",
          kind: "choice",
          multiple: true,
          label: { zh: "业务领域", en: "Business areas" },
          options: [
            { value: "ito", label: { zh: "信息技术外包", en: "Information technology outsourcing" } },
            { value: "bpo", label: { zh: "业务流程外包", en: "Business process outsourcing" } },
          ],
        },
        { id: "exporter", code: "107", kind: "yesNo", label: { zh: "是否出口", en: "Exports" } },
        {
          id: "exportNote",
          code: "108",
          kind: "longText",
          maxLength: 50,
          required: true,
          showWhen: { field: "exporter", equals: true },
          label: { zh: "出口说明", en: "Export note" },
        },
        {
          id: "staff",
          code: "109",
          kind: "integer",
          unit: "人",
          min: 0,
          label: { zh: "从业人员", en: "Employees" },
        },
        {
          id: "term",
          code: "110",
          kind: "integer",
          unit: "月",
          accepts: ["无"],
          label: { zh: "合同期限", en: "Contract term" },
        },
        {
          id: "revenue",
          code: "111",
          kind: "decimal",
          unit: "万元",
          scale: 2,
          label: { zh: "营业收入", en: "Revenue" },
        },
        {
          id: "capital",
          code: "112",
          kind: "money",
          unit: "万元",
          currency: "any",
          usd: true,
          label: { zh: "注册资本", en: "Registered capital" },
        },
        {
          id: "contacts",
          kind: "group",
          label: { zh: "联系方式", en: "Contact details" },
          fields: [
            {
              id: "mobile",
              kind: "text",
              format: "mobile",
              required: true,
              label: { zh: "手机", en: "Mobile" },
            },
            { id: "postcode", kind: "text", format: "postcode", label: { zh: "邮政编码", en: "Postcode" } },
          ],
        },
        {
          id: "investors",
          code: "113",
          kind: "rows",
          label: { zh: "投资者", en: "Investors" },
          maxRows: 3,
          columns: [
            {
              id: "investor",
              kind: "text",
              required: true,
              label: { zh: "投资者名称", en: "Name of investor" },
            },
            {
              id: "origin",
              kind: "choice",
              label: { zh: "中方或外方", en: "Chinese or foreign" },
              options: [
                { value: "cn", label: { zh: "中方", en: "Chinese" } },
                { value: "foreign", label: { zh: "外方", en: "Foreign" } },
              ],
            },
            {
              id: "country",
              kind: "text",
              required: true,
              showWhen: { field: "origin", equals: "foreign" },
              label: { zh: "国别", en: "Country" },
            },
            {
              id: "share",
              kind: "decimal",
              unit: "%",
              label: { zh: "出资比例", en: "Share of contribution" },
            },
          ],
        },
        {
          id: "hr",
          code: "4",
          kind: "matrix",
          label: { zh: "人力资源", en: "Human resources" },
          columns: [
            { id: "previous", mark: "1", label: { zh: "上年同期", en: "Same period last year" } },
            { id: "current", mark: "2", label: { zh: "本年", en: "This year" } },
          ],
          rows: [
            {
              id: "total",
              code: "401",
              level: 0,
              unit: "人",
              kind: "integer",
              label: { zh: "从业人员", en: "Employees" },
            },
            {
              id: "402",
              code: "402",
              level: 1,
              unit: "人",
              kind: "integer",
              label: { zh: "其中：女性", en: "Of which: women" },
            },
            {
              id: "403",
              code: "403",
              level: 1,
              unit: "人",
              kind: "integer",
              label: { zh: "大学本科", en: "Bachelor's degree" },
            },
            {
              id: "404",
              code: "404",
              level: 1,
              unit: "人",
              kind: "integer",
              label: { zh: "硕士研究生", en: "Master's degree" },
            },
          ],
        },
        {
          id: "thisPeriod",
          code: "114",
          kind: "decimal",
          unit: "万元",
          label: { zh: "本期执行金额", en: "Executed amount this period" },
        },
        {
          id: "cumulative",
          code: "115",
          kind: "decimal",
          unit: "万元",
          readOnly: true,
          label: { zh: "累计执行金额", en: "Cumulative executed amount" },
        },
      ],
    },
    {
      id: "manufacturing",
      title: { zh: "制造业企业填报", en: "For manufacturing enterprises" },
      showWhen: { context: "track", equals: "manufacturing" },
      fields: [
        {
          id: "output",
          code: "201",
          kind: "decimal",
          unit: "万元",
          required: true,
          label: { zh: "工业总产值", en: "Gross industrial output" },
        },
      ],
    },
  ],
  rules: [
    { id: "id-one", kind: "requireOne", severity: "error", targets: ["uscc", "orgCode"] },
    {
      id: "hr-sum",
      kind: "sum",
      severity: "error",
      total: "hr.total.current",
      parts: ["hr.402.current", "hr.403.current"],
    },
    {
      id: "hr-master",
      kind: "atMost",
      severity: "error",
      parts: ["hr.404.current"],
      whole: "hr.total.current",
    },
    { id: "shares", kind: "totalEquals", severity: "error", parts: ["investors.*.share"], value: 100 },
    { id: "revenue-floor", kind: "threshold", severity: "warning", target: "revenue", min: 3000 },
    {
      id: "term-export",
      kind: "requiredWhen",
      severity: "error",
      target: "term",
      when: { field: "areas", includes: "ito" },
    },
    {
      id: "staff-only",
      kind: "onlyWhen",
      severity: "warning",
      target: "staff",
      when: { field: "name", filled: true },
    },
    {
      id: "cumulative",
      kind: "derived",
      severity: "error",
      target: "cumulative",
      formula: { op: "sum", of: ["thisPeriod", { context: "previousCumulative" }] },
    },
  ],
};

/** A submission of {@link sampleTable} with no finding. */
export const sampleValid: Submission = {
  name: "深圳测试科技有限公司",
  uscc: "91440300708461136T",
  founded: "2020-02-29",
  ownership: "11",
  areas: ["bpo"],
  exporter: false,
  staff: 320,
  term: "无",
  revenue: 3500.25,
  capital: { amount: 700, currency: "HKD", rate: 7.8, rateDate: "2024-12-31", usd: 89.7436 },
  contacts: { mobile: "13800138000", postcode: "100731" },
  investors: [
    { investor: "甲公司", origin: "cn", share: 60 },
    { investor: "Acme Ltd", origin: "foreign", country: "Singapore", share: 40 },
  ],
  hr: {
    total: { previous: 300, current: 320 },
    "402": { previous: 100, current: 120 },
    "403": { previous: 200, current: 200 },
    "404": { current: 30 },
  },
  thisPeriod: 12.5,
  cumulative: 112.5,
};

/** The host context {@link sampleValid} was filled with. */
export const sampleContext = { previousCumulative: 100, track: "service" };

/** Every place a value can go: fields (in the given rows), matrix cells and money parts. */
export function placesOf(table: FormTable, rows: readonly string[]): string[] {
  const places: string[] = [];
  walkFields(table, (field, path) => {
    for (const row of path.includes("*") ? rows : [""]) {
      const at = row === "" ? path : path.replace("*", row);
      places.push(at);
      if (field.kind === "money")
        for (const part of ["amount", "currency", "rate", "rateDate", "usd"]) places.push(`${at}.${part}`);
      if (field.kind === "matrix")
        for (const matrixRow of field.rows)
          for (const column of field.columns) places.push(`${at}.${matrixRow.id}.${column.id}`);
    }
  });
  return places;
}
