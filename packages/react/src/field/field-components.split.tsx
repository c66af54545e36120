import { type FieldKind, type FormTable, walkFields } from "@tianbiao/core";
import { lazy, Suspense } from "react";
import { basicFieldComponents, type FieldComponent, type GridKind } from "./basic-field-components";

// field-components.ts for the embed's module script (its build puts this module in that one's
// place): the repeating rows and the matrix, with the spreadsheet paste and their code, are a chunk
// of their own that only a table with such a field loads. The embed starts loading it beside the
// table's chunk and renders once both are there, so the form still appears whole.

let grids: Promise<Record<GridKind, FieldComponent>> | undefined;
let loaded: Record<GridKind, FieldComponent> | undefined;

function loadGrids(): Promise<Record<GridKind, FieldComponent>> {
  grids ??= import("./grid-fields").then(
    (module) => {
      loaded = { rows: module.RowsField, matrix: module.MatrixField };
      return loaded;
    },
    (error: unknown) => {
      // A failed fetch is tried again the next time a form asks.
      grids = undefined;
      throw error;
    },
  );
  return grids;
}

function hasGrid(table: Pick<FormTable, "sections">): boolean {
  let found = false;
  walkFields(table, (field) => {
    if (field.kind === "rows" || field.kind === "matrix") found = true;
  });
  return found;
}

/** Loads the grid kinds' chunk; with a table, only if the table has a grid. */
export function loadFieldComponents(table?: Pick<FormTable, "sections">): Promise<void> {
  if (table !== undefined && !hasGrid(table)) return Promise.resolve();
  return loadGrids().then(() => undefined);
}

const lazyGrids = {
  rows: lazy(() => loadGrids().then((module) => ({ default: module.rows }))),
  matrix: lazy(() => loadGrids().then((module) => ({ default: module.matrix }))),
};

// Loaded: the component itself. Not yet (a host rendering TableForm without loading first): it
// suspends until the chunk is there, showing nothing in the field's place meanwhile.
function GridField(props: { field: { kind: GridKind }; path: string }) {
  const Component = loaded?.[props.field.kind];
  if (Component) return <Component {...props} />;
  const Lazy = lazyGrids[props.field.kind];
  return (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}

/** The component for each field kind: the renderer knows kinds, never tables. */
export const fieldComponents: Record<FieldKind, FieldComponent> = {
  ...basicFieldComponents,
  rows: GridField,
  matrix: GridField,
};
