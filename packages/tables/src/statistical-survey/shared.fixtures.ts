import type { InvalidFixture, MoneyValue, Submission } from "@tianbiao/core";
import { breaking } from "./fixture-tools";

// The sample units the statistical-survey fixtures are filled for, written once. The credit codes
// are computed with valid check characters for fictitious enterprises.

/** A private software enterprise in Shenzhen that files in Chinese. */
export const yunfan = {
  creditCode: "91440300MA5F3K2R49",
  /** The same code with a wrong check character. */
  creditCodeBadCheck: "91440300MA5F3K2R48",
  name: "深圳市云帆软件服务有限公司",
  englishName: "Shenzhen Yunfan Software Services Co., Ltd.",
} as const;

/** A wholly foreign-owned data-services enterprise in Suzhou that files in English. */
export const lakeshore = {
  creditCode: "91320594MA27WX5C1N",
  name: "Lakeshore Analytics (Suzhou) Co., Ltd.",
} as const;

/** A crowdsourcing platform operator in Shanghai that files in Chinese. */
export const huizhi = {
  creditCode: "91310115MA1H7Q4B9F",
  creditCodeBadCheck: "91310115MA1H7Q4B9E",
  name: "上海汇智众包网络科技有限公司",
  platformName: "汇智众包服务外包交易平台",
  platformEnglishName: "Huizhi Crowdsourcing Service Outsourcing Trading Platform",
} as const;

/** A foreign-invested platform operator in Shenzhen that files in English. */
export const bridgeway = {
  creditCode: "91440300MA5G8N1U94",
  name: "Bridgeway Talent Cloud (Shenzhen) Co., Ltd.",
  platformName: "桥程人才云",
  platformEnglishName: "Bridgeway Talent Cloud",
} as const;

/** The signatories' line of a Chinese filing. */
export function yunfanFooter(submissionDate: string): Submission {
  return {
    headOfEntity: "陈志远",
    headOfStatistics: "林晓梅",
    preparer: "王磊",
    contactTelephone: "0755-86001234",
    submissionDate,
  };
}

/** The signatories' line of an English filing. */
export function lakeshoreFooter(submissionDate: string): Submission {
  return {
    headOfEntity: "Daniel Whitaker",
    headOfStatistics: "Emily Zhang",
    preparer: "Kevin Liu",
    contactTelephone: "0512-62881234",
    submissionDate,
  };
}

/** The CNY rate the fixtures use: 7.1 yuan to the dollar at the end of 2024. */
export function cny(amount: number, rateDate = "2024-12-31"): MoneyValue {
  const rate = 7.1;
  return { amount, currency: "CNY", rate, rateDate, usd: Number((amount / rate).toFixed(4)) };
}

/** The signatories' line of the Shanghai platform operator. */
export function huizhiFooter(submissionDate: string): Submission {
  return {
    headOfEntity: "周敏",
    headOfStatistics: "许文杰",
    preparer: "赵婷",
    contactTelephone: "021-58801234",
    submissionDate,
  };
}

/** The signatories' line of the Shenzhen platform operator, in English. */
export function bridgewayFooter(submissionDate: string): Submission {
  return {
    headOfEntity: "Rachel Moore",
    headOfStatistics: "Jason Lee",
    preparer: "Vivian Chen",
    contactTelephone: "0755-26881234",
    submissionDate,
  };
}

/** The commerce authority of a demonstration city, which files the city tables. */
export const suzhouBureau = {
  name: "苏州市商务局",
  englishName: "Suzhou Municipal Bureau of Commerce",
} as const;

/** The signatories' line of the city authority. */
export function suzhouFooter(submissionDate: string): Submission {
  return {
    headOfEntity: "顾建国",
    headOfStatistics: "沈丽华",
    preparer: "钱宇",
    contactTelephone: "0512-68612345",
    submissionDate,
  };
}

/** The signatories' line of the city authority, in English. */
export function suzhouFooterEnglish(submissionDate: string): Submission {
  return {
    headOfEntity: "Gu Jianguo",
    headOfStatistics: "Shen Lihua",
    preparer: "Qian Yu",
    contactTelephone: "0512-68612345",
    submissionDate,
  };
}

/** The invalid filing every city table has: 单位详细名称 left empty. */
export function noEntityName(valid: Submission): InvalidFixture {
  return breaking(
    valid,
    "no-entity-name",
    { rule: "required", path: "entityName" },
    { zh: "单位详细名称未填。", en: "The full name of the entity is missing." },
    { entityName: undefined },
  );
}

/** 城市１表 and 城市２表 list trainings: a filing that lists none. */
export function noTrainingRows(valid: Submission): InvalidFixture {
  return breaking(
    valid,
    "no-training-rows",
    { rule: "required", path: "trainings" },
    { zh: "未填任何培训情况。", en: "No training is listed." },
    { trainings: [] },
  );
}
