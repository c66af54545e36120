import { type FieldKind, type FormTable, walkFields } from "@tianbiao/core";
import { type ComponentType, createElement, lazy, Suspense } from "react";
import { GroupField } from "../group-field/group-field";

// biome-ignore lint/suspicious/noExplicitAny: each component takes its own field kind
type FieldComponent = ComponentType<{ field: any; path: string }>;

/**
 * The field components loaded by kind, for the embed: its build swaps this module in for
 * field-components.ts, so the script every page loads carries no field component, and a table loads
 * only the kinds it has (a form without repeating rows never downloads RowsField).
 */
const loaders: Record<Exclude<FieldKind, "group">, () => Promise<FieldComponent>> = {
  text: () => import("../text-field/text-field").then((m) => m.TextField),
  longText: () => import("../text-field/text-field").then((m) => m.TextField),
  integer: () => import("../number-field/number-field").then((m) => m.NumberField),
  decimal: () => import("../number-field/number-field").then((m) => m.NumberField),
  money: () => import("../money-field/money-field").then((m) => m.MoneyField),
  date: () => import("../date-field/date-field").then((m) => m.DateField),
  code: () => import("../code-field/code-field").then((m) => m.CodeField),
  choice: () => import("../choice-field/choice-field").then((m) => m.ChoiceField),
  yesNo: () => import("../yes-no-field/yes-no-field").then((m) => m.YesNoField),
  rows: () => import("../rows-field/rows-field").then((m) => m.RowsField),
  matrix: () => import("../matrix-field/matrix-field").then((m) => m.MatrixField),
};

const loaded = new Map<FieldKind, FieldComponent>([["group", GroupField]]);

/** Loads the components of every field kind in `table`; the embed awaits this with the table's chunk. */
export function preloadFieldComponents(table: Pick<FormTable, "sections">): Promise<void> {
  const kinds = new Set<FieldKind>();
  walkFields(table, (field) => {
    kinds.add(field.kind);
  });
  return Promise.all(
    [...kinds].map((kind) =>
      loaded.has(kind) || kind === "group"
        ? undefined
        : loaders[kind]().then((component) => {
            loaded.set(kind, component);
          }),
    ),
  ).then(() => undefined);
}

const lazyByKind = new Map<FieldKind, FieldComponent>();

/** Not preloaded (a host rendering TableForm itself): a lazy component that suspends until the chunk is there. */
function lazyFor(kind: Exclude<FieldKind, "group">): FieldComponent {
  let component = lazyByKind.get(kind);
  if (!component) {
    component = lazy(() => loaders[kind]().then((loadedComponent) => ({ default: loadedComponent })));
    lazyByKind.set(kind, component);
  }
  return component;
}

/** Any field but a group: the loaded component of its kind. */
function ByKind(props: { field: { kind: Exclude<FieldKind, "group"> }; path: string }) {
  const Component = loaded.get(props.field.kind);
  if (Component) return createElement(Component, props);
  return createElement(Suspense, { fallback: null }, createElement(lazyFor(props.field.kind), props));
}

export const fieldComponents: Record<FieldKind, FieldComponent> = {
  text: ByKind,
  longText: ByKind,
  integer: ByKind,
  decimal: ByKind,
  money: ByKind,
  date: ByKind,
  code: ByKind,
  choice: ByKind,
  yesNo: ByKind,
  group: GroupField,
  rows: ByKind,
  matrix: ByKind,
};
