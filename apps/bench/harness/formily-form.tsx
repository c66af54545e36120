import { createForm, type FieldValidatorContext, type Form, type Field as FormilyField } from "@formily/core";
import { Field, FormProvider, observer, useField } from "@formily/react";
import type {
  ChoiceOption,
  Condition,
  FormTable,
  Rule,
  Submission,
  Field as TableField,
} from "@tianbiao/core";
import { type ChangeEvent, useState } from "react";
import { matrixCells } from "./matrix-cells";

/**
 * The same table with Formily, built as its React guide builds a form with plain inputs: a form from
 * `createForm`, `<FormProvider form>`, one `<Field name title required validator decorator component>`
 * an input, a `FormItem` decorator made with `observer` + `useField` showing the title and
 * `field.errors`. Checks are Formily's declared rules (required, maxLength, integer/number formats,
 * minimum/maximum, email/url) and `reactions` for showWhen (visible) and requiredWhen (required).
 */

/** One declared rule of Formily's validator (required, format, maxLength, minimum…). */
type IValidatorRules = Partial<FieldValidatorContext>;

interface Leaf {
  path: string;
  field: TableField;
  label: string;
  showWhen?: Condition;
  requiredWhen?: Condition;
  kind: "input" | "number" | "textarea" | "select" | "checkbox" | "date" | "month";
  options?: ChoiceOption[];
  rules: IValidatorRules[];
  required: boolean;
}

const flat = (options: ChoiceOption[]): ChoiceOption[] =>
  options.flatMap((o) => (o.children ? flat(o.children) : [o]));

