import type { Condition, Field, FormTable, InvalidFixture, Rule, Submission } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { singleFieldTable } from "../story-helpers/single-field-table";

/** One field of an official table, framed alone with its own rules and its slice of the table's fixtures. */
export interface FieldExample {
  /** The official table the field comes from. */
  source: FormTable;
  field: Field;
  /** A one-section table holding only this field and the rules that read nothing else. */
  table: FormTable;
  valid: Submission;
  english: Submission;
  /** The table's invalid fixtures that break a rule of this field. */
  invalid: InvalidFixture[];
  /** The table's warning fixtures whose one warning points at this field. */
  warnings: InvalidFixture[];
}

/**
 * A field of an official table with its fixtures, for component tests and stories: the sample data is
 * the table's own (written once in @tianbiao/tables), never typed again here.
 */
export function fieldExample(tableId: string, fieldId: string): FieldExample {
  const module = getTableModule(tableId);
  if (module?.table.kind !== "form" || !module.fixtures) {
    throw new Error(`${tableId} is not a form table with fixtures`);
  }
  const source = module.table;
  const found = source.sections.flatMap((section) => section.fields).find((f) => f.id === fieldId);
  if (!found) throw new Error(`${tableId} has no top-level field ${fieldId}`);
  // Alone, the field is always shown: its condition would name fields the frame does not have.
  const field: Field = { ...found, showWhen: undefined };
  const rules = source.rules.filter((rule) => rulePaths(rule).every((path) => within(path, fieldId)));
  const slice = (value: Submission): Submission => (fieldId in value ? { [fieldId]: value[fieldId] } : {});
  const { fixtures } = module;
  const mine = (list: InvalidFixture[]) =>
    list
      .filter((fixture) => within(fixture.expect.path, fieldId))
      .map((fixture) => ({ ...fixture, value: slice(fixture.value) }));
  return {
    source,
    field,
    table: singleFieldTable([field], rules, `${tableId}-${fieldId}`),
    valid: slice(fixtures.valid),
    english: slice(fixtures.english),
    invalid: mine(fixtures.invalid),
    warnings: mine(fixtures.warnings ?? []),
  };
}

function within(path: string, fieldId: string): boolean {
  return path === fieldId || path.startsWith(`${fieldId}.`);
}

/** Every path a rule reads or points at; context operands are supplied by the host and read nothing. */
function rulePaths(rule: Rule): string[] {
  const at = rule.at ? [rule.at] : [];
  switch (rule.kind) {
    case "sum":
      return [rule.total, ...rule.parts, ...at];
    case "atMost":
      return [rule.whole, ...rule.parts, ...at];
    case "totalEquals":
      return [...rule.parts, ...at];
    case "requireOne":
      return [...rule.targets, ...at];
    case "derived":
      return [rule.target, ...rule.formula.of.flatMap((o) => (typeof o === "string" ? [o] : [])), ...at];
    case "requiredWhen":
    case "onlyWhen":
      return [rule.target, ...conditionPaths(rule.when), ...at];
    case "threshold":
      return [rule.target, ...(rule.when ? conditionPaths(rule.when) : []), ...at];
  }
}

function conditionPaths(condition: Condition): string[] {
  return [
    ...(condition.field ? [condition.field] : []),
    ...(condition.all ?? []).flatMap(conditionPaths),
    ...(condition.any ?? []).flatMap(conditionPaths),
    ...(condition.not ? conditionPaths(condition.not) : []),
  ];
}
