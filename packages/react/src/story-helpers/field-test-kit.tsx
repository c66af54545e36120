import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Field, FormTable, LangMode, Rule, Submission } from "@tianbiao/core";
import { TableForm } from "../table-form/table-form";
import { singleFieldTable } from "./single-field-table";

export interface RenderFieldOptions {
  lang?: LangMode;
  value?: Submission;
  readOnly?: boolean;
  rules?: Rule[];
  /** localStorage key for drafts, to test values restored from outside the field. */
  draftKey?: string;
  /** Values the host supplies (previous cumulative amounts…). */
  context?: Record<string, unknown>;
}

/**
 * Renders a table in a TableForm for a component test: validation runs at once after each change, and
 * `values()` returns what the form reported last through onChange (the initial value before any change).
 */
export function renderTable(table: FormTable, options: RenderFieldOptions = {}) {
  let last: Submission = options.value ?? {};
  const user = userEvent.setup();
  const utils = render(
    <TableForm
      table={table}
      lang={options.lang ?? "zh"}
      value={options.value}
      readOnly={options.readOnly}
      draftKey={options.draftKey}
      context={options.context}
      validateDelayMs={0}
      onChange={(values) => {
        last = values;
      }}
    />,
  );
  return { ...utils, user, table, values: () => last };
}

/** renderTable for fields framed in a one-section table. */
export function renderField(fields: Field[], options: RenderFieldOptions = {}) {
  return renderTable(singleFieldTable(fields, options.rules), options);
}
