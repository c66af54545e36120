import type { FieldKind, FormTable } from "@tianbiao/core";
import { type ComponentType, lazy, Suspense } from "react";
import type { IndustryPickerProps } from "../industry-picker/industry-picker";
import type { RegionPickerProps } from "../region-picker/region-picker";
import { basicFieldComponents, type FieldComponent, type GridKind } from "./basic-field-components";
import type * as OnDemand from "./fields-on-demand";
import { needsFieldsOnDemand } from "./needs-fields-on-demand";

// field-components.ts and pickers.ts for the embed's module script (its build puts this module in
// their place): the repeating rows and the matrix (with the spreadsheet paste), and the pickers with
// the code lists they read, are a chunk of their own that only a table with such a field loads. The
// embed starts loading it beside the table's chunk and renders once both are there, so the form still
// appears whole, its lists filled.

let grids: Promise<typeof OnDemand> | undefined;
let loaded: typeof OnDemand | undefined;

function loadGrids(): Promise<typeof OnDemand> {
  grids ??= import("./fields-on-demand").then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      // A failed fetch is tried again the next time a form asks.
      grids = undefined;
      throw error;
    },
  );
  return grids;
}

/** Loads the chunk of what only some tables need; with a table, only if the table needs it. */
export function loadFieldComponents(table?: Pick<FormTable, "sections">): Promise<void> {
  if (table !== undefined && !needsFieldsOnDemand(table)) return Promise.resolve();
  return loadGrids().then(() => undefined);
}

type Part = "RowsField" | "MatrixField" | "IndustryPicker" | "RegionPicker";

const lazyParts = {
  RowsField: lazy(() => loadGrids().then((module) => ({ default: module.RowsField }))),
  MatrixField: lazy(() => loadGrids().then((module) => ({ default: module.MatrixField }))),
  IndustryPicker: lazy(() => loadGrids().then((module) => ({ default: module.IndustryPicker }))),
  RegionPicker: lazy(() => loadGrids().then((module) => ({ default: module.RegionPicker }))),
};

// Loaded: the component itself. Not yet (a host rendering TableForm without loading first): it
// suspends until the chunk is there, showing nothing in its place meanwhile.
function OnDemandPart({ part, props }: { part: Part; props: object }) {
  if (loaded !== undefined) {
    const Component = loaded[part] as ComponentType<object>;
    return <Component {...props} />;
  }
  const Lazy = lazyParts[part] as ComponentType<object>;
  return (
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
}

function GridField(props: { field: { kind: GridKind }; path: string }) {
  return <OnDemandPart part={props.field.kind === "rows" ? "RowsField" : "MatrixField"} props={props} />;
}

/** pickers.ts's IndustryPicker, from the chunk. */
export function IndustryPicker(props: IndustryPickerProps) {
  return <OnDemandPart part="IndustryPicker" props={props} />;
}

/** pickers.ts's RegionPicker, from the chunk. */
export function RegionPicker(props: RegionPickerProps) {
  return <OnDemandPart part="RegionPicker" props={props} />;
}

/** The component for each field kind: the renderer knows kinds, never tables. */
export const fieldComponents: Record<FieldKind, FieldComponent> = {
  ...basicFieldComponents,
  rows: GridField,
  matrix: GridField,
};
