import type { CodeEntry, CodeList } from "../types";
import { outsourcingPlanOutline } from "./sources";

/** A 中国服务外包示范城市 and the province (two-digit division prefix) it lies in. */
export interface DemonstrationCity extends CodeEntry {
  provinceCode: string;
}

/** A code list whose entries are demonstration cities. */
export interface DemonstrationCityList extends CodeList {
  entries: DemonstrationCity[];
}

type Row = [code: string, zh: string, en: string, provinceCode: string];

// In the order the 纲要 appendix names them.
const rows: Row[] = [
  ["beijing", "北京", "Beijing", "11"],
  ["tianjin", "天津", "Tianjin", "12"],
  ["shanghai", "上海", "Shanghai", "31"],
  ["chongqing", "重庆", "Chongqing", "50"],
  ["dalian", "大连", "Dalian", "21"],
  ["shenzhen", "深圳", "Shenzhen", "44"],
  ["guangzhou", "广州", "Guangzhou", "44"],
  ["wuhan", "武汉", "Wuhan", "42"],
  ["harbin", "哈尔滨", "Harbin", "23"],
  ["chengdu", "成都", "Chengdu", "51"],
  ["nanjing", "南京", "Nanjing", "32"],
  ["xian", "西安", "Xi'an", "61"],
  ["jinan", "济南", "Jinan", "37"],
  ["hangzhou", "杭州", "Hangzhou", "33"],
  ["hefei", "合肥", "Hefei", "34"],
  ["nanchang", "南昌", "Nanchang", "36"],
  ["changsha", "长沙", "Changsha", "43"],
  ["daqing", "大庆", "Daqing", "23"],
  ["suzhou", "苏州", "Suzhou", "32"],
  ["wuxi", "无锡", "Wuxi", "32"],
  ["xiamen", "厦门", "Xiamen", "35"],
];

/**
 * The 21 中国服务外包示范城市 named in the appendix (名词解释 七) of the 2011–2015 development plan
 * outline, as recognised by January 2011.
 */
export const demonstrationCities: DemonstrationCityList = {
  id: "demonstration-cities",
  title: { zh: "中国服务外包示范城市", en: "China service outsourcing demonstration city list" },
  version: "2011",
  source: {
    zh: `${outsourcingPlanOutline.zh} 附录：名词解释 七、服务外包示范城市`,
    en: `${outsourcingPlanOutline.en}, appendix: glossary, 7 service outsourcing demonstration city`,
  },
  entries: rows.map(([code, zh, en, provinceCode]) => ({ code, label: { zh, en }, provinceCode })),
};
