import type { Text } from "../types";
import { keyEnterpriseNotice } from "./sources";

/** GDP tiers of 商办服贸函〔2021〕360号 附件1 第七条, in 万亿元 of 地区生产总值. */
export type GdpTier = "5+" | "3-5" | "1-3" | "<1";

/** A provincial-level division, or 新疆生产建设兵团, which the 360号 notice addresses beside them. */
export interface Province {
  /** The two-digit division code prefix; "XPCC" for 新疆生产建设兵团, which has none of its own. */
  code: string;
  label: Text;
  /** The short name the 360号 footnotes use (江苏, 内蒙古…). */
  shortLabel: Text;
  kind: "province" | "autonomousRegion" | "municipality" | "corps";
  /** The prefix its 统计用区划代码 begin with (兵团 units are coded under 65). */
  divisionPrefix: string;
  gdpTier: GdpTier;
  /** Key enterprises it may recommend, per category (制造业类 and 信息技术外包类 each). */
  quota: number;
}

/** Recommendation quota per category for each tier (第七条). */
export const quotaByGdpTier: Readonly<Record<GdpTier, number>> = { "5+": 10, "3-5": 6, "1-3": 3, "<1": 1 };

type Row = [
  code: string,
  zh: string,
  en: string,
  shortZh: string,
  shortEn: string,
  kind: Province["kind"],
  tier: GdpTier,
];

const rows: Row[] = [
  ["11", "北京市", "Beijing Municipality", "北京", "Beijing", "municipality", "3-5"],
  ["12", "天津市", "Tianjin Municipality", "天津", "Tianjin", "municipality", "1-3"],
  ["13", "河北省", "Hebei Province", "河北", "Hebei", "province", "3-5"],
  ["14", "山西省", "Shanxi Province", "山西", "Shanxi", "province", "1-3"],
  [
    "15",
    "内蒙古自治区",
    "Inner Mongolia Autonomous Region",
    "内蒙古",
    "Inner Mongolia",
    "autonomousRegion",
    "1-3",
  ],
  ["21", "辽宁省", "Liaoning Province", "辽宁", "Liaoning", "province", "1-3"],
  ["22", "吉林省", "Jilin Province", "吉林", "Jilin", "province", "1-3"],
  ["23", "黑龙江省", "Heilongjiang Province", "黑龙江", "Heilongjiang", "province", "1-3"],
  ["31", "上海市", "Shanghai Municipality", "上海", "Shanghai", "municipality", "3-5"],
  ["32", "江苏省", "Jiangsu Province", "江苏", "Jiangsu", "province", "5+"],
  ["33", "浙江省", "Zhejiang Province", "浙江", "Zhejiang", "province", "5+"],
  ["34", "安徽省", "Anhui Province", "安徽", "Anhui", "province", "3-5"],
  ["35", "福建省", "Fujian Province", "福建", "Fujian", "province", "3-5"],
  ["36", "江西省", "Jiangxi Province", "江西", "Jiangxi", "province", "1-3"],
  ["37", "山东省", "Shandong Province", "山东", "Shandong", "province", "5+"],
  ["41", "河南省", "Henan Province", "河南", "Henan", "province", "5+"],
  ["42", "湖北省", "Hubei Province", "湖北", "Hubei", "province", "3-5"],
  ["43", "湖南省", "Hunan Province", "湖南", "Hunan", "province", "3-5"],
  ["44", "广东省", "Guangdong Province", "广东", "Guangdong", "province", "5+"],
  ["45", "广西壮族自治区", "Guangxi Zhuang Autonomous Region", "广西", "Guangxi", "autonomousRegion", "1-3"],
  ["46", "海南省", "Hainan Province", "海南", "Hainan", "province", "<1"],
  ["50", "重庆市", "Chongqing Municipality", "重庆", "Chongqing", "municipality", "1-3"],
  ["51", "四川省", "Sichuan Province", "四川", "Sichuan", "province", "3-5"],
  ["52", "贵州省", "Guizhou Province", "贵州", "Guizhou", "province", "1-3"],
  ["53", "云南省", "Yunnan Province", "云南", "Yunnan", "province", "1-3"],
  ["54", "西藏自治区", "Xizang Autonomous Region", "西藏", "Xizang", "autonomousRegion", "<1"],
  ["61", "陕西省", "Shaanxi Province", "陕西", "Shaanxi", "province", "1-3"],
  ["62", "甘肃省", "Gansu Province", "甘肃", "Gansu", "province", "<1"],
  ["63", "青海省", "Qinghai Province", "青海", "Qinghai", "province", "<1"],
  ["64", "宁夏回族自治区", "Ningxia Hui Autonomous Region", "宁夏", "Ningxia", "autonomousRegion", "<1"],
  [
    "65",
    "新疆维吾尔自治区",
    "Xinjiang Uygur Autonomous Region",
    "新疆",
    "Xinjiang",
    "autonomousRegion",
    "1-3",
  ],
];

/**
 * The 31 provincial-level divisions in division-code order, then 新疆生产建设兵团, with the 360号
 * GDP tier and quota. The notice names no tier for the 兵团; it falls under 其他省份 (quota 1).
 */
export const provinces: readonly Province[] = [
  ...rows.map(([code, zh, en, shortZh, shortEn, kind, gdpTier]) => ({
    code,
    label: { zh, en },
    shortLabel: { zh: shortZh, en: shortEn },
    kind,
    divisionPrefix: code,
    gdpTier,
    quota: quotaByGdpTier[gdpTier],
  })),
  {
    code: "XPCC",
    label: { zh: "新疆生产建设兵团", en: "Xinjiang Production and Construction Corps" },
    shortLabel: { zh: "兵团", en: "XPCC" },
    kind: "corps",
    divisionPrefix: "65",
    gdpTier: "<1",
    quota: quotaByGdpTier["<1"],
  },
];

/** Where the tiers and quotas come from. */
export const provinceQuotaSource: Text = {
  zh: `${keyEnterpriseNotice.zh} 附件1 第七条及注②③④`,
  en: `${keyEnterpriseNotice.en}, annex 1, article 7 and notes 2-4`,
};

/**
 * How many key enterprises a province (by `code`, e.g. "44" or "XPCC") may recommend in each
 * category of the 360号 notice; undefined for an unknown code.
 */
export function quotaForProvince(code: string): number | undefined {
  return provinces.find((province) => province.code === code)?.quota;
}

/** 每个中央企业集团可推荐…各不超过 1 家: the quota of each central enterprise group, per category. */
export const centralEnterpriseGroupQuota = 1;
