import type { ChoiceOption, Condition, Field, FormTable, Rule, Submission } from "@tianbiao/core";
import { Model } from "survey-core";
import "survey-core/survey-core.css";
import { useState } from "react";
import { Survey } from "survey-react-ui";

/**
 * The same table as a SurveyJS survey, built the way its React guide does it: a JSON model
 * (`new Model(json)`), rendered by `<Survey model>` with the default theme's stylesheet. Every
 * section is a panel on one page, as tianbiao shows them. Checks are the ones SurveyJS declares in
 * JSON: `isRequired`, `maxLength`, number inputs with `min`/`max`, an integer `regex` validator,
 * `email`, `visibleIf` for showWhen and `requiredIf` for requiredWhen rules. SurveyJS's defaults are
 * kept: a text input is uncontrolled and the model takes its value on blur (`textUpdateMode:
 * "onBlur"`), and errors are checked on completing the survey (`checkErrorsMode: "onNextPage"`). The
 * README says what `"onTyping"` costs.
 */

type Json = Record<string, unknown>;

const quote = (v: string | number | boolean) =>
  typeof v === "string" ? `'${v.replace(/'/g, "\\'")}'` : String(v);

/** A tianbiao condition as a SurveyJS expression; a host-supplied context value always holds here. */
export function expression(c: Condition): string {
  const parts: string[] = [];
  const ref = c.field ? `{${c.field}}` : "";
  if (c.field && c.equals !== undefined) parts.push(`${ref} = ${quote(c.equals)}`);
  if (c.field && c.in) parts.push(`${ref} anyof [${c.in.map(quote).join(", ")}]`);
  if (c.field && c.filled !== undefined) parts.push(`${ref} ${c.filled ? "notempty" : "empty"}`);
  if (c.field && c.includes !== undefined) parts.push(`${ref} contains ${quote(c.includes)}`);
  if (c.all) parts.push(`(${c.all.map(expression).join(" and ")})`);
  if (c.any) parts.push(`(${c.any.map(expression).join(" or ")})`);
  if (c.not) parts.push(`!(${expression(c.not)})`);
  return parts.length > 0 ? parts.join(" and ") : "true";
}

const flat = (options: ChoiceOption[]): ChoiceOption[] =>
  options.flatMap((o) => (o.children ? flat(o.children) : [o]));
const choices = (options: ChoiceOption[]) => flat(options).map((o) => ({ value: o.value, text: o.label.zh }));

function question(field: Field, name: string, requiredIf: Map<string, string>): Json {
  const base: Json = { name, title: field.label.zh, isRequired: field.required === true };
  if (field.readOnly) base.readOnly = true;
  if (field.showWhen) base.visibleIf = expression(field.showWhen);
  const when = requiredIf.get(name);
  if (when) base.requiredIf = when;
  switch (field.kind) {
    case "text":
      return {
        ...base,
        type: "text",
        ...(field.format === "email" ? { inputType: "email", validators: [{ type: "email" }] } : {}),
        ...(field.format === "url" ? { inputType: "url" } : {}),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
      };
    case "longText":
      return { ...base, type: "comment", ...(field.maxLength ? { maxLength: field.maxLength } : {}) };
    case "integer":
    case "decimal":
      return {
        ...base,
        type: "text",
        inputType: "number",
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
        ...(field.kind === "integer" ? { validators: [{ type: "regex", regex: "^-?\\d+$" }] } : {}),
      };
    case "date":
      return field.precision === "year"
        ? { ...base, type: "text", inputType: "number" }
        : { ...base, type: "text", inputType: field.precision === "month" ? "month" : "date" };
    case "code":
      return {
        ...base,
        type: "text",
        ...(field.groups ? { maxLength: field.groups.reduce((a, b) => a + b, 0) } : {}),
      };
    case "choice":
      return field.multiple
        ? { ...base, type: "checkbox", choices: choices(field.options) }
        : {
            ...base,
            type: field.display === "radio" ? "radiogroup" : "dropdown",
            choices: choices(field.options),
          };
    case "yesNo":
      return { ...base, type: "boolean" };
    case "money":
      return {
        ...base,
        type: "multipletext",
        items: [
          { name: "amount", title: "金额（万元）", inputType: "number", isRequired: field.required === true },
          {
            name: "currency",
            title: "币种",
            isRequired: field.currency === "any" && field.required === true,
          },
        ],
      };
    case "group":
      return {
        ...base,
        type: "panel",
        elements: field.fields.map((f) => question(f, `${name}.${f.id}`, requiredIf)),
      };
    case "rows":
      // A dynamic panel stores an array of objects, as a tianbiao rows field does.
      return {
        ...base,
        type: "paneldynamic",
        minPanelCount: field.minRows ?? 0,
        ...(field.maxRows ? { maxPanelCount: field.maxRows } : {}),
        templateElements: field.columns.map((f) => question(f, f.id, new Map())),
      };
    case "matrix":
      return {
        ...base,
        type: "matrixdropdown",
        cellType: "text",
        columns: field.columns.map((c) => ({ name: c.id, title: c.label.zh, inputType: "number" })),
        rows: field.rows.filter((r) => !r.heading).map((r) => ({ value: r.id, text: r.label.zh })),
      };
  }
}

/** The survey JSON: one page, a panel a section. Group members are named by their dotted path. */
export function surveyJson(table: FormTable): Json {
  const requiredIf = new Map(
    table.rules
      .filter((r): r is Extract<Rule, { kind: "requiredWhen" }> => r.kind === "requiredWhen")
      .map((r) => [r.target, expression(r.when)]),
  );
  return {
    title: table.title.zh,
    showQuestionNumbers: "off",
    pages: [
      {
        name: "page",
        elements: table.sections.map((section) => ({
          type: "panel",
          name: section.id,
          ...(section.title ? { title: section.title.zh } : {}),
          ...(section.showWhen ? { visibleIf: expression(section.showWhen) } : {}),
          elements: section.fields.map((f) => question(f, f.id, requiredIf)),
        })),
      },
    ],
  };
}

/** A submission as survey data: group members flattened to their dotted names, the rest as is. */
function surveyData(table: FormTable, value: Submission | undefined): Json {
  const data: Json = {};
  if (!value) return data;
  const put = (fields: Field[], from: Record<string, unknown>, prefix: string) => {
    for (const f of fields) {
      const v = from[f.id];
      if (v === undefined) continue;
      if (f.kind === "group" && v && typeof v === "object")
        put(f.fields, v as Record<string, unknown>, `${prefix}${f.id}.`);
      else data[`${prefix}${f.id}`] = v;
    }
  };
  for (const section of table.sections) put(section.fields, value, "");
  return data;
}

/** The survey, its model made in the first render (timed with it, as rjsf's schema and tianbiao's compile are). */
export function SurveyForm({
  table,
  value,
  onModel,
}: {
  table: FormTable;
  value?: Submission;
  onModel?: (model: Model) => void;
}) {
  const [model] = useState(() => {
    const m = new Model(surveyJson(table));
    m.data = surveyData(table, value);
    onModel?.(m);
    return m;
  });
  return <Survey model={model} />;
}
