/** Text in each language the project ships; the Chinese is as printed, the English a glossary translation. */
export interface Text {
  zh: string;
  en: string;
}

/** One entry of a code list: a code as printed and its bilingual name, optionally nested. */
export interface CodeEntry {
  code: string;
  label: Text;
  /** The document's definition or 指标解释 for this entry, where it has one. */
  definition?: Text;
  children?: CodeEntry[];
}

/** A versioned, bilingual code list with the document it was typed from. */
export interface CodeList {
  id: string;
  title: Text;
  /** Version or edition, e.g. "2022" or "GB/T 4754-2017". */
  version: string;
  source: Text;
  entries: CodeEntry[];
}

/** Names of the identifier and format validators a `code` or `text` field may ask for. */
export type IdentifierType =
  | "uscc"
  | "orgCode"
  | "divisionCode"
  | "urbanRuralCode"
  | "industryCode"
  | "industryCode2011"
  | "registrationType"
  | "areaCode"
  | "landline"
  | "mobile"
  | "postcode"
  | "email"
  | "url";
