import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, headerBreakages, longText } from "./fixture-tools";
import { lakeshore, lakeshoreFooter, yunfan, yunfanFooter } from "./shared.fixtures";

const valid: Submission = {
  creditCode: yunfan.creditCode,
  entityName: yunfan.name,
  reportPeriod: "2024-11",
  provider: { name: yunfan.name, englishName: yunfan.englishName },
  contractNumber: "YF-JP-2024-017",
  contractContent:
    "为日本客户开发物流仓储管理系统的移动端应用，包括需求分析、软件设计、编码、测试及上线后12个月的运维支持。",
  signingDate: "2024-11-12",
  contractTerm: 18,
  contractAmount: { amount: 1500, currency: "JPY", rate: 150, rateDate: "2024-11-12", usd: 10 },
  deliveryPlace: "abroad",
  deliveryCountry: "日本",
  deliveryState: "东京都",
  contractNature: "offshore",
  businessType: "I11",
  client: { chineseName: "旭川物流系统株式会社", englishName: "Asahigawa Logistics Systems Co., Ltd." },
  clientRegistration: "abroad",
  clientCountry: "日本",
  clientState: "东京都",
  clientHasChinaBranch: false,
  clientIndustry: "G",
  ...yunfanFooter("2024-11-29"),
};

const english: Submission = {
  creditCode: lakeshore.creditCode,
  entityName: lakeshore.name,
  reportPeriod: "2024-11",
  provider: { name: lakeshore.name, englishName: lakeshore.name },
  contractNumber: "LSA-US-2024-0112",
  contractContent:
    "Claims data processing for a US health insurer: digitising claim documents, data entry, quality review and " +
    "a monthly processing report.",
  signingDate: "2024-11-05",
  contractTerm: 24,
  contractAmount: { amount: 120, currency: "USD", rate: 1, rateDate: "2024-11-05", usd: 120 },
  deliveryPlace: "abroad",
  deliveryCountry: "United States",
  deliveryState: "Illinois",
  contractNature: "offshore",
  businessType: "B21",
  client: { englishName: "Prairie Mutual Health Insurance Company" },
  clientRegistration: "abroad",
  clientCountry: "United States",
  clientState: "Illinois",
  clientHasChinaBranch: true,
  clientChinaBranchName: "Prairie Mutual Health Consulting (Shanghai) Co., Ltd.",
  clientIndustry: "J",
  ...lakeshoreFooter("2024-11-28"),
};

/** Sample filings of 服务外包统企业２表. */
export const enterprise2Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    ...headerBreakages(valid, yunfan.creditCodeBadCheck),
    breaking(
      valid,
      "no-contract-number",
      { rule: "required", path: "contractNumber" },
      { zh: "202 合同号未填。", en: "202 contract number is missing." },
      { contractNumber: undefined },
    ),
    breaking(
      valid,
      "contract-number-too-long",
      { rule: "maxLength", path: "contractNumber" },
      { zh: "202 合同号超过50个字符。", en: "202 contract number is longer than 50 characters." },
      { contractNumber: longText("YF-JP-2024-017/", 51) },
    ),
    breaking(
      valid,
      "signing-date-30-february",
      { rule: "date", path: "signingDate" },
      { zh: "204 签字日期为不存在的2月30日。", en: "204 signing date is 30 February, which does not exist." },
      { signingDate: "2024-02-30" },
    ),
    breaking(
      valid,
      "term-in-words",
      { rule: "number", path: "contractTerm" },
      {
        zh: "205 合同期限填了“一年半”，既不是月数也不是“无”。",
        en: "205 contract term says “一年半” (a year and a half): neither a number of months nor “无”.",
      },
      { contractTerm: "一年半" },
    ),
    breaking(
      valid,
      "term-fraction-of-month",
      { rule: "integer", path: "contractTerm" },
      {
        zh: "205 合同期限为18.5个月，应为整月数。",
        en: "205 contract term is 18.5 months; it must be whole months.",
      },
      { contractTerm: 18.5 },
    ),
    breaking(
      valid,
      "domestic-delivery-without-city",
      { rule: "delivery-city-required", path: "deliveryCity" },
      {
        zh: "207 交付地为境内，但未填城市名称。",
        en: "207 the service is delivered within China, but the city name is missing.",
      },
      { deliveryPlace: "domestic", deliveryCountry: undefined, deliveryState: undefined },
    ),
    breaking(
      valid,
      "foreign-delivery-without-country",
      { rule: "delivery-country-required", path: "deliveryCountry" },
      {
        zh: "207 交付地为境外，但未填国家或地区。",
        en: "207 the service is delivered outside China, but the country or region is missing.",
      },
      { deliveryCountry: undefined },
    ),
    breaking(
      valid,
      "heading-as-business-type",
      { rule: "option", path: "businessType" },
      {
        zh: "209 选择了中类“信息技术研发服务（I1）”，应选择其下的小类。",
        en: "209 names the middle category I1; one of the subcategories under it must be chosen.",
      },
      { businessType: "I1" },
    ),
    breaking(
      valid,
      "client-without-name",
      { rule: "client-name-required", path: "client.chineseName" },
      {
        zh: "210 发包企业的中文名称和英文名称都未填。",
        en: "210 the client enterprise has neither a Chinese nor an English name.",
      },
      { client: undefined },
    ),
    breaking(
      valid,
      "domestic-client-without-city",
      { rule: "client-city-required", path: "clientCity" },
      {
        zh: "211 发包企业注册地为境内，但未填城市名称。",
        en: "211 the client enterprise is registered within China, but the city name is missing.",
      },
      {
        clientRegistration: "domestic",
        clientCountry: undefined,
        clientState: undefined,
        clientHasChinaBranch: undefined,
      },
    ),
    breaking(
      valid,
      "foreign-client-without-country",
      { rule: "client-country-required", path: "clientCountry" },
      {
        zh: "211 发包企业注册地为境外，但未填国家或地区。",
        en: "211 the client enterprise is registered outside China, but the country or region is missing.",
      },
      { clientCountry: undefined },
    ),
    breaking(
      valid,
      "foreign-client-branch-unanswered",
      { rule: "client-branch-required", path: "clientHasChinaBranch" },
      {
        zh: "211 境外发包企业未回答是否在华设立分支机构。",
        en: "211 the foreign client enterprise does not say whether it has a branch in China.",
      },
      { clientHasChinaBranch: undefined },
    ),
    breaking(
      valid,
      "branch-without-name",
      { rule: "client-branch-name-required", path: "clientChinaBranchName" },
      {
        zh: "211 境外发包企业在华设有分支机构，但未填名称。",
        en: "211 the foreign client enterprise has a branch in China, but its name is missing.",
      },
      { clientHasChinaBranch: true },
    ),
  ],
};
