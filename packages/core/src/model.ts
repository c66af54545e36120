import type { IdentifierType, Text } from "@tianbiao/codes";

export type { Text };

/** The languages a table renders in; "bilingual" shows Chinese and English side by side. */
export type Lang = "zh" | "en";
export type LangMode = Lang | "bilingual";

/** Units as printed on the forms. */
export type Unit = "万元" | "万美元" | "人" | "家" | "个" | "%" | "月" | "人小时" | "元" | "平方米";

/** A dotted path into a submission: `contacts.mobile`, `hr.401.current`, `investors.*.share`. */
export type Path = string;

/** Where the table was typed from. */
export interface SourceRef {
  /** The document's number and title, e.g. 国统制〔2022〕45号 服务外包统计调查制度. */
  document: Text;
  /** The seed file it was typed from (file name only). */
  seed: string;
  /** The part of the document, e.g. "三、调查表式（一）". */
  section?: Text;
}

/** A condition over the submission; all present keys must hold. */
export interface Condition {
  field?: Path;
  equals?: string | number | boolean;
  in?: Array<string | number | boolean>;
  /** The field has any value (true) or none (false). */
  filled?: boolean;
  /** For a multiple choice: the selection includes this value. */
  includes?: string;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  /** A value the host supplies at fill time (e.g. the section an applicant chose). */
  context?: string;
}

export interface ChoiceOption {
  value: string;
  label: Text;
  /** The code printed beside the option, where the form prints one (e.g. 110 国有). */
  code?: string;
  /** Options nested under a heading; a heading with children is not itself selectable. */
  children?: ChoiceOption[];
}

interface FieldBase {
  /** Stable key inside its parent; the submission path is the parent path plus this id. */
  id: string;
  /** The printed field number (101, 206, 401…), where the paper has one. */
  code?: string;
  label: Text;
  /** The document's 指标解释 for this field, shown as help text. */
  help?: Text;
  required?: boolean;
  /** Shown (and validated) only when the condition holds. */
  showWhen?: Condition;
  /** Computed by the form or the system; the filer does not type it. */
  readOnly?: boolean;
  /** Hint for layout: how wide the input is on paper. */
  width?: "short" | "medium" | "long";
}

export interface TextField extends FieldBase {
  kind: "text";
  maxLength?: number;
  /** A format the value must have; validators live in @tianbiao/codes. */
  format?: Extract<IdentifierType, "areaCode" | "landline" | "mobile" | "postcode" | "email" | "url">;
  /** Free text in this language only (e.g. 英文名称); lets the English fixture fill it. */
  textLang?: "zh" | "en";
  /** Extra values accepted as they are, e.g. 205 合同期限 accepts 无. */
  accepts?: string[];
  /** An input helper beside the field: "province" offers the provincial divisions to pick from. */
  picker?: "province" | "industrySection";
}

export interface LongTextField extends FieldBase {
  kind: "longText";
  maxLength?: number;
  rows?: number;
}

export interface NumberField extends FieldBase {
  kind: "integer" | "decimal";
  unit?: Unit;
  min?: number;
  max?: number;
  /** Decimal places allowed (decimal only). */
  scale?: number;
  /** Words accepted instead of a number, e.g. 205 合同期限 accepts 无. */
  accepts?: string[];
}

/**
 * An amount in 万元 of a currency, with its 折万美元 figure derived from a dated rate the
 * filer can override. Value: { amount, currency, rate, rateDate, usd }.
 * `rate` is units of the currency per one US dollar.
 */
export interface MoneyField extends FieldBase {
  kind: "money";
  unit: "万元";
  /** "CNY" when the form fixes 人民币; "any" when the filer states the 原币. */
  currency: "CNY" | "any";
  /** Whether the paper asks for the 折万美元 figure beside the amount. */
  usd: boolean;
}

export interface DateField extends FieldBase {
  kind: "date";
  precision: "day" | "month" | "year";
}

/** A fixed-length code written in the paper's □ boxes. */
export interface CodeField extends FieldBase {
  kind: "code";
  codeType: Extract<
    IdentifierType,
    | "uscc"
    | "orgCode"
    | "divisionCode"
    | "urbanRuralCode"
    | "industryCode"
    | "industryCode2011"
    | "registrationType"
  >;
  /** Box grouping as printed, e.g. [8, 1] for □□□□□□□□－□. */
  groups?: number[];
  /**
   * An input helper beside the boxes: "industrySection" shows the 大类 range of a chosen 门类, in the
   * edition of 国民经济行业分类 the code type names.
   */
  picker?: "province" | "industrySection";
}

export interface ChoiceField extends FieldBase {
  kind: "choice";
  options: ChoiceOption[];
  multiple?: boolean;
  /** The option value that opens an "other: ____" text, stored at `<id>Other`. */
  otherValue?: string;
  /** Display hint: radio/checkbox for short lists, a searchable select for long ones. */
  display?: "radio" | "checkbox" | "select";
}

