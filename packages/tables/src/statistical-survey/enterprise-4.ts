import type { FormTable, MatrixRow, Rule, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import {
  footerSection,
  headerSection,
  identifierRule,
  scheduleOf,
  seeExplanations,
  surveyApproval,
  surveySource,
} from "./common";
import { enterprise4Fixtures } from "./enterprise-4.fixtures";

const matrixId = "humanResources";

const educationLevels: Text[] = [
  { zh: "其中：博士研究生", en: "Of which: doctoral degree" },
  { zh: "硕士研究生", en: "Master's degree" },
  { zh: "大学本科", en: "Bachelor's degree" },
  { zh: "大学专科", en: "Junior college" },
  { zh: "其他", en: "Other" },
];

// A total (401, 411, 421) with its five education rows; 上年同期 is printed — on the breakdown.
function block(totalCode: number, label: Text): MatrixRow[] {
  const total: MatrixRow = { id: String(totalCode), code: String(totalCode), label, unit: "人", level: 0 };
  const parts = educationLevels.map(
    (education, index): MatrixRow => ({
      id: String(totalCode + index + 1),
      code: String(totalCode + index + 1),
      label: education,
      unit: "人",
      level: 1,
      blank: ["previous"],
    }),
  );
  return [total, ...parts];
}

const cell = (row: number, column: "previous" | "current") => `${matrixId}.${row}.${column}`;

function educationSum(id: string, total: number, source: Text): Rule {
  return {
    id,
    kind: "sum",
    severity: "error",
    total: cell(total, "current"),
    parts: [1, 2, 3, 4, 5].map((offset) => cell(total + offset, "current")),
    at: cell(total, "current"),
    source,
  };
}

// 指标解释（四）'s definition of 411, word for word; it does not itself say "at most 401" (see the editor's note).
const outsourcingDefinition: Text = {
  zh:
    "“服务外包从业人员期末人数”是指截至报送期，在企业内拥有劳动合同关系且从事服务外包业务的实际人数，" +
    "辅助和后勤人员不应计入统计。",
  en:
    "“Service outsourcing employees at period end” means the actual number of people, up to the reporting date, " +
    "who have an employment contract with the enterprise and work on service outsourcing business; support and " +
    "logistics staff are not counted.",
};

function outsourcingWithinEmployees(column: "previous" | "current"): Rule {
  return {
    id: `outsourcing-employees-within-employees-${column}`,
    kind: "atMost",
    severity: "error",
    parts: [cell(411, column)],
    whole: cell(401, column),
    at: cell(411, column),
    source: outsourcingDefinition,
  };
}

const employeesHelp: Text = {
  zh:
    "从业人员期末人数：填写企业上期从业人员期末人数和本期从业人员期末人数，并分别填写本期期末从业人员的学历构成，" +
    "其中大学专科、大学本科、硕士研究生、博士研究生、其他的具体人数。",
  en:
    "Employees at period end: fill in the enterprise's employees at the end of the previous period and at the end " +
    "of this period, and give the education of the employees at the end of this period: the numbers with junior " +
    "college, bachelor's degree, master's degree, doctoral degree and other.",
};

const outsourcingHelp: Text = {
  zh:
    "服务外包从业人员变动情况：填写企业上期期末和本期期末服务外包从业人员人数，并分别填写本期期末服务外包从业人员的" +
    "学历构成，其中大学专科、大学本科、硕士研究生、博士研究生、其他的具体人数。“服务外包从业人员期末人数”是指截至" +
    "报送期，在企业内拥有劳动合同关系且从事服务外包业务的实际人数，辅助和后勤人员不应计入统计。",
  en:
    "Change in service outsourcing employees: fill in the enterprise's service outsourcing employees at the end of " +
    "the previous period and at the end of this period, and give the education of the service outsourcing " +
    "employees at the end of this period: the numbers with junior college, bachelor's degree, master's degree, " +
    "doctoral degree and other. “Service outsourcing employees at period end” means the actual number of people, up to the " +
    "reporting date, who have an employment contract with the enterprise and work on service outsourcing " +
    "business; support and logistics staff are not counted.",
};

const traineesHelp: Text = {
  zh:
    "服务外包受训人员变动情况：填写企业上期期别和本期期别内受训人员人数，并分别填写本期期别内受训人员的学历构成，" +
    "其中大学专科、大学本科、硕士研究生、博士研究生、其他的具体人数。",
  en:
    "Change in service outsourcing trainees: fill in the number of trainees in the previous period and in this " +
    "period, and give the education of the trainees in this period: the numbers with junior college, " +
    "bachelor's degree, master's degree, doctoral degree and other.",
};

const table: FormTable = {
  id: "enterprise-4",
  kind: "form",
  tableNo: { zh: "服务外包统企业４表", en: "Service outsourcing statistics enterprise table 4" },
  title: { zh: "服务外包人力资源情况登记表", en: "Service outsourcing human resources record form" },
  ...surveyApproval,
  ...scheduleOf("enterprise-4"),
  // 报告期别 年报: one filing per enterprise per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"], filerCode: "creditCode" },
  source: surveySource({
    zh: "三、调查表式（一）服务外包企业报表",
    en: "III Survey forms (1) Service outsourcing enterprise tables",
  }),
  notes: [
    { zh: "本表由服务外包企业网上填报。", en: "Service outsourcing enterprises fill in this table online." },
    seeExplanations,
    {
      zh:
        "编者注：上年同期栏只在401、411、421三行留空，学历构成各行印“—”；与指标解释一致（上期只填总人数，学历构成只填" +
        "本期）。",
      en:
        "Editor's note: the “same period last year” column is open only on rows 401, 411 and 421 and printed “—” on " +
        "every education row; this matches the indicator explanations (the previous period gives totals only, the education " +
        "breakdown is for this period).",
    },
    {
      zh:
        "编者注：指标解释未直接写明411不大于401；它把服务外包从业人员定义为“在企业内拥有劳动合同关系且从事服务外包业务" +
        "的实际人数”，即企业从业人员中的一部分，故上年同期、本年两栏均按411不大于401校验。",
      en:
        "Editor's note: the indicator explanations do not say in so many words that 411 is at most 401; they define " +
        "service outsourcing employees as “the actual number of people who have an employment contract with the " +
        "enterprise and work on service outsourcing business”, who are among the enterprise's employees, so 411 is " +
        "checked to be at most 401 in both columns (same period last year and this year).",
    },
  ],
  discrepancies: [
    {
      zh:
        "报表目录称本表为“服务外包人力资源变更情况登记表”，表式、总说明（七）3 与指标解释标题均为“服务外包人力资源情况" +
        "登记表”。按表式。",
      en:
        "The catalogue calls this table “service outsourcing human resources change record form”; the form, " +
        "general note (7) 3 and the heading of the indicator explanations say “service outsourcing human resources record form”. " +
        "The form is followed.",
    },
    {
      zh:
        "指标解释以“服务外包从业人员变动情况”“服务外包受训人员变动情况”为题，表式行名为“服务外包从业人员期末人数”" +
        "“服务外包受训人员期末人数”。行名按表式。",
      en:
        "The indicator explanations are headed “change in service outsourcing employees” and “change in service outsourcing " +
        "trainees”; the form's rows are “service outsourcing employees at period end” and “service outsourcing " +
        "trainees at period end”. The row names follow the form.",
    },
    {
      zh: "421 行名为“期末人数”，指标解释要求填写“本期期别内受训人员人数”（期内人数）。行名按表式，解释作为帮助文字。",
      en:
        "Row 421 says “at period end”; the indicator explanation asks for the number of trainees during the period. " +
        "The row name follows the form; the indicator explanation is the help text.",
    },
    {
      zh: "指标解释列学历为“大学专科、大学本科、硕士研究生、博士研究生、其他”，表式顺序为博士研究生在前。按表式顺序。",
      en:
        "The indicator explanations list education as junior college, bachelor's degree, master's degree, " +
        "doctoral degree, other; the form prints doctoral degree first. The form's order is kept.",
    },
  ],
  sections: [
    headerSection({ precision: "year" }),
    {
      id: "body",
      role: "body",
      fields: [
        {
          id: matrixId,
          kind: "matrix",
          label: { zh: "人力资源情况", en: "Human resources" },
          help: {
            zh: [
              employeesHelp.zh,
              "本期指报告年度，上期指本期的上一年度。",
              outsourcingHelp.zh,
              traineesHelp.zh,
            ].join("\n"),
            en: [
              employeesHelp.en,
              "This period means the reporting year; the previous period means the year before it.",
              outsourcingHelp.en,
              traineesHelp.en,
            ].join("\n"),
          },
          required: true,
          stubMarks: ["甲", "乙", "丙"],
          columns: [
            { id: "previous", label: { zh: "上年同期", en: "Same period last year" }, mark: "1" },
            { id: "current", label: { zh: "本年", en: "This year" }, mark: "2" },
          ],
          rows: [
            ...block(401, { zh: "一、从业人员期末人数", en: "1. Employees at period end" }),
            ...block(411, {
              zh: "二、服务外包从业人员期末人数",
              en: "2. Service outsourcing employees at period end",
            }),
            ...block(421, {
              zh: "三、服务外包受训人员期末人数",
              en: "3. Service outsourcing trainees at period end",
            }),
          ].map((row) => ({ ...row, kind: "integer" as const })),
        },
      ],
    },
    footerSection(),
  ],
  rules: [
    identifierRule,
    educationSum("employees-education-sum", 401, employeesHelp),
    educationSum("outsourcing-employees-education-sum", 411, outsourcingHelp),
    educationSum("trainees-education-sum", 421, traineesHelp),
    outsourcingWithinEmployees("previous"),
    outsourcingWithinEmployees("current"),
  ],
};

/** 服务外包统企业４表 服务外包人力资源情况登记表 (报表目录: 服务外包人力资源变更情况登记表). */
export const enterprise4: TableModule = { table, fixtures: enterprise4Fixtures };
