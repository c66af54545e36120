import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  compileTable,
  type MatrixField as MatrixFieldModel,
  type Rule,
  type Submission,
} from "@tianbiao/core";
import { createI18n, formatFinding } from "@tianbiao/i18n";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { fieldExample } from "../rows-field/field-example";
import { formComplete } from "../story-helpers/form-complete";
import { TableForm } from "../table-form/table-form";
import { continuingRows, groupRows, sumOfParts, sumPartsByCell } from "./matrix-field";

const i18nFor = (lang: "zh" | "en" | "bilingual") => createI18n({ lang: lang === "en" ? "en" : "zh" });

const hr = fieldExample("enterprise-4", "humanResources");
const matrix = hr.field as MatrixFieldModel;
// 平台１表 has heading rows (一、服务采购商) and three levels of indentation.
const platform = fieldExample("platform-1", "platform");
const examples = [
  ["企业４表 401–426", hr],
  ["平台１表 601–626", platform],
] as const;

async function renderMatrix(
  options: {
    value?: Submission;
    lang?: "zh" | "en" | "bilingual";
    readOnly?: boolean;
    example?: typeof hr;
  } = {},
) {
  const lang = options.lang ?? "zh";
  const example = options.example ?? hr;
  const onChange = vi.fn();
  const view = render(
    <TableForm
      table={example.table}
      lang={lang}
      value={options.value ?? example.valid}
      readOnly={options.readOnly}
      i18n={i18nFor(lang)}
      onChange={onChange}
      validateDelayMs={0}
    />,
  );
  // A matrix of more than a screen's inputs draws its top rows first: wait for every row.
  await formComplete(view.container);
  return { ...view, onChange };
}

