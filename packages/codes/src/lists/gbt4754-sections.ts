import type { CodeList } from "../types";
import { statisticalSurveySystem } from "./sources";

/**
 * 国民经济行业分类 GB/T 4754-2017, the 20 门类 A–T as printed on 企业2表 field 212
 * (行业类别(GB/T 4754-2017)), with the official English section names.
 */
export const gbt4754Sections: CodeList = {
  id: "gbt4754-2017-sections",
  title: {
    zh: "国民经济行业分类（GB/T 4754-2017）门类",
    en: "Industrial classification for national economic activities (GB/T 4754-2017): sections",
  },
  version: "GB/T 4754-2017",
  source: {
    zh: `${statisticalSurveySystem.zh} 服务外包统企业２表 212 行业类别(GB/T 4754-2017)`,
    en: `${statisticalSurveySystem.en}, table Enterprise 2, field 212 industry category (GB/T 4754-2017)`,
  },
  entries: [
    {
      code: "A",
      label: { zh: "农、林、牧、渔业", en: "Agriculture, forestry, animal husbandry and fishery" },
    },
    { code: "B", label: { zh: "采矿业", en: "Mining" } },
    { code: "C", label: { zh: "制造业", en: "Manufacturing" } },
    {
      code: "D",
      label: {
        zh: "电力、热力、燃气及水生产和供应业",
        en: "Production and supply of electricity, heat, gas and water",
      },
    },
    { code: "E", label: { zh: "建筑业", en: "Construction" } },
    { code: "F", label: { zh: "批发和零售业", en: "Wholesale and retail trades" } },
    { code: "G", label: { zh: "交通运输、仓储和邮政业", en: "Transport, storage and post" } },
    { code: "H", label: { zh: "住宿和餐饮业", en: "Accommodation and catering" } },
    {
      code: "I",
      label: {
        zh: "信息传输、软件和信息技术服务业",
        en: "Information transmission, software and information technology services",
      },
    },
    { code: "J", label: { zh: "金融业", en: "Finance" } },
    { code: "K", label: { zh: "房地产业", en: "Real estate" } },
    { code: "L", label: { zh: "租赁和商务服务业", en: "Leasing and business services" } },
    { code: "M", label: { zh: "科学研究和技术服务业", en: "Scientific research and technical services" } },
    {
      code: "N",
      label: {
        zh: "水利、环境和公共设施管理业",
        en: "Management of water conservancy, environment and public facilities",
      },
    },
    {
      code: "O",
      label: { zh: "居民服务、修理和其他服务业", en: "Resident services, repair and other services" },
    },
    { code: "P", label: { zh: "教育", en: "Education" } },
    { code: "Q", label: { zh: "卫生和社会工作", en: "Health and social work" } },
    { code: "R", label: { zh: "文化、体育和娱乐业", en: "Culture, sports and entertainment" } },
    {
      code: "S",
      label: {
        zh: "公共管理、社会保障和社会组织",
        en: "Public management, social security and social organizations",
      },
    },
    { code: "T", label: { zh: "国际组织", en: "International organizations" } },
  ],
};

/** The 大类 (two-digit division) range of each GB/T 4754-2017 门类; together they cover 01–97. */
export const gbt4754DivisionRanges: Readonly<Record<string, readonly [number, number]>> = {
  A: [1, 5],
  B: [6, 12],
  C: [13, 43],
  D: [44, 46],
  E: [47, 50],
  F: [51, 52],
  G: [53, 60],
  H: [61, 62],
  I: [63, 65],
  J: [66, 69],
  K: [70, 70],
  L: [71, 72],
  M: [73, 75],
  N: [76, 79],
  O: [80, 82],
  P: [83, 83],
  Q: [84, 85],
  R: [86, 90],
  S: [91, 96],
  T: [97, 97],
};

/** The 门类 letter of a GB/T 4754-2017 code (two or more digits), or undefined if its 大类 is not 01–97. */
export function sectionOfIndustryCode(code: string): string | undefined {
  if (!/^\d{2}/.test(code)) return undefined;
  const division = Number(code.slice(0, 2));
  for (const [section, [from, to]] of Object.entries(gbt4754DivisionRanges)) {
    if (division >= from && division <= to) return section;
  }
  return undefined;
}
