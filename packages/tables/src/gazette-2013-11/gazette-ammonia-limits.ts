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
  id: "gazette-ammonia-limits",
  kind: "reference",
  tableNo: { zh: "表1", en: "Table 1" },
  title: {
    zh: "合成氨单位产品能耗限额限定值(GB21344)",
    en: "Limit values of energy consumption per unit of synthetic ammonia (GB21344)",
  },
  issuer: ammoniaIssuer,
  source: ammoniaSource,
  notes: [ammoniaIntroduction, ammoniaRemark],
  discrepancies: ammoniaDiscrepancies,
  columns: [
    feedstockColumn,
    {
      id: "limit",
      label: {
        zh: "合成氨单位产品综合能耗限额限定值(千克标准煤/吨)(kgce/t)",
        en: "Limit value of comprehensive energy consumption per unit of synthetic ammonia (kg of standard coal per tonne) (kgce/t)",
      },
    },
  ],
  rows: [
    {
      id: "premiumAnthracite",
      cells: { feedstock: feedstocks.premiumAnthracite, limit: { zh: "≤1900", en: "≤1900" } },
    },
    { id: "otherSolid", cells: { feedstock: feedstocks.otherSolid, limit: { zh: "≤2200", en: "≤2200" } } },
    { id: "gas", cells: { feedstock: feedstocks.gas, limit: { zh: "≤1650", en: "≤1650" } } },
  ],
};

/** 表1 合成氨单位产品能耗限额限定值: the limits existing producers must meet. */
export const gazetteAmmoniaLimits: TableModule = { table };
