import type { CodeEntry } from "@tianbiao/codes";
import { businessClassification2022 } from "@tianbiao/codes";
import type { ReferenceTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { surveySource } from "./common";

// A class name with its code in brackets, as 表1 prints it: 软件研发服务（I11）.
function withCode(entry: CodeEntry): Text {
  return { zh: `${entry.label.zh}（${entry.code}）`, en: `${entry.label.en} (${entry.code})` };
}

// The definition proper: the first paragraph of the explanation, before its typical businesses.
function definitionOf(entry: CodeEntry): Text | undefined {
  if (entry.definition === undefined) return undefined;
  const first = (text: string) => text.split("\n")[0]?.trim() ?? "";
  return { zh: first(entry.definition.zh), en: first(entry.definition.en) };
}

type Row = ReferenceTable["rows"][number];

// A row fills only its own level's column and the definition; the other cells stay empty.
function rowOf(entry: CodeEntry, level: number): Row {
  const column = ["major", "middle", "minor"][level] as string;
  const cells: Record<string, Text> = { [column]: withCode(entry) };
  const definition = definitionOf(entry);
  if (definition !== undefined) cells.definition = definition;
  return { id: entry.code, level, cells };
}

function rowsOf(entries: readonly CodeEntry[], level: number): Row[] {
  return entries.flatMap((entry) => [rowOf(entry, level), ...rowsOf(entry.children ?? [], level + 1)]);
}

const table: ReferenceTable = {
  id: "business-classification-2022",
  kind: "reference",
  tableNo: { zh: "表1", en: "Table 1" },
  title: { zh: "服务外包业务统计分类", en: "Statistical classification of service outsourcing business" },
  issuer: { zh: "商务部", en: "Ministry of Commerce" },
  source: surveySource({
    zh: "第三部分 服务外包统计操作指引 二、业务分类 表1",
    en: "Part 3 Operating guide for service outsourcing statistics, II Business classification, table 1",
  }),
  notes: [
    {
      zh: "服务外包业务统计分类包括3个大类，9个中类、45个小类。",
      en:
        "The statistical classification of service outsourcing business has 3 major categories, 9 middle " +
        "categories and 45 subcategories.",
    },
    {
      zh: "定义栏为“（二）业务术语解释及典型业务举例”中各类解释的首段，不含典型业务举例。",
      en:
        "The definition column gives the first paragraph of each class's explanation in “(2) Business terms and " +
        "examples of typical business”, without the examples of typical business.",
    },
  ],
  discrepancies: [
    {
      zh: "“设计服务（K2）”下的兜底小类名为“其他技术服务（K29）”，而非“其他设计服务”；表1与企业２表209一致，按原文。",
      en:
        "The catch-all subcategory under “design services (K2)” is named “other technical services (K29)”, not " +
        "“other design services”; table 1 and field 209 of enterprise table 2 agree, so it is kept as printed.",
    },
  ],
  columns: [
    { id: "major", label: { zh: "大类", en: "Major category" } },
    { id: "middle", label: { zh: "中类", en: "Middle category" } },
    { id: "minor", label: { zh: "小类", en: "Subcategory" } },
    { id: "definition", label: { zh: "定义", en: "Definition" } },
  ],
  rows: rowsOf(businessClassification2022.entries, 0),
};

/** 表1 服务外包业务统计分类, built from the code list. */
export const businessClassificationTable: TableModule = { table };