function getIn(values: unknown, path: string): unknown {
  let v = values;
  for (const key of path.split("."))
    v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** Whether a tianbiao condition holds on the form's values (a host context value always holds here). */
export function holds(c: Condition, values: unknown): boolean {
  const v = c.field ? getIn(values, c.field) : undefined;
  if (c.field && c.equals !== undefined && v !== c.equals) return false;
  if (c.field && c.in && !c.in.includes(v as string)) return false;
  if (c.field && c.filled !== undefined && (v !== undefined && v !== null && v !== "") !== c.filled)
    return false;
  if (c.field && c.includes !== undefined && !(Array.isArray(v) && v.includes(c.includes))) return false;
  if (c.all && !c.all.every((x) => holds(x, values))) return false;
  if (c.any && !c.any.some((x) => holds(x, values))) return false;
  if (c.not && holds(c.not, values)) return false;
  return true;
}

function leaves(
  fields: TableField[],
  prefix: string,
  value: Submission | undefined,
  requiredWhen: Map<string, Condition>,
  showWhen?: Condition,
): Leaf[] {
  return fields.flatMap((field): Leaf[] => {
    const path = prefix ? `${prefix}.${field.id}` : field.id;
    const shown = field.showWhen
      ? showWhen
        ? { all: [showWhen, field.showWhen] }
        : field.showWhen
      : showWhen;
    const leaf = (kind: Leaf["kind"], rules: IValidatorRules[] = [], extra: Partial<Leaf> = {}): Leaf => ({
      path,
      field,
      label: field.label.zh,
      showWhen: shown,
      requiredWhen: requiredWhen.get(path),
      kind,
      rules,
      required: field.required === true,
      ...extra,
    });
    switch (field.kind) {
      case "group":
        return leaves(field.fields, path, value, requiredWhen, shown);
      case "rows": {
        const rows = (getIn(value, path) as unknown[] | undefined)?.length ?? field.minRows ?? 1;
        return Array.from({ length: rows }, (_, i) =>
          leaves(field.columns, `${path}.${i}`, value, new Map(), shown),
        ).flat();
      }
      case "matrix":
        return matrixCells(field, path).map((cell) => ({
          ...leaf("number", [{ format: cell.integer ? "integer" : "number" }]),
          path: cell.path,
          label: cell.label,
          required: false,
        }));
      case "money":
        return [
          {
            ...leaf("number", [{ format: "number" }]),
            path: `${path}.amount`,
            label: `${field.label.zh}（万元）`,
          },
          { ...leaf("input"), path: `${path}.currency`, label: `${field.label.zh} 币种` },
        ];
      case "choice":
        return [leaf("select", [], { options: flat(field.options) })];
      case "yesNo":
        return [leaf("checkbox")];
      case "integer":
      case "decimal":
        return [
          leaf("number", [
            { format: field.kind === "integer" ? "integer" : "number" },
            ...(field.min !== undefined ? [{ minimum: field.min }] : []),
            ...(field.max !== undefined ? [{ maximum: field.max }] : []),
          ]),
        ];
      case "date":
        return [leaf(field.precision === "month" ? "month" : field.precision === "day" ? "date" : "number")];
      case "longText":
        return [leaf("textarea", field.maxLength ? [{ maxLength: field.maxLength }] : [])];
      case "text":
        return [
          leaf("input", [
            ...(field.maxLength ? [{ maxLength: field.maxLength }] : []),
            ...(field.format === "email" || field.format === "url" ? [{ format: field.format }] : []),
          ]),
        ];
      default:
        // code: text, no check of its check character
        return [leaf("input")];
    }
  });
}

/** The decorator of Formily's guide: the title, the control, the field's errors. */
const FormItem = observer(({ children }: { children?: React.ReactNode }) => {
  const field = useField<FormilyField>();
  return (
    <div>
      <div>{field.title}</div>
      {children}
      <div role="alert">{field.selfErrors.join(", ")}</div>
    </div>
  );
});

interface ControlProps {
  value?: unknown;
  onChange?: (v: unknown) => void;
  onFocus?: () => void;
  onBlur?: () => void;
  kind: Leaf["kind"];
  options?: ChoiceOption[];
}

/** Plain inputs; Formily hands each its value and onChange. The input's name is the field's path. */
function Control({ value, onChange, onFocus, onBlur, kind, options }: ControlProps) {
  const field = useField<FormilyField>();
  const name = field.address.toString();
  const text = value === undefined || value === null ? "" : String(value);
  if (kind === "select")
    return (
      <select
        name={name}
        value={text}
        onChange={(e) => onChange?.(e.target.value)}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        <option value="" />
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label.zh}
          </option>
        ))}
      </select>
    );
  if (kind === "checkbox")
    return (
      <input
        name={name}
        type="checkbox"
        checked={value === true}
        onChange={(e) => onChange?.(e.target.checked)}
      />
    );
  if (kind === "textarea")
    return (
      <textarea
        name={name}
        value={text}
        onChange={(e) => onChange?.(e.target.value)}
        onFocus={onFocus}
        onBlur={onBlur}
      />
    );
  return (
    <input
      name={name}
      type={kind === "input" ? "text" : kind}
      value={text}
      onChange={(e: ChangeEvent<HTMLInputElement>) =>
        onChange?.(kind === "number" && e.target.value !== "" ? Number(e.target.value) : e.target.value)
      }
      onFocus={onFocus}
      onBlur={onBlur}
    />
  );
}

export function FormilyForm({ table, value }: { table: FormTable; value?: Submission }) {
  const [form] = useState<Form>(() => createForm({ initialValues: value ?? {} }));
  const requiredWhen = new Map(
    table.rules
      .filter((r): r is Extract<Rule, { kind: "requiredWhen" }> => r.kind === "requiredWhen")
      .map((r) => [r.target, r.when]),
  );
  return (
    <FormProvider form={form}>
      <form onSubmit={(e) => e.preventDefault()}>
        {table.sections.map((section) => (
          <fieldset key={section.id}>
            {leaves(section.fields, "", value, requiredWhen, section.showWhen).map((leaf) => (
              <Field
                key={leaf.path}
                name={leaf.path}
                title={leaf.label}
                required={leaf.required}
                validator={leaf.rules}
                decorator={[FormItem]}
                component={[Control, { kind: leaf.kind, options: leaf.options }]}
                reactions={
                  leaf.showWhen || leaf.requiredWhen
                    ? (field: FormilyField) => {
                        const values = field.form.values;
                        if (leaf.showWhen) field.visible = holds(leaf.showWhen, values);
                        if (leaf.requiredWhen) field.required = holds(leaf.requiredWhen, values);
                      }
                    : undefined
                }
              />
            ))}
          </fieldset>
        ))}
      </form>
    </FormProvider>
  );
}
