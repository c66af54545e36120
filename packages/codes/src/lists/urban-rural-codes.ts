import type { CodeList } from "../types";

/**
 * 城乡代码: the seven three-digit urban-rural classification codes of the national statistical
 * division codes, asked for on 企业1表 field 106 (城乡代码 □□□). 1xx are 城镇, 2xx are 乡村.
 */
export const urbanRuralCodes: CodeList = {
  id: "urban-rural-codes",
  title: { zh: "城乡代码", en: "Urban-rural code" },
  version: "2008",
  source: {
    zh: "统计上划分城乡的规定（国函〔2008〕60号）；国家统计局 统计用区划和城乡划分代码",
    en:
      "Rules on the Statistical Division of Urban and Rural Areas (Guohan [2008] No. 60); National Bureau of " +
      "Statistics, statistical division and urban-rural classification codes",
  },
  entries: [
    { code: "111", label: { zh: "主城区", en: "Main urban area" } },
    { code: "112", label: { zh: "城乡结合区", en: "Urban-rural fringe area" } },
    { code: "121", label: { zh: "镇中心区", en: "Town centre area" } },
    { code: "122", label: { zh: "镇乡结合区", en: "Town-rural fringe area" } },
    { code: "123", label: { zh: "特殊区域", en: "Special area" } },
    { code: "210", label: { zh: "乡中心区", en: "Township centre area" } },
    { code: "220", label: { zh: "村庄", en: "Village" } },
  ],
};
