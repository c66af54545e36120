import type { Field, FormTable, Rule, Submission } from "@tianbiao/core";
import { getTableModule, type TableModule } from "@tianbiao/tables";

/** An official field with the values the table's own fixtures give it. */
export interface OfficialField<F extends Field> {
  field: F;
  /** The field's value in the table's valid fixture (Chinese filer). */
  valid: unknown;
  /** The field's value in the table's English fixture (foreign-invested filer). */
  english: unknown;
  /** The field and its "other" text (`<id>Other`) as the fixtures give them, ready to use as a form value. */
  values: { valid: Submission; english: Submission };
}

function slice(submission: Submission | undefined, fieldId: string): Submission {
  const out: Submission = {};
  for (const key of [fieldId, `${fieldId}Other`])
    if (submission && key in submission) out[key] = submission[key];
  return out;
}

function formTable(tableId: string): { table: FormTable; fixtures: TableModule["fixtures"] } {
  const module = getTableModule(tableId);
  if (module?.table.kind !== "form") throw new Error(`${tableId} is not a form table`);
  return { table: module.table, fixtures: module.fixtures };
}

/**
 * A top-level field of an official form table, exactly as the table defines it (its showWhen dropped: alone
 * in a frame, the field it names is absent), for component tests and stories. The field and its sample
 * values are written once, in @tianbiao/tables.
 */
export function officialField<F extends Field>(
  tableId: string,
  fieldId: string,
  kind: F["kind"],
): OfficialField<F> {
  const { table, fixtures } = formTable(tableId);
  const found = table.sections.flatMap((section) => section.fields).find((field) => field.id === fieldId);
  if (!found || found.kind !== kind) throw new Error(`${tableId} has no top-level ${kind} field ${fieldId}`);
  return {
    field: { ...found, showWhen: undefined } as F,
    valid: fixtures?.valid[fieldId],
    english: fixtures?.english[fieldId],
    values: { valid: slice(fixtures?.valid, fieldId), english: slice(fixtures?.english, fieldId) },
  };
}

/** A rule of an official table by id, with its `when` dropped so it applies to a field framed alone. */
export function officialRule(tableId: string, ruleId: string): Rule {
  const rule = formTable(tableId).table.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`${tableId} has no rule ${ruleId}`);
  return "when" in rule && rule.kind === "threshold" ? { ...rule, when: undefined } : rule;
}
