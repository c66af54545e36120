import type { MatrixField } from "@tianbiao/core";

/** The input cells of a matrix field: every column of every row but headings and cells printed —. */
export function matrixCells(field: MatrixField, path: string) {
  return field.rows
    .filter((row) => !row.heading)
    .flatMap((row) =>
      field.columns
        .filter((col) => !row.blank?.includes(col.id))
        .map((col) => ({
          path: `${path}.${row.id}.${col.id}`,
          label: `${row.label.zh} ${col.label.zh}`,
          integer: row.kind === "integer",
        })),
    );
}
