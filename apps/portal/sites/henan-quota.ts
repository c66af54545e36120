import { type GdpTier, provinceQuotaSource, provinces, quotaForProvince } from "@tianbiao/codes";
import type { Text } from "@tianbiao/core";

/** 商办服贸函〔2021〕360号 附件1 第七条 for one GDP tier: the range, the sentence and its footnote, as printed. */
export interface TierWording {
  range: Text;
  sentence: Text;
  note?: Text;
}

/** The words of 第七条 and notes ②③④, one tier each. */
export const tierWording: Readonly<Record<GdpTier, TierWording>> = {
  "5+": {
    range: { zh: "5 万亿人民币以上", en: "CNY 5 trillion or more" },
    sentence: {
      zh: "地区生产总值(地区 GDP)在 5 万亿人民币以上的省份②可推荐制造业类重点企业、信息技术外包类重点企业各不超过 10 家",
      en: "A province whose regional gross domestic product (regional GDP) is CNY 5 trillion or more (note 2) may recommend no more than 10 manufacturing key enterprises and no more than 10 information technology outsourcing key enterprises",
    },
    note: {
      zh: "② 注:根据 2019 年及 2020 年国家统计局发布的国民经济核算数据,地区生产总值在 5 万亿人民币以上的省份(含自治区、直辖市)包括江苏、浙江、山东、河南、广东。",
      en: "Note 2: According to the national accounts data published by the National Bureau of Statistics for 2019 and 2020, the provinces (including autonomous regions and municipalities) with a regional gross domestic product of CNY 5 trillion or more are Jiangsu, Zhejiang, Shandong, Henan and Guangdong.",
    },
  },
  "3-5": {
    range: { zh: "3—5 万亿人民币之间", en: "between CNY 3 and 5 trillion" },
    sentence: {
      zh: "地区生产总值在 3—5 万亿人民币之间的省份③可推荐制造业类重点企业、信息技术外包类重点企业各不超过 6 家",
      en: "A province whose regional gross domestic product is between CNY 3 and 5 trillion (note 3) may recommend no more than 6 manufacturing key enterprises and no more than 6 information technology outsourcing key enterprises",
    },
    note: {
      zh: "③ 注:根据 2019 年及 2020 年国家统计局发布的国民经济核算数据,地区生产总值在 3—5 万亿人民币之间的省份(含自治区、直辖市)包括北京、河北、上海、安徽、福建、湖北、湖南、四川。",
      en: "Note 3: According to the national accounts data published by the National Bureau of Statistics for 2019 and 2020, the provinces (including autonomous regions and municipalities) with a regional gross domestic product between CNY 3 and 5 trillion are Beijing, Hebei, Shanghai, Anhui, Fujian, Hubei, Hunan and Sichuan.",
    },
  },
  "1-3": {
    range: { zh: "1—3 万亿人民币之间", en: "between CNY 1 and 3 trillion" },
    sentence: {
      zh: "地区生产总值在 1—3 万亿人民币之间的省份④可推荐制造业类重点企业、信息技术外包类重点企业各不超过 3 家",
      en: "A province whose regional gross domestic product is between CNY 1 and 3 trillion (note 4) may recommend no more than 3 manufacturing key enterprises and no more than 3 information technology outsourcing key enterprises",
    },
    note: {
      zh: "④ 注:根据 2019 年及 2020 年国家统计局发布的国民经济核算数据,地区生产总值在 1—3 万亿人民币之间的省份(含自治区、直辖市)包括天津、山西、内蒙古、辽宁、吉林、黑龙江、江西、广西、重庆、贵州、云南、陕西、新疆。",
      en: "Note 4: According to the national accounts data published by the National Bureau of Statistics for 2019 and 2020, the provinces (including autonomous regions and municipalities) with a regional gross domestic product between CNY 1 and 3 trillion are Tianjin, Shanxi, Inner Mongolia, Liaoning, Jilin, Heilongjiang, Jiangxi, Guangxi, Chongqing, Guizhou, Yunnan, Shaanxi and Xinjiang.",
    },
  },
  "<1": {
    range: { zh: "其他省份", en: "other provinces" },
    sentence: {
      zh: "其他省份可推荐制造业类重点企业、信息技术外包类重点企业各不超过 1 家",
      en: "Other provinces may recommend no more than 1 manufacturing key enterprise and no more than 1 information technology outsourcing key enterprise",
    },
  },
};

/** A province's recommendation quota with the words it comes from. */
export interface QuotaStatement {
  province: Text;
  tier: GdpTier;
  /** Key enterprises it may recommend in each category (制造业类, 信息技术外包类). */
  quota: number;
  wording: TierWording;
  source: Text;
}

/** The 360号 quota of one province (by division code, "41" for 河南省), from its GDP tier. */
export function quotaStatement(code: string): QuotaStatement {
  const province = provinces.find((p) => p.code === code);
  const quota = quotaForProvince(code);
  if (!province || quota === undefined) throw new Error(`no province with code "${code}"`);
  return {
    province: province.label,
    tier: province.gdpTier,
    quota,
    wording: tierWording[province.gdpTier],
    source: provinceQuotaSource,
  };
}
