import { zodResolver } from "@hookform/resolvers/zod";
import { type ChoiceOption, compileTable, type Field, type FormTable, type Submission } from "@tianbiao/core";
import { useId } from "react";
import { FormProvider, get, useForm, useFormContext, useFormState } from "react-hook-form";
import type { z } from "zod";
import { matrixCells } from "./matrix-cells";

interface Leaf {
  path: string;
  label: string;
  options?: ChoiceOption[];
}

function flatOptions(options: ChoiceOption[]): ChoiceOption[] {
  return options.flatMap((o) => (o.children ? flatOptions(o.children) : [o]));
}

/** Every input of a field as paths, with the row count of the initial value for repeating rows. */
function leaves(fields: Field[], prefix: string, value: Submission | undefined): Leaf[] {
  return fields.flatMap((field): Leaf[] => {
    const path = prefix ? `${prefix}.${field.id}` : field.id;
    const label = field.label.zh;
    switch (field.kind) {
      case "group":
        return leaves(field.fields, path, value);
      case "rows": {
        const rows = (get(value ?? {}, path) as unknown[] | undefined)?.length ?? field.minRows ?? 1;
        return Array.from({ length: rows }, (_, i) => leaves(field.columns, `${path}.${i}`, value)).flat();
      }
      case "matrix":
        return matrixCells(field, path).map(({ path, label }) => ({ path, label }));
      case "money":
        return [
          { path: `${path}.amount`, label },
          { path: `${path}.currency`, label },
        ];
      case "choice":
        return [{ path, label, options: flatOptions(field.options) }];
      default:
        return [{ path, label }];
    }
  });
}

function RhfField({
  benchField,
  label,
  options,
}: {
  benchField: string;
  label: string;
  options?: ChoiceOption[];
}) {
  const { register } = useFormContext();
  const { errors } = useFormState({ name: benchField });
  const error = get(errors, benchField) as { message?: string } | undefined;
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {options ? (
        <select id={id} {...register(benchField)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label.zh}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} {...register(benchField)} />
      )}
      {error?.message ? <span role="alert">{error.message}</span> : null}
    </div>
  );
}

/** The same table as a hand-written react-hook-form page validated by tianbiao's zod schema on change. */
export function RhfForm({ table, value }: { table: FormTable; value?: Submission }) {
  const compiled = compileTable(table);
  const form = useForm<Submission>({
    // The compiled schema accepts unknown input; the form's values are submissions.
    resolver: zodResolver(compiled.schema as unknown as z.ZodType<Submission, Submission>),
    mode: "onChange",
    defaultValues: value,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(() => {})}>
        {table.sections.map((section) => (
          <fieldset key={section.id}>
            {leaves(section.fields, "", value).map((leaf) => (
              <RhfField key={leaf.path} benchField={leaf.path} label={leaf.label} options={leaf.options} />
            ))}
          </fieldset>
        ))}
      </form>
    </FormProvider>
  );
}