export interface YesNoField extends FieldBase {
  kind: "yesNo";
}

/** Fields that belong together on paper (an address, 联系方式). Value: an object. */
export interface GroupField extends FieldBase {
  kind: "group";
  fields: Field[];
}

/** Repeating rows (investors, new certifications, the 城市 tables). Value: an array of objects. */
export interface RowsField extends FieldBase {
  kind: "rows";
  columns: Field[];
  /** Column letters or numbers as printed (甲 乙 丙 … 1 2), same order as columns. */
  columnMarks?: string[];
  minRows?: number;
  maxRows?: number;
  /** Fixed row headings (e.g. 中方投资者 / 外方投资者), stored in the `rowKind` column. */
  rowKinds?: ChoiceOption[];
}

export interface MatrixColumn {
  id: string;
  label: Text;
  /** Column mark as printed (1, 2). */
  mark?: string;
}

export interface MatrixRow {
  /** Key of the row in the value; the printed code where there is one. */
  id: string;
  code?: string;
  label: Text;
  unit?: Unit;
  /** Indentation as printed: 0 for 一、…, 1 for 其中：…, 2 for a breakdown of a breakdown. */
  level: number;
  /** A heading row with no cells (一、服务采购商). */
  heading?: boolean;
  /** Columns printed with — for this row: no input there. */
  blank?: string[];
  kind?: "integer" | "decimal";
}

/** Indicator rows × columns (上年同期 / 本年). Value: { [rowId]: { [columnId]: number } }. */
export interface MatrixField extends FieldBase {
  kind: "matrix";
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** The column letters of the printed header (甲 乙 丙) for name, unit and code. */
  stubMarks?: string[];
}

export type Field =
  | TextField
  | LongTextField
  | NumberField
  | MoneyField
  | DateField
  | CodeField
  | ChoiceField
  | YesNoField
  | GroupField
  | RowsField
  | MatrixField;

export type FieldKind = Field["kind"];

/** What a section is on paper: the official header, the body, the footer, a signature block. */
export type SectionRole = "header" | "body" | "footer" | "signature" | "stamp";

export interface Section {
  id: string;
  title?: Text;
  role?: SectionRole;
  /** A note printed with the section (e.g. 选填 instructions). */
  note?: Text;
  showWhen?: Condition;
  fields: Field[];
}

export type Severity = "error" | "warning";

interface RuleBase {
  /** Stable id, reported back with each finding. */
  id: string;
  severity: Severity;
  /** Where the finding points in the form; defaults to the rule's main path. */
  at?: Path;
  /** An i18n key to use instead of the rule kind's default message. */
  messageKey?: string;
  /** Why the rule exists: the document's words. */
  source?: Text;
}

/** `target` must be filled when `when` holds. */
export interface RequiredWhenRule extends RuleBase {
  kind: "requiredWhen";
  target: Path;
  when: Condition;
}

/** `target` may be filled only when `when` holds (309 only for offshore contracts). */
export interface OnlyWhenRule extends RuleBase {
  kind: "onlyWhen";
  target: Path;
  when: Condition;
}

/** `total` equals the sum of `parts` (each path may end in `.*.col` to sum a column of rows). */
export interface SumRule extends RuleBase {
  kind: "sum";
  total: Path;
  parts: Path[];
}

/** The sum of `parts` is at most `whole`. */
export interface AtMostRule extends RuleBase {
  kind: "atMost";
  parts: Path[];
  whole: Path;
}

/** The sum of `parts` equals a constant (investors' shares in 119 sum to 100). */
export interface TotalEqualsRule extends RuleBase {
  kind: "totalEquals";
  parts: Path[];
  value: number;
  /** Rounding tolerance. */
  tolerance?: number;
}

/** At least one of the targets is filled (统一社会信用代码 or 组织机构代码). */
export interface RequireOneRule extends RuleBase {
  kind: "requireOne";
  targets: Path[];
}

/** A value within bounds (the 360号 thresholds), typically a warning; applies when `when` holds. */
export interface ThresholdRule extends RuleBase {
  kind: "threshold";
  target: Path;
  min?: number;
  max?: number;
  when?: Condition;
}

export type Formula =
  | { op: "sum"; of: Array<Path | { context: string }> }
  | { op: "difference"; of: [Path, Path] };

/** `target` is computed from a formula (310 累计执行金额). A filled value that differs is reported. */
export interface DerivedRule extends RuleBase {
  kind: "derived";
  target: Path;
  formula: Formula;
}

export type Rule =
  | RequiredWhenRule
  | OnlyWhenRule
  | SumRule
  | AtMostRule
  | TotalEqualsRule
  | RequireOneRule
  | ThresholdRule
  | DerivedRule;

