import type { ReferenceTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import {
  ammoniaDiscrepancies,
  ammoniaIntroduction,
  ammoniaIssuer,
  ammoniaRemark,
  ammoniaSource,
  feedstockColumn,
  feedstocks,
} from "./ammonia";

const table: ReferenceTable = {
  id: "gazette-ammonia-entry",
  kind: "reference",
  tableNo: { zh: "表2", en: "Table 2" },
  title: {
    zh: "合成氨单位产品能耗限额准入值(GB21344)",
    en: "Entry values of energy consumption per unit of synthetic ammonia (GB21344)",
  },
  issuer: ammoniaIssuer,
  source: ammoniaSource,
  notes: [
    ammoniaIntroduction,
    ammoniaRemark,
    {
      zh: "现有企业应在三年内达到“表2合成氨单位产品能耗限额准入值(GB21344)”的要求,新建或改扩建合成氨项目须进行节能评估和审查。",
      en: "Existing producers shall meet the requirements of Table 2, entry values of energy consumption per unit of synthetic ammonia (GB21344), within three years; new, rebuilt or expanded synthetic ammonia projects must undergo energy-saving assessment and review.",
    },
  ],
  discrepancies: ammoniaDiscrepancies,
  columns: [
    feedstockColumn,
    {
      id: "entry",
      label: {
        zh: "合成氨单位产品综合能耗限额准入值(千克标准煤/吨)(kgce/t)",
        en: "Entry value of comprehensive energy consumption per unit of synthetic ammonia (kg of standard coal per tonne) (kgce/t)",
      },
    },
  ],
  rows: [
    {
      id: "premiumAnthracite",
      cells: { feedstock: feedstocks.premiumAnthracite, entry: { zh: "≤1500", en: "≤1500" } },
    },
    { id: "otherSolid", cells: { feedstock: feedstocks.otherSolid, entry: { zh: "≤1800", en: "≤1800" } } },
    { id: "gas", cells: { feedstock: feedstocks.gas, entry: { zh: "≤1150", en: "≤1150" } } },
  ],
};

/** 表2 合成氨单位产品能耗限额准入值: the limits new producers must meet (existing ones within three years). */
export const gazetteAmmoniaEntry: TableModule = { table };
