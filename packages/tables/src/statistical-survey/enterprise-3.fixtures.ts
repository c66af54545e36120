import type { InvalidFixture, Submission, TableFixtures } from "@tianbiao/core";
import { breaking, headerBreakages, longText } from "./fixture-tools";
import { lakeshore, lakeshoreFooter, yunfan, yunfanFooter } from "./shared.fixtures";

// The amount already executed under the contract before this period, as the system supplies it.
const previousCumulative = 12.4;

const valid: Submission = {
  creditCode: yunfan.creditCode,
  entityName: yunfan.name,
  reportPeriod: "2024-11",
  provider: { name: yunfan.name, englishName: yunfan.englishName },
  client: { chineseName: "旭川物流系统株式会社", englishName: "Asahigawa Logistics Systems Co., Ltd." },
  contractNature: "offshore",
  contractNumber: "YF-JP-2023-042",
  executionDate: "2024-11-20",
  bankName: "招商银行深圳分行",
  remittanceVoucherNumber: "CMB2024112000386",
  executedAmount: 3.5,
  settlementAmount: 3,
  cumulativeExecutedAmount: 15.9,
  ...yunfanFooter("2024-11-29"),
};

const english: Submission = {
  creditCode: lakeshore.creditCode,
  entityName: lakeshore.name,
  reportPeriod: "2024-11",
  provider: { name: lakeshore.name, englishName: lakeshore.name },
  client: { englishName: "Prairie Mutual Health Insurance Company" },
  contractNature: "offshore",
  contractNumber: "LSA-US-2023-0087",
  executionDate: "2024-11-15",
  bankName: "Bank of China Suzhou Industrial Park Sub-branch",
  remittanceVoucherNumber: "BOC3205-20241115-0721",
  executedAmount: 24,
  settlementAmount: 18.5,
  cumulativeExecutedAmount: 36.4,
  ...lakeshoreFooter("2024-11-28"),
};

/** Sample filings of 服务外包统企业３表. */
export const enterprise3Fixtures: TableFixtures = {
  valid,
  english,
  context: { previousCumulative },
  invalid: [
    ...headerBreakages(valid, yunfan.creditCodeBadCheck),
    breaking(
      valid,
      "no-bank",
      { rule: "required", path: "bankName" },
      { zh: "306 银行名称未填。", en: "306 bank name is missing." },
      { bankName: undefined },
    ),
    breaking(
      valid,
      "voucher-number-too-long",
      { rule: "maxLength", path: "remittanceVoucherNumber" },
      {
        zh: "307 银行汇兑凭证号超过50个字符。",
        en: "307 bank remittance voucher number is longer than 50 characters.",
      },
      { remittanceVoucherNumber: longText("CMB2024112000386", 51) },
    ),
    breaking(
      valid,
      "execution-date-31-november",
      { rule: "date", path: "executionDate" },
      {
        zh: "305 合同执行日期为不存在的11月31日。",
        en: "305 contract execution date is 31 November, which does not exist.",
      },
      { executionDate: "2024-11-31" },
    ),
    breaking(
      valid,
      "client-without-name",
      { rule: "client-name-required", path: "client.chineseName" },
      {
        zh: "302 发包企业的中文名称和英文名称都未填。",
        en: "302 the client enterprise has neither a Chinese nor an English name.",
      },
      { client: undefined },
    ),
    breaking(
      valid,
      "settlement-on-onshore-contract",
      { rule: "settlement-offshore-only", path: "settlementAmount" },
      {
        zh: "303 为在岸合同，却填了309 当期结汇金额（仅离岸合同填写）。",
        en: "303 is an onshore contract, yet 309 foreign exchange settlement amount is filled in (offshore contracts only).",
      },
      { contractNature: "onshore", client: { chineseName: "深圳市前海物流科技有限公司" } },
    ),
    breaking(
      valid,
      "settlement-five-places",
      { rule: "scale", path: "settlementAmount" },
      {
        zh: "309 当期结汇金额有5位小数，超过4位（1美元）。",
        en: "309 settlement amount has 5 decimal places; at most 4 (one dollar) are allowed.",
      },
      { settlementAmount: 2.98765 },
    ),
    breaking(
      valid,
      "cumulative-not-summed",
      { rule: "cumulative-executed", path: "cumulativeExecutedAmount" },
      {
        zh: "310 累计执行金额应为此前累计12.4加本期3.5，即15.9万美元。",
        en: "310 cumulative executed amount should be the previous 12.4 plus 3.5 this period: USD 159,000.",
      },
      { cumulativeExecutedAmount: 15 },
    ),
  ],
};

/**
 * Submissions that pass but draw exactly one warning. TableFixtures has no slot for them: an
 * invalid fixture must fail with one error.
 */
export const enterprise3Warnings: InvalidFixture[] = [
  breaking(
    valid,
    "settlement-above-executed",
    { rule: "settlement-within-executed", path: "settlementAmount" },
    {
      zh: "309 当期结汇金额4万美元大于308 当期执行金额3.5万美元（提示）。",
      en: "309 foreign exchange settlement amount, USD 40,000, is more than 308 executed amount, USD 35,000 (a warning).",
    },
    { settlementAmount: 4 },
  ),
];
