export {
  type CallOptions,
  type CompiledTable,
  type CompileOptions,
  compileTable,
  evaluateCondition,
  type ValidateOptions,
} from "./compile";
export { usdOf } from "./derive";
export {
  allFields,
  type FieldEntry,
  type FieldLocation,
  type FieldVisitInfo,
  type FieldVisitor,
  walkFields,
} from "./fields";
export { type FieldRule, fieldRules, makeFinding, placeParams } from "./findings";
export { enableCompiledParsers } from "./jit";
export { tableJsonSchema } from "./json-schema";
export { type FormatName, formatNames, type MessageKey, messageKeys } from "./messages";
export type {
  AtMostRule,
  ChoiceField,
  ChoiceOption,
  CodeField,
  Condition,
  DateField,
  DerivedRule,
  Field,
  FieldKind,
  FilingReference,
  FilingRules,
  Finding,
  FormTable,
  Formula,
  GroupField,
  HistorySum,
  InvalidFixture,
  Lang,
  LangMode,
  LongTextField,
  MatrixColumn,
  MatrixField,
  MatrixRow,
  MoneyField,
  MoneyValue,
  NumberField,
  OnlyWhenRule,
  Path,
  ReferenceColumn,
  ReferenceTable,
  ReportingPeriod,
  RequiredWhenRule,
  RequireOneRule,
  RowsField,
  Rule,
  RuleKind,
  Section,
  SectionRole,
  Severity,
  SourceRef,
  Submission,
  SumRule,
  TableDefinition,
  TableFixtures,
  TableIdentity,
  Text,
  TextField,
  ThresholdRule,
  TotalEqualsRule,
  Unit,
  ValidationResult,
  YesNoField,
} from "./model";
export { parseNumeric } from "./numbers";
export { getAt, isEmpty, setAt } from "./paths";
export { isCalendarDate, selectableValues } from "./schema";
export { loadValidator, validatorLoaded } from "./validator";
