import type { FieldKind, FormTable } from "@tianbiao/core";
import { MatrixField } from "../matrix-field/matrix-field";
import { RowsField } from "../rows-field/rows-field";
import { basicFieldComponents, type FieldComponent } from "./basic-field-components";

/** The component for each field kind: the renderer knows kinds, never tables. */
export const fieldComponents: Record<FieldKind, FieldComponent> = {
  ...basicFieldComponents,
  rows: RowsField,
  matrix: MatrixField,
};

/**
 * Resolves when the components `table` needs are there: at once here, where every one is. The
 * embed's build puts field-components.split.tsx in this module's place, which loads the repeating
 * rows and the matrix (with the spreadsheet paste) and the pickers with their code lists only for a
 * table that has them.
 */
export function loadFieldComponents(_table?: Pick<FormTable, "sections">): Promise<void> {
  return Promise.resolve();
}