describe("MatrixField", () => {
  it("has no axe violations, empty and filled, in every language", async () => {
    for (const lang of ["zh", "en", "bilingual"] as const) {
      for (const [example, value] of [
        [hr, {}],
        [hr, hr.valid],
        [platform, platform.valid],
      ] as const) {
        const { container, unmount } = await renderMatrix({ lang, value, example });
        expect((await axe.run(container)).violations).toEqual([]);
        unmount();
      }
    }
  });

  it.each(examples)(
    "lays out the printed header and the 甲 乙 丙 / 1 2 marks of %s",
    async (_name, example) => {
      const matrix = example.field as MatrixFieldModel;
      const { container } = await renderMatrix({ example });
      const [header, marks] = Array.from(container.querySelectorAll("thead tr"));
      expect(Array.from(header?.children ?? []).map((cell) => cell.textContent)).toEqual([
        "指标名称",
        "计量单位",
        "代码",
        ...matrix.columns.map((column) => column.label.zh),
      ]);
      expect(Array.from(marks?.children ?? []).map((cell) => cell.textContent)).toEqual([
        ...(matrix.stubMarks ?? []),
        ...matrix.columns.map((column) => column.mark ?? ""),
      ]);
    },
  );

  it.each(examples)(
    "prints every row of %s: label, unit, code, indentation, — and no input on blank cells",
    async (_name, example) => {
      const matrix = example.field as MatrixFieldModel;
      const { container } = await renderMatrix({ example });
      for (const row of matrix.rows) {
        const tr = container.querySelector(`tr[data-row="${row.id}"]`) as HTMLElement;
        expect(tr.querySelector("th")?.textContent).toBe(row.label.zh);
        if (row.code) expect(tr.textContent).toContain(row.code);
        if (row.unit) expect(tr.querySelector(".tb-matrix-unit")?.textContent).toBe(row.unit);
        // Indentation comes from the stylesheet by level, never from an inline style (strict CSP).
        expect(tr.getAttribute("data-level")).toBe(String(row.level));
        expect(tr.querySelector("[style]")).toBeNull();
        const inputs = tr.querySelectorAll("input").length;
        expect(inputs).toBe(row.heading ? 0 : matrix.columns.length - (row.blank?.length ?? 0));
        expect(tr.querySelectorAll(".tb-matrix-blank")).toHaveLength(row.blank?.length ?? 0);
        for (const blank of tr.querySelectorAll(".tb-matrix-blank")) expect(blank.textContent).toContain("—");
      }
    },
  );

  it("marks the rows that line up after a 其中： row, as printed (硕士研究生 under 博士研究生)", async () => {
    const { container } = await renderMatrix({ example: platform });
    const continuing = Array.from(container.querySelectorAll("tr[data-continues]")).map((tr) =>
      tr.getAttribute("data-row"),
    );
    // 602 其中：个人采购商 opens a run that 603, 604 continue; 605 其中：金融业 opens one under 604.
    expect(continuing).toEqual(expect.arrayContaining(["603", "604", "606", "607", "608", "609", "613"]));
    for (const id of ["601", "602", "605", "611", "612", "614", "621", "623"])
      expect(continuing).not.toContain(id);
    const rows = (platform.field as MatrixFieldModel).rows;
    expect([...continuingRows(rows)].sort()).toEqual([...continuing].sort());
  });

  it("puts each heading row (一、服务采购商) at the head of its own row group, with no cells", async () => {
    const { container } = await renderMatrix({ example: platform });
    const rows = (platform.field as MatrixFieldModel).rows;
    const headings = rows.filter((row) => row.heading);
    const bodies = Array.from(container.querySelectorAll("table.tb-matrix > tbody"));
    expect(bodies).toHaveLength(headings.length);
    bodies.forEach((body, index) => {
      const heading = body.querySelector("tr");
      expect(heading?.getAttribute("data-row")).toBe(headings[index]?.id);
      expect(heading?.querySelector('th[scope="rowgroup"]')?.textContent).toBe(headings[index]?.label.zh);
      expect(heading?.querySelectorAll("input, td")).toHaveLength(0);
    });
  });

  it("labels each input by its row, column and code", async () => {
    await renderMatrix({ lang: "en" });
    const row = matrix.rows.find((r) => r.blank?.length && r.code) ?? matrix.rows[1];
    const column = matrix.columns.find((c) => !row?.blank?.includes(c.id));
    if (!row || !column) throw new Error("the matrix has an open cell");
    const input = screen.getByRole("textbox", { name: `${row.label.en} ${column.label.en} ${row.code}` });
    expect(input.id).toContain(`${row.id}-${column.id}`);
  });

  it("stores a cell at <path>.<row>.<column>", async () => {
    const user = userEvent.setup();
    const { onChange } = await renderMatrix({ value: {} });
    const row = matrix.rows.find((r) => !r.heading && r.code);
    const column = matrix.columns.find((c) => !row?.blank?.includes(c.id));
    if (!row?.code || !column) throw new Error("the matrix has an open cell");
    await user.type(
      screen.getByRole("textbox", { name: `${row.label.zh} ${column.label.zh} ${row.code}` }),
      "１２",
    );
    expect(onChange.mock.calls.at(-1)?.[0]).toEqual({ [matrix.id]: { [row.id]: { [column.id]: "１２" } } });
  });

  it("shows the live sum of a checked total's parts, and the sum message on a wrong total", async () => {
    const user = userEvent.setup();
    const sums = sumPartsByCell(hr.table.rules, matrix.id);
    const [totalPath, [rule] = []] = [...sums.entries()][0] ?? [];
    if (!totalPath || !rule) throw new Error("enterprise-4 checks a total of the matrix");
    const [, rowId, columnId] = totalPath.split(".");
    const row = matrix.rows.find((r) => r.id === rowId);
    const column = matrix.columns.find((c) => c.id === columnId);
    if (!row || !column) throw new Error(totalPath);
    const { container } = await renderMatrix({ lang: "en" });
    const cell = screen.getByRole("textbox", { name: `${row.label.en} ${column.label.en} ${row.code}` });
    const expected = sumOfParts(hr.valid, rule.parts);
    expect(expected).toBeDefined();
    expect(
      within(cell.parentElement as HTMLElement).getByText(`Sum of the breakdown: ${expected}`),
    ).toBeTruthy();
    expect(cell.getAttribute("aria-describedby")).toContain("-sum-");

    // A part changes: the hint follows.
    const part = rule.parts[0]?.split(".") ?? [];
    const partRow = matrix.rows.find((r) => r.id === part[1]);
    const partInput = screen.getByRole("textbox", {
      name: `${partRow?.label.en} ${column.label.en} ${partRow?.code}`,
    });
    await user.clear(partInput);
    await user.type(partInput, "0");
    const changed = sumOfParts(
      { [matrix.id]: { ...(hr.valid[matrix.id] as object), [part[1] as string]: { [column.id]: 0 } } },
      rule.parts,
    );
    expect(
      within(cell.parentElement as HTMLElement).getByText(`Sum of the breakdown: ${changed}`),
    ).toBeTruthy();

    // A wrong total, then leaving the cell: the core's sum message, in English.
    await user.clear(cell);
    await user.type(cell, "99999");
    await user.tab();
    const values = { [matrix.id]: { ...(hr.valid[matrix.id] as object) } } as Submission;
    const rows = values[matrix.id] as Record<string, Record<string, unknown>>;
    rows[part[1] as string] = { [column.id]: "0" };
    rows[rowId as string] = { ...rows[rowId as string], [column.id]: "99999" };
    const finding = compileTable(hr.table)
      .validate(values)
      .errors.find((e) => e.rule === rule.id);
    if (!finding) throw new Error("the wrong total breaks the sum rule");
    const message = formatFinding(i18nFor("en"), finding, "en");
    expect(await within(container).findByText(message)).toBeTruthy();
    expect(cell.getAttribute("aria-invalid")).toBe("true");
  });

  it("shows each invalid fixture's message on its cell after a check", async () => {
    for (const fixture of hr.invalid) {
      const user = userEvent.setup();
      const { container, unmount } = await renderMatrix({ value: fixture.value });
      await user.click(screen.getByRole("button", { name: /检查填写内容/ }));
      const finding = compileTable(hr.table)
        .validate(fixture.value)
        .errors.find((e) => e.rule === fixture.expect.rule && e.path === fixture.expect.path);
      if (!finding) throw new Error(fixture.name);
      const input = container.querySelector(
        `[data-path="${matrix.id}"] input[id$="${fixture.expect.path.replace(/\./g, "-")}"]`,
      );
      expect(input?.getAttribute("aria-invalid"), fixture.name).toBe("true");
      const messages = document.getElementById(input?.getAttribute("aria-describedby")?.split(" ")[0] ?? "");
      expect(messages?.textContent).toContain(formatFinding(i18nFor("zh"), finding, "zh"));
      unmount();
    }
  });

  it("is read-only in a read-only form", async () => {
    await renderMatrix({ readOnly: true });
    for (const input of screen.getAllByRole("textbox"))
      expect((input as HTMLInputElement).readOnly).toBe(true);
  });
});

