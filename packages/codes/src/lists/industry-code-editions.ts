import type { IdentifierType } from "../types";

// Which edition of 国民经济行业分类 an identifier type follows, apart from the editions' lists
// (gbt4754-sections.ts), so a code field can say it on first paint without carrying the lists.

/** The editions of 国民经济行业分类 the documents name: 企业1表 107 prints 2011, 企业2表 212 prints 2017. */
export type Gbt4754Edition = "2011" | "2017";

/** The edition each 行业代码 identifier type is checked against. */
export const industryCodeEditions: Readonly<Partial<Record<IdentifierType, Gbt4754Edition>>> = {
  industryCode: "2017",
  industryCode2011: "2011",
};