export type RuleKind = Rule["kind"];

export type ReportingPeriod = "annual" | "monthly" | "once";

/** Identity of a table as printed in its header. */
export interface TableIdentity {
  /** 表号, e.g. 服务外包统企业１表. */
  tableNo?: Text;
  title: Text;
  /** 制定机关 */
  issuer?: Text;
  /** 批准机关 */
  approver?: Text;
  /** 批准文号 */
  approvalNo?: Text;
  /** 有效期至, as YYYY-MM. */
  validUntil?: string;
  /** 报告期别 */
  period?: ReportingPeriod;
  /** 报送日期及方式 from the 报表目录. */
  deadline?: Text;
}

/**
 * What the reporting service reads from the filer's other filings. The server computes it from
 * what it has stored; the browser never supplies it.
 */
export interface HistorySum {
  /** The context value the table's rules read (e.g. previousCumulative for 310). */
  context: string;
  /** The number summed over the filer's earlier filings of this table (e.g. 308 executedAmount). */
  sum: Path;
  /** Fields that must hold the same value in those filings (e.g. 304 contractNumber). */
  match: Path[];
  /** A date field: only filings whose value here is earlier count (e.g. 305 executionDate). */
  before: Path;
}

/** A value that must name one of the filer's filings of another table (304 names a 202 contract). */
export interface FilingReference {
  id: string;
  /** The field here that names the other filing. */
  field: Path;
  /** The other table, and the field there that holds the same value. */
  table: string;
  match: Path;
  /** Optional: a figure here that should not exceed a figure of the referenced filing. */
  atMost?: { value: Path; whole: Path; severity: Severity };
  /** Where the check comes from: the document's words, or the project's judgement, said so. */
  source: Text;
}

/** How the reporting service keeps filings of a table. */
export interface FilingRules {
  /**
   * Fields that, with the filer, name one filing: filing again under the same values makes a new
   * revision of it. [] means one filing per filer.
   */
  key: Path[];
  /** The field holding the filer's 统一社会信用代码, checked against the signed-in account. */
  filerCode?: Path;
  history?: HistorySum[];
  references?: FilingReference[];
}

export interface FormTable extends TableIdentity {
  id: string;
  kind: "form";
  source: SourceRef;
  /** 说明 printed with the table. */
  notes?: Text[];
  /** Where the document contradicts itself, what was followed and why. */
  discrepancies?: Text[];
  sections: Section[];
  rules: Rule[];
  /** How the reporting service keeps its filings; without it, one filing per filer per reportPeriod. */
  filing?: FilingRules;
}

export interface ReferenceColumn {
  id: string;
  label: Text;
}

/** A read-only reference table: columns and rows of bilingual cells. */
export interface ReferenceTable extends TableIdentity {
  id: string;
  kind: "reference";
  source: SourceRef;
  notes?: Text[];
  discrepancies?: Text[];
  columns: ReferenceColumn[];
  rows: Array<{ id: string; level?: number; cells: Record<string, Text> }>;
}

export type TableDefinition = FormTable | ReferenceTable;

/** A money value as stored in a submission. */
export interface MoneyValue {
  amount?: number;
  currency?: string;
  rate?: number;
  rateDate?: string;
  usd?: number;
}

/** A submission: plain JSON keyed by field ids, as posted to a server. */
export type Submission = Record<string, unknown>;

/** One finding from validation, pointing at a field. */
export interface Finding {
  /** Path of the field the finding points at. */
  path: Path;
  /** The printed field code, where the field has one. */
  code?: string;
  /** The rule id for table rules, or the field check that failed (required, format, checksum…). */
  rule: string;
  severity: Severity;
  messageKey: string;
  params: Record<string, string | number>;
}

export interface ValidationResult {
  ok: boolean;
  errors: Finding[];
  warnings: Finding[];
  /**
   * Asked for with `withValue`: the submission as the table reads it, as `normalize` answers it;
   * absent when a field check failed.
   */
  value?: Submission;
}

/** An invalid fixture breaks exactly one rule, at one path. */
export interface InvalidFixture {
  name: string;
  description: Text;
  expect: { rule: string; path: Path };
  value: Submission;
}

/**
 * Sample data for a form table, written once and used by unit tests, stories, docs and demos.
 * `english` is filled by a foreign-invested enterprise in English wherever free text allows.
 */
export interface TableFixtures {
  valid: Submission;
  english: Submission;
  invalid: InvalidFixture[];
  /** Submissions that each raise exactly one warning (and no error). */
  warnings?: InvalidFixture[];
  /** Values the host supplies at fill time (previous cumulative amounts, chosen section…). */
  context?: Record<string, unknown>;
}