describe("MatrixField helpers", () => {
  it("groups rows under their heading rows", () => {
    const rows: MatrixFieldModel["rows"] = [
      { id: "a", label: { zh: "一、服务采购商", en: "1. Service buyers" }, level: 0, heading: true },
      { id: "601", code: "601", label: { zh: "采购商数量", en: "Number of buyers" }, level: 0, unit: "家" },
      { id: "b", label: { zh: "二、服务供应商", en: "2. Service suppliers" }, level: 0, heading: true },
      {
        id: "611",
        code: "611",
        label: { zh: "供应商数量", en: "Number of suppliers" },
        level: 0,
        unit: "家",
      },
    ];
    expect(groupRows(rows).map((g) => [g.heading?.id, g.rows.map((r) => r.id)])).toEqual([
      ["a", ["601"]],
      ["b", ["611"]],
    ]);
    expect(groupRows(rows.slice(1)).map((g) => [g.heading?.id, g.rows.map((r) => r.id)])).toEqual([
      [undefined, ["601"]],
      ["b", ["611"]],
    ]);
  });

  it("finds the sum rules whose total is a cell of the matrix", () => {
    const rules: Rule[] = [
      {
        id: "s",
        kind: "sum",
        severity: "error",
        total: "m.1.current",
        parts: ["m.2.current", "m.3.current"],
      },
      { id: "t", kind: "sum", severity: "error", total: "other.1", parts: ["other.2"] },
      { id: "u", kind: "atMost", severity: "error", parts: ["m.2.current"], whole: "m.1.current" },
    ];
    expect([...sumPartsByCell(rules, "m")]).toEqual([
      ["m.1.current", [{ id: "s", parts: ["m.2.current", "m.3.current"] }]],
    ]);
  });

  it("sums parts as the core does: full-width digits read, blanks and words skipped, float noise removed", () => {
    const values = { m: { 2: { c: "１２" }, 3: { c: "0.1" }, 4: { c: 0.2 }, 5: { c: "无" }, 6: { c: "" } } };
    expect(sumOfParts(values, ["m.2.c", "m.3.c", "m.4.c", "m.5.c", "m.6.c", "m.7.c"])).toBe("12.3");
    expect(sumOfParts(values, ["m.6.c", "m.7.c"])).toBeUndefined();
    expect(sumOfParts({ rows: [{ x: "1" }, { x: "2" }] }, ["rows.*.x"])).toBe("3");
  });
});
