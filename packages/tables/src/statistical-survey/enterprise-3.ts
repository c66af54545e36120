import type { FormTable, NumberField, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import {
  clientNameField,
  clientNameRule,
  contractNatureHelp,
  contractNatureOptions,
  footerSection,
  headerSection,
  identifierRule,
  providerField,
  scheduleOf,
  seeExplanations,
  surveyApproval,
  surveySource,
} from "./common";
import { enterprise3Fixtures, enterprise3Warnings } from "./enterprise-3.fixtures";

// 万美元 to four places: one US dollar.
function usdAmount(
  id: string,
  code: string,
  label: Text,
  help: Text,
  extra: Partial<NumberField> = {},
): NumberField {
  return { id, kind: "decimal", code, unit: "万美元", label, help, min: 0, scale: 4, ...extra };
}

const settlementHelp: Text = {
  zh: "以“万美元”为单位填写合同结汇金额，仅离岸合同填写。",
  en: "Fill in the contract's foreign exchange settlement amount in USD 10,000; offshore contracts only.",
};

const cumulativeHelp: Text = { zh: "由系统自动汇总。", en: "Summed automatically by the system." };

const table: FormTable = {
  id: "enterprise-3",
  kind: "form",
  tableNo: { zh: "服务外包统企业３表", en: "Service outsourcing statistics enterprise table 3" },
  title: { zh: "服务外包合同执行情况登记表", en: "Service outsourcing contract execution record form" },
  ...surveyApproval,
  ...scheduleOf("enterprise-3"),
  // One filing per enterprise per contract (304) and execution date (305).
  filing: {
    key: ["contractNumber", "executionDate"],
    filerCode: "creditCode",
    history: [
      // 310 累计执行金额 “由系统自动汇总”: the enterprise's earlier 308 amounts for the same contract.
      {
        context: "previousCumulative",
        sum: "executedAmount",
        match: ["contractNumber"],
        before: "executionDate",
      },
    ],
    references: [
      {
        id: "contract-registered",
        field: "contractNumber",
        table: "enterprise-2",
        match: "contractNumber",
        atMost: { value: "cumulativeExecutedAmount", whole: "contractAmount.usd", severity: "warning" },
        source: {
          zh: "本项目判断：执行登记的合同应已在企业2表登记；累计执行金额一般不超过合同金额（文件未明示）。",
          en:
            "This project's judgement: an executed contract should already be registered in enterprise table 2, " +
            "and its cumulative executed amount is normally not more than the contract amount (the document does " +
            "not state it).",
        },
      },
    ],
  },
  source: surveySource({
    zh: "三、调查表式（一）服务外包企业报表",
    en: "III Survey forms (1) Service outsourcing enterprise tables",
  }),
  notes: [
    {
      zh: "本表由服务外包企业网上填报，由各级商务主管部门负责数据审核和上报。原则上应于签署合同当年填报。",
      en:
        "Service outsourcing enterprises fill in this table online; commerce authorities at each level review and " +
        "report the data. In principle it is filled in the year the contract is signed.",
    },
    seeExplanations,
    {
      zh:
        "编者注：“当期结汇金额不大于当期执行金额”为本项目的判断（文件未明示），故为提示而非错误；合同执行日期可顺延至" +
        "次年3月底前填报，故不要求其落在报告期内。",
      en:
        "Editor's note: “the foreign exchange settlement amount for the period does not exceed the executed " +
        "amount for the period” is this project's judgement (the document does not state it), so it is a warning, not an error. A " +
        "contract execution may be filed as late as the end of March of the next year, so its date is not required " +
        "to fall in the reporting period.",
    },
  ],
  discrepancies: [
    {
      zh: "303 合同性质在（三）指标解释中未单独解释；沿用（二）中“合同性质”的解释作为帮助文字。",
      en:
        "303 contract nature has no indicator explanation of its own in part (3); the indicator explanation of contract " +
        "nature in part (2) is used as its help text.",
    },
  ],
  sections: [
    headerSection({ precision: "month" }),
    {
      id: "body",
      role: "body",
      fields: [
        providerField("301"),
        clientNameField("302"),
        {
          id: "contractNature",
          kind: "choice",
          code: "303",
          label: { zh: "合同性质", en: "Contract nature" },
          help: contractNatureHelp,
          options: contractNatureOptions,
          display: "radio",
          required: true,
        },
        {
          id: "contractNumber",
          kind: "text",
          code: "304",
          label: { zh: "合同号", en: "Contract number" },
          required: true,
          maxLength: 50,
        },
        {
          id: "executionDate",
          kind: "date",
          code: "305",
          precision: "day",
          label: { zh: "合同执行日期", en: "Contract execution date" },
          help: {
            zh:
              "以“YYYY年MM月DD日”的格式填写。合同执行日期在上半年的须在当年填报；合同执行日期在下半年的，如有特殊情况，" +
              "可顺延至次年3月底前填报。",
            en:
              "In the form YYYY-MM-DD. An execution in the first half of the year must be filed in that year; one in " +
              "the second half may, in special cases, be filed as late as the end of March of the next year.",
          },
          required: true,
        },
        {
          id: "bankName",
          kind: "text",
          code: "306",
          label: { zh: "银行名称", en: "Bank name" },
          help: { zh: "合同结算的银行名称。", en: "Name of the bank that settles the contract." },
          required: true,
          maxLength: 100,
        },
        {
          id: "remittanceVoucherNumber",
          kind: "text",
          code: "307",
          label: { zh: "银行汇兑凭证号", en: "Bank remittance voucher number" },
          help: {
            zh: "合同结算的银行汇兑凭证号。",
            en: "Number of the bank remittance voucher of the contract settlement.",
          },
          required: true,
          maxLength: 50,
        },
        usdAmount(
          "executedAmount",
          "308",
          { zh: "当期执行金额", en: "Executed amount for the period" },
          {
            zh: "以“万美元”为单位填写合同当期执行的金额。",
            en: "Fill in the amount of the contract executed in the period, in USD 10,000.",
          },
          { required: true },
        ),
        usdAmount(
          "settlementAmount",
          "309",
          { zh: "当期结汇金额", en: "Foreign exchange settlement amount for the period" },
          settlementHelp,
        ),
        usdAmount(
          "cumulativeExecutedAmount",
          "310",
          { zh: "累计执行金额", en: "Cumulative executed amount" },
          cumulativeHelp,
          { readOnly: true },
        ),
      ],
    },
    footerSection(),
  ],
  rules: [
    identifierRule,
    clientNameRule,
    {
      id: "settlement-offshore-only",
      kind: "onlyWhen",
      severity: "error",
      target: "settlementAmount",
      when: { field: "contractNature", equals: "offshore" },
      source: settlementHelp,
    },
    {
      id: "settlement-within-executed",
      kind: "atMost",
      severity: "warning",
      parts: ["settlementAmount"],
      whole: "executedAmount",
      at: "settlementAmount",
      source: {
        zh: "本项目判断：当期结汇金额一般不大于当期执行金额（文件未明示）。",
        en:
          "This project's judgement: the settlement amount for the period is normally not more than the executed " +
          "amount for the period (the document does not state it).",
      },
    },
    {
      id: "cumulative-executed",
      kind: "derived",
      severity: "error",
      target: "cumulativeExecutedAmount",
      formula: { op: "sum", of: ["executedAmount", { context: "previousCumulative" }] },
      source: cumulativeHelp,
    },
  ],
};

/** 服务外包统企业３表 服务外包合同执行情况登记表. */
export const enterprise3: TableModule = {
  table,
  fixtures: { ...enterprise3Fixtures, warnings: enterprise3Warnings },
};
