import type { FormTable, MatrixRow, Rule, Text, Unit } from "@tianbiao/core";
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
import { platform1Fixtures } from "./platform-1.fixtures";

const matrixId = "platform";

const heading = (id: string, label: Text): MatrixRow => ({ id, label, level: 0, heading: true });

// A data row; only 601, 611 and 621 have the 上年同期 cell, the form prints — elsewhere.
function row(code: number, label: Text, unit: Unit, level: number): MatrixRow {
  const withPrevious = code === 601 || code === 611 || code === 621;
  return {
    id: String(code),
    code: String(code),
    label,
    unit,
    level,
    kind: unit === "万元" ? "decimal" : "integer",
    ...(withPrevious ? {} : { blank: ["previous"] }),
  };
}

const rows: MatrixRow[] = [
  heading("buyers", { zh: "一、服务采购商", en: "1. Service buyers" }),
  row(601, { zh: "采购商数量", en: "Number of buyers" }, "家", 0),
  row(602, { zh: "其中：个人采购商", en: "Of which: individual buyers" }, "家", 1),
  row(603, { zh: "政府机构", en: "Government bodies" }, "家", 1),
  row(604, { zh: "企业", en: "Enterprises" }, "家", 1),
  row(605, { zh: "其中：金融业", en: "Of which: finance" }, "家", 2),
  row(606, { zh: "制造业", en: "Manufacturing" }, "家", 2),
  row(607, { zh: "农、林、牧、渔业", en: "Agriculture, forestry, animal husbandry and fishery" }, "家", 2),
  row(
    608,
    {
      zh: "信息传输、软件和信息技术服务业",
      en: "Information transmission, software and information technology services",
    },
    "家",
    2,
  ),
  row(609, { zh: "其他", en: "Other" }, "家", 2),
  heading("suppliers", { zh: "二、服务供应商", en: "2. Service suppliers" }),
  row(611, { zh: "供应商数量", en: "Number of suppliers" }, "家", 0),
  row(612, { zh: "其中：个人供应商", en: "Of which: individual suppliers" }, "家", 1),
  row(613, { zh: "企业", en: "Enterprises" }, "家", 1),
  row(614, { zh: "其中：20人及以内", en: "Of which: 20 persons or fewer" }, "家", 2),
  row(615, { zh: "20-50人", en: "20–50 persons" }, "家", 2),
  row(616, { zh: "50-100人", en: "50–100 persons" }, "家", 2),
  row(617, { zh: "100-200人", en: "100–200 persons" }, "家", 2),
  row(618, { zh: "200人以上", en: "More than 200 persons" }, "家", 2),
  heading("transactions", { zh: "三、服务交易情况", en: "3. Service transactions" }),
  row(621, { zh: "交易项目数量", en: "Number of transaction projects" }, "个", 0),
  row(622, { zh: "交易项目金额", en: "Amount of transaction projects" }, "万元", 0),
  row(
    623,
    { zh: "其中：平台主体自营项目", en: "Of which: projects operated by the platform operator itself" },
    "万元",
    1,
  ),
  row(
    624,
    { zh: "信息技术外包服务项目", en: "Information technology outsourcing service projects" },
    "万元",
    1,
  ),
  row(625, { zh: "业务流程外包服务项目", en: "Business process outsourcing service projects" }, "万元", 1),
  row(626, { zh: "知识流程外包服务项目", en: "Knowledge process outsourcing service projects" }, "万元", 1),
];

const current = (code: number) => `${matrixId}.${code}.current`;
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => current(from + index));

const buyersHelp: Text = {
  zh:
    "服务采购商：填写平台上年度末采购商数量和本年度末采购商数量，并分别填写本年度末采购商的性质，包括个人，政府，" +
    "金融业，制造业，农、林、牧、渔业，信息传输、软件和信息技术服务业及其他，行业类别参照国民经济行业分类" +
    "（GBT 4754-2017）。",
  en:
    "Service buyers: fill in the number of buyers on the platform at the end of last year and at the end of this " +
    "year, and give the nature of the buyers at the end of this year: individuals, government, finance, " +
    "manufacturing, agriculture, forestry, animal husbandry and fishery, information transmission, software and " +
    "information technology services, and other; industry categories follow the industrial classification for " +
    "national economic activities (GB/T 4754-2017).",
};

const suppliersHelp: Text = {
  zh: "服务供应商：填写平台上年度末供应商数量和本年度末供应商数量，并分别填写本年度末供应商人员规模情况。",
  en:
    "Service suppliers: fill in the number of suppliers on the platform at the end of last year and at the end " +
    "of this year, and give the suppliers' staff size at the end of this year.",
};

const transactionsHelp: Text = {
  zh:
    "服务交易情况：填写上年度末交易项目数量和本年度末交易项目数量；填写上年度末交易金额和本年度末交易金额；填写本年度" +
    "末平台主体自营项目金额，即平台主体公开采购项目金额；填写不同类型服务项目交易金额，包括信息技术外包服务项目、业务" +
    "流程外包服务项目、知识流程外包服务项目。",
  en:
    "Service transactions: fill in the number of transaction projects at the end of last year and at the end of " +
    "this year; the transaction amount at the end of last year and at the end of this year; the amount of " +
    "projects operated by the platform operator itself at the end of this year, that is, the amount of projects " +
    "the platform operator procures publicly; and the transaction amount by type of service project: information " +
    "technology outsourcing, business process outsourcing and knowledge process outsourcing service projects.",
};

