import type { IdentifierType } from "../types";

// How each identifier is written on paper, apart from its checks (validate-identifier.ts): the
// renderer lays out a code's boxes from this on first paint, while the checks, with the code lists
// they read, may travel in a page script's validator chunk.

/** How an identifier is written on paper. */
export interface IdentifierSpec {
  /** Fixed length of the normalised value, where there is one. */
  length?: number;
  /** The printed □ boxes, group by group (□□□□□□□□－□ is [8, 1]). */
  groups?: number[];
  /** A value that passes. */
  example: string;
  /** Whether the check reads a code list that only it needs (the administrative divisions, the urban-rural codes). */
  list?: true;
}

/** Length, box groups and a passing example for every identifier type. */
export const identifierSpecs: Record<IdentifierType, IdentifierSpec> = {
  uscc: { length: 18, groups: [18], example: "91440300708461136T" },
  orgCode: { length: 9, groups: [8, 1], example: "70846113-6" },
  divisionCode: { length: 12, groups: [12], example: "440305000000", list: true },
  urbanRuralCode: { length: 3, groups: [3], example: "111", list: true },
  industryCode: { length: 4, groups: [4], example: "6513" },
  industryCode2011: { length: 4, groups: [4], example: "6510" },
  registrationType: { length: 3, groups: [3], example: "173" },
  areaCode: { groups: [5], example: "0755" },
  landline: { groups: [8, 6], example: "65978801-307" },
  mobile: { length: 11, groups: [11], example: "13800138000" },
  postcode: { length: 6, groups: [6], example: "100731" },
  email: { example: "contact@example.com" },
  url: { example: "https://www.example.com" },
};
