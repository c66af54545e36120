import { cciipIndustries } from "@tianbiao/codes";
import type { ReferenceTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { cciipIssuer, cciipSource } from "./source";

const table: ReferenceTable = {
  id: "cciip-industries",
  kind: "reference",
  tableNo: { zh: "表格 1", en: "Form 1" },
  title: { zh: "服务外包八大行业术语定义", en: "Definitions of the eight service outsourcing industries" },
  issuer: cciipIssuer,
  source: cciipSource({
    zh: "附件 推荐及申报说明 表格 1",
    en: "Annex: recommendation and application notes, form 1",
  }),
  columns: [
    { id: "industry", label: { zh: "行业", en: "Industry" } },
    { id: "definition", label: { zh: "定义", en: "Definition" } },
  ],
  // The list is typed once, in @tianbiao/codes, in the printed order.
  rows: cciipIndustries.entries.map((entry) => {
    const cells: Record<string, Text> = { industry: entry.label };
    if (entry.definition) cells.definition = entry.definition;
    return { id: entry.code, cells };
  }),
};

/** 表格1 服务外包八大行业术语定义: the eight industries of the CCIIP recommendation, with definitions. */
export const cciipIndustriesTable: TableModule = { table };