function sum(id: string, total: number, parts: string[], source: Text): Rule {
  return { id, kind: "sum", severity: "error", total: current(total), parts, at: current(total), source };
}

function atMost(id: string, whole: number, parts: string[], source: Text): Rule {
  const at = parts.length === 1 ? (parts[0] as string) : current(whole);
  return { id, kind: "atMost", severity: "error", parts, whole: current(whole), at, source };
}

const table: FormTable = {
  id: "platform-1",
  kind: "form",
  tableNo: { zh: "服务外包统平台１表", en: "Service outsourcing statistics platform table 1" },
  title: { zh: "服务外包交易平台情况登记表", en: "Service outsourcing trading platform record form" },
  ...surveyApproval,
  ...scheduleOf("platform-1"),
  // 报告期别 年报: one filing per enterprise per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"], filerCode: "creditCode" },
  source: surveySource({
    zh: "三、调查表式（二）服务外包交易平台报表",
    en: "III Survey forms (2) Service outsourcing trading platform table",
  }),
  notes: [
    {
      zh: "服务外包交易平台，是指以服务项目的信息发布、撮合交易为主要内容的线上促进平台。",
      en:
        "A service outsourcing trading platform is an online promotion platform whose main business is publishing " +
        "information on service projects and matching transactions.",
    },
    { zh: "本表由平台运营主体网上填报。", en: "The platform operator fills in this table online." },
    seeExplanations,
    {
      zh:
        "编者注：601 的“其中”只列个人采购商、政府机构、企业，未设“其他”，校验为不大于601；604 的行业细分设“其他”，" +
        "校验为等于；611 的“其中”只列个人供应商、企业，校验为不大于611；613 的人员规模分段覆盖全部规模，校验为等于；" +
        "623（自营项目）和624–626（三类服务外包项目）都是622的一部分，各校验为不大于622。",
      en:
        "Editor's note: 601's breakdown lists only individual buyers, government bodies and enterprises, with no " +
        "“other”, so it is checked as at most 601; 604's industry breakdown has “other”, so it must equal 604; " +
        "611's breakdown lists only individual suppliers and enterprises, so it is checked as at most 611; 613's " +
        "staff-size bands cover every size, so they must equal 613; 623 (own projects) and 624–626 (the three kinds " +
        "of service outsourcing projects) are each part of 622, so each is checked as at most 622.",
    },
  ],
  discrepancies: [
    {
      zh:
        "指标解释要求“填写上年度末交易金额和本年度末交易金额”，但表式622 交易项目金额的上年同期栏印“—”（只有601、611、" +
        "621 的上年同期栏留空）。按表式，622 不设上年同期。",
      en:
        "The indicator explanation asks for “the transaction amount at the end of last year and at the end of this " +
        "year”, but the form prints “—” in the “same period last year” column of 622 (only 601, 611 and 621 are open there). The " +
        "form is followed: 622 has no same-period-last-year cell.",
    },
    {
      zh: "指标解释称采购商性质为“政府”，表式603 为“政府机构”。行名按表式。",
      en: "The indicator explanation lists buyers' nature as “government”; row 603 prints “government bodies”. The form is followed.",
    },
    {
      zh: "供应商人员规模各段端点（20、50、100、200人）在相邻两段中重复出现（如“20人及以内”与“20-50人”）。按表式保留。",
      en:
        "The suppliers' staff-size bands share their end points (20, 50, 100, 200 persons), e.g. “20 persons or fewer” and " +
        "“20–50 persons”. They are kept as printed.",
    },
  ],
  sections: [
    headerSection({
      precision: "year",
      leading: [
        {
          id: "platformName",
          kind: "group",
          label: { zh: "平台名称", en: "Platform name" },
          fields: [
            {
              id: "chineseName",
              kind: "text",
              textLang: "zh",
              label: { zh: "中文", en: "Chinese" },
              required: true,
              maxLength: 100,
            },
            {
              id: "englishName",
              kind: "text",
              textLang: "en",
              label: { zh: "英文", en: "English" },
              maxLength: 200,
            },
          ],
        },
      ],
    }),
    {
      id: "body",
      role: "body",
      fields: [
        {
          id: matrixId,
          kind: "matrix",
          label: { zh: "交易平台情况", en: "Trading platform figures" },
          help: {
            zh: [buyersHelp.zh, suppliersHelp.zh, transactionsHelp.zh].join("\n"),
            en: [buyersHelp.en, suppliersHelp.en, transactionsHelp.en].join("\n"),
          },
          required: true,
          stubMarks: ["甲", "乙", "丙"],
          columns: [
            { id: "previous", label: { zh: "上年同期", en: "Same period last year" }, mark: "1" },
            { id: "current", label: { zh: "本年", en: "This year" }, mark: "2" },
          ],
          rows,
        },
      ],
    },
    footerSection(),
  ],
  rules: [
    identifierRule,
    atMost("buyers-within-total", 601, range(602, 604), buyersHelp),
    sum("enterprise-buyers-by-industry", 604, range(605, 609), buyersHelp),
    atMost("suppliers-within-total", 611, range(612, 613), suppliersHelp),
    sum("enterprise-suppliers-by-size", 613, range(614, 618), suppliersHelp),
    atMost("own-projects-within-amount", 622, [current(623)], transactionsHelp),
    atMost("outsourcing-projects-within-amount", 622, range(624, 626), transactionsHelp),
  ],
};

/** 服务外包统平台１表 服务外包交易平台情况登记表. */
export const platform1: TableModule = { table, fixtures: platform1Fixtures };
