import type { Field as FieldModel } from "@tianbiao/core";
import type { ComponentType } from "react";
import { useShown } from "../form-store/use-shown";
import { fieldComponents } from "./field-components";

export interface FieldProps {
  field: FieldModel;
  path: string;
}

/** Renders any field by its kind; hidden while its showWhen condition does not hold. */
export function Field({ field, path }: FieldProps) {
  const shown = useShown(path);
  if (!shown) return null;
  const Component = fieldComponents[field.kind] as ComponentType<{ field: FieldModel; path: string }>;
  return <Component field={field} path={path} />;
}
