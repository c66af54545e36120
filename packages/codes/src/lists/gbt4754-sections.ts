import type { CodeEntry, CodeList } from "../types";
import type { Gbt4754Edition } from "./industry-code-editions";
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
  entries: sectionEntries(),
};

// The 门类 letters and names are the same in the 2011 and 2017 editions; only the 大类 under them moved.
function sectionEntries(): CodeEntry[] {
  return [
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
  ];
}

/**
 * 国民经济行业分类 GB/T 4754-2011, the edition 企业1表 field 107 prints (行业类别(GB/T 4754-2011)) over its
 * □□□□ 行业代码 boxes. The form prints no section names; they are the 2011 standard's, the same as 2017's.
 */
export const gbt4754Sections2011: CodeList = {
  id: "gbt4754-2011-sections",
  title: {
    zh: "国民经济行业分类（GB/T 4754-2011）门类",
    en: "Industrial classification for national economic activities (GB/T 4754-2011): sections",
  },
  version: "GB/T 4754-2011",
  source: {
    zh: `${statisticalSurveySystem.zh} 服务外包统企业１表 107 行业类别(GB/T 4754-2011)`,
    en: `${statisticalSurveySystem.en}, table Enterprise 1, field 107 industry category (GB/T 4754-2011)`,
  },
  entries: sectionEntries(),
};

type DivisionRanges = Readonly<Record<string, readonly [number, number]>>;

/**
 * The 大类 (two-digit division) range of each GB/T 4754-2017 门类, from the standard's own table (the seeds
 * print none); together they cover 01–97. 2017 added 79 土地管理业 to N, which moved O–T up by one.
 */
export const gbt4754DivisionRanges: DivisionRanges = {
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

/**
 * The 大类 range of each GB/T 4754-2011 门类, from the 2011 standard's own table (the seeds print none);
 * together they cover 01–96. A–M are as in 2017; N ends at 78, and O–T sit one lower than in 2017.
 */
export const gbt4754DivisionRanges2011: DivisionRanges = {
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
  N: [76, 78],
  O: [79, 81],
  P: [82, 82],
  Q: [83, 84],
  R: [85, 89],
  S: [90, 95],
  T: [96, 96],
};

/** Each edition's 门类 list and 大类 ranges. */
export const gbt4754Editions: Readonly<
  Record<Gbt4754Edition, { sections: CodeList; divisionRanges: DivisionRanges }>
> = {
  "2011": { sections: gbt4754Sections2011, divisionRanges: gbt4754DivisionRanges2011 },
  "2017": { sections: gbt4754Sections, divisionRanges: gbt4754DivisionRanges },
};

/**
 * The 门类 letter of an industry code (two or more digits) in an edition (2017 unless given), or
 * undefined if its 大类 is not one of that edition's.
 */
export function sectionOfIndustryCode(code: string, edition: Gbt4754Edition = "2017"): string | undefined {
  if (!/^\d{2}/.test(code)) return undefined;
  const division = Number(code.slice(0, 2));
  for (const [section, [from, to]] of Object.entries(gbt4754Editions[edition].divisionRanges)) {
    if (division >= from && division <= to) return section;
  }
  return undefined;
}
