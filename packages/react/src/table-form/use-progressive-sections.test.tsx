import { render, waitFor } from "@testing-library/react";
import type { FormTable } from "@tianbiao/core";
import { tableModules } from "@tianbiao/tables";
import { type ReactElement, useLayoutEffect } from "react";
import { describe, expect, it } from "vitest";
import { TableForm } from "./table-form";
import { FIRST_PAINT_FIELDS } from "./use-progressive-sections";

/** A table of `sections` sections of `perSection` text fields. */
function largeTable(sections: number, perSection: number): FormTable {
  return {
    kind: "form" as const,
    id: "large",
    tableNo: { zh: "测试表", en: "Test table" },
    title: { zh: "大表", en: "Large table" },
    source: { document: { zh: "测试", en: "Test" }, seed: "test" },
    rules: [],
    sections: Array.from({ length: sections }, (_, s) => ({
      id: `s${s}`,
      title: { zh: `第${s + 1}部分`, en: `Part ${s + 1}` },
      fields: Array.from({ length: perSection }, (_, f) => ({
        id: `f${s}_${f}`,
        kind: "text" as const,
        label: { zh: `字段${s}-${f}`, en: `Field ${s}-${f}` },
      })),
    })),
  };
}

const sectionsIn = (container: ParentNode) =>
  container.querySelectorAll(".tb-form-fields > .tb-section").length;
const fieldsIn = (container: ParentNode) => container.querySelectorAll(".tb-form-body .tb-field").length;

/** Calls `onMount` in a layout effect: in the same commit as a sibling form's first render, before any transition. */
function FirstCommitProbe({ onMount }: { onMount: () => void }) {
  useLayoutEffect(onMount, [onMount]);
  return null;
}

/** Renders a form and reports how many sections and fields its first commit put in the page, and whether it was busy. */
function renderCountingFirstCommit(form: ReactElement) {
  let firstCommit = -1;
  let firstFields = -1;
  let busy: string | null | undefined;
  const view = render(
    <>
      {form}
      <FirstCommitProbe
        onMount={() => {
          if (firstCommit !== -1) return;
          firstCommit = sectionsIn(document);
          firstFields = fieldsIn(document);
          busy = document.querySelector(".tb-form-body")?.getAttribute("aria-busy");
        }}
      />
    </>,
  );
  return { ...view, firstCommit, firstFields, busyAtFirstCommit: busy };
}

describe("progressive sections", () => {
  it("paints the first screen of a very large table first, then renders every field", async () => {
    const table = largeTable(10, 50);
    const { container, firstCommit, firstFields, busyAtFirstCommit } = renderCountingFirstCommit(
      <TableForm table={table} lang="zh" />,
    );
    expect(firstCommit).toBe(1);
    expect(firstFields).toBe(FIRST_PAINT_FIELDS);
    expect(busyAtFirstCommit).toBe("true");
    await waitFor(() => expect(sectionsIn(container)).toBe(10));
    expect(container.querySelector(".tb-form-body")?.getAttribute("aria-busy")).toBeNull();
    expect(container.querySelectorAll(".tb-field")).toHaveLength(500);
  });

  it("keeps the values of the first sections from the first commit until the rest has arrived", async () => {
    const table = largeTable(8, 60);
    const value = { f0_0: "filled before", f7_59: "in the last section" };
    const { container, firstCommit } = renderCountingFirstCommit(
      <TableForm table={table} lang="en" value={value} />,
    );
    expect(firstCommit).toBeLessThan(8);
    await waitFor(() => expect(sectionsIn(container)).toBe(8));
    expect(container.querySelector<HTMLInputElement>('[data-path="f0_0"] input')?.value).toBe(
      "filled before",
    );
    expect(container.querySelector<HTMLInputElement>('[data-path="f7_59"] input')?.value).toBe(
      "in the last section",
    );
  });

  it("paints the first screen of a long official form first and a short one whole", async () => {
    let split = 0;
    for (const module of tableModules) {
      if (module.table.kind !== "form") continue;
      const table = module.table as FormTable;
      const { container, unmount, firstCommit, firstFields, busyAtFirstCommit } = renderCountingFirstCommit(
        <TableForm table={table} lang="zh" value={module.fixtures?.valid} />,
      );
      expect(firstCommit, table.id).toBeGreaterThan(0);
      // Every section and field is there once the form is no longer busy (sections hidden by a
      // condition, the 360号 manufacturing-only part, are not rendered at all).
      await waitFor(() =>
        expect(container.querySelector(".tb-form-body")?.getAttribute("aria-busy")).toBeNull(),
      );
      const sections = sectionsIn(container);
      const fields = fieldsIn(container);
      if (busyAtFirstCommit === "true") {
        split += 1;
        expect(firstFields, table.id).toBeLessThan(fields);
      } else {
        expect(busyAtFirstCommit, table.id).toBeNull();
        expect(firstCommit, table.id).toBe(sections);
        expect(firstFields, table.id).toBe(fields);
      }
      unmount();
    }
    // 企业1表–4表, 平台1表, the trading-platform registration and the 360号 application are long.
    expect(split).toBeGreaterThanOrEqual(5);
  });

  it("draws the top rows of a matrix that fills the first screen, and its every row once complete", async () => {
    const module = tableModules.find((m) => m.table.id === "platform-1");
    if (module?.table.kind !== "form") throw new Error("platform-1 is not a form");
    const matrixRows = () =>
      document.querySelectorAll('[data-path="platform"] tbody tr[data-row]:not(.tb-matrix-heading)').length;
    let first = -1;
    let firstInputs = -1;
    const { container } = render(
      <>
        <TableForm table={module.table as FormTable} lang="zh" value={module.fixtures?.valid} />
        <FirstCommitProbe
          onMount={() => {
            if (first !== -1) return;
            first = matrixRows();
            firstInputs = document.querySelectorAll(".tb-form-body input").length;
          }}
        />
      </>,
    );
    // Six inputs above it, two columns: one row fills the screen's eight inputs.
    expect(first).toBe(1);
    expect(firstInputs).toBe(FIRST_PAINT_FIELDS);
    await waitFor(() =>
      expect(container.querySelector(".tb-form-body")?.getAttribute("aria-busy")).toBeNull(),
    );
    expect(matrixRows()).toBe(
      (
        module.table.sections
          .flatMap((section) => section.fields)
          .find((field) => field.id === "platform") as {
          rows: { heading?: boolean }[];
        }
      ).rows.filter((row) => !row.heading).length,
    );
    expect(container.querySelector<HTMLInputElement>('[data-path="platform"] tbody input')?.value).not.toBe(
      "",
    );
  });
});
