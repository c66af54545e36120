import type { Field as FieldModel } from "@tianbiao/core";
import type { ComponentType } from "react";
import { useShown } from "../form-store/use-shown";
import { useFormContext } from "../table-form/form-context";
import { fieldComponents } from "./field-components";

export interface FieldProps {
  field: FieldModel;
  path: string;
}

const componentOf = (field: FieldModel) =>
  fieldComponents[field.kind] as ComponentType<{ field: FieldModel; path: string }>;

/** Renders any field by its kind; hidden while its showWhen condition does not hold. */
export function Field({ field, path }: FieldProps) {
  const { compiled } = useFormContext();
  // Most fields are always shown: they skip the subscription a conditional field needs.
  if (compiled.hasCondition(path)) return <ConditionalField field={field} path={path} />;
  const Component = componentOf(field);
  return <Component field={field} path={path} />;
}

function ConditionalField({ field, path }: FieldProps) {
  const shown = useShown(path);
  if (!shown) return null;
  const Component = componentOf(field);
  return <Component field={field} path={path} />;
}
