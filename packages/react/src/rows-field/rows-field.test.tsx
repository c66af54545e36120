import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RowsField as RowsFieldModel, Submission } from "@tianbiao/core";
import { createI18n } from "@tianbiao/i18n";
import axe from "axe-core";
import type { ComponentType } from "react";
import { describe, expect, it, vi } from "vitest";
import { TableForm } from "../table-form/table-form";
import { fieldExample } from "./field-example";
import { ROWS_PAGE_SIZE } from "./rows-field";

const i18nFor = (lang: "zh" | "en" | "bilingual") => createI18n({ lang: lang === "en" ? "en" : "zh" });

// Counts renders of every cell's <Field>: a cell re-renders only when its row or the container does.
const fieldRenders = vi.hoisted(() => new Map<string, number>());
vi.mock("../field/field", async (importOriginal) => {
  const original = await importOriginal<typeof import("../field/field")>();
  const Counted: ComponentType<Parameters<typeof original.Field>[0]> = (props) => {
    fieldRenders.set(props.path, (fieldRenders.get(props.path) ?? 0) + 1);
    return original.Field(props);
  };
  return { ...original, Field: Counted };
});

// jsdom has no layout: the error summary scrolls a field into view before focusing it.
Element.prototype.scrollIntoView ??= () => {};

const investors = fieldExample("enterprise-1", "investors");
const investorsField = investors.field as RowsFieldModel;

function renderRows(
  options: { value?: Submission; lang?: "zh" | "en" | "bilingual"; field?: RowsFieldModel } = {},
) {
  const lang = options.lang ?? "zh";
  const table = options.field
    ? { ...investors.table, sections: [{ id: "main", fields: [options.field] }] }
    : investors.table;
  const onChange = vi.fn();
  const view = render(
    <TableForm
      table={table}
      lang={lang}
      value={options.value ?? investors.valid}
      i18n={i18nFor(lang)}
      onChange={onChange}
      validateDelayMs={0}
    />,
  );
  return { ...view, onChange };
}

const lastValue = (onChange: ReturnType<typeof vi.fn>): Submission =>
  (onChange.mock.lastCall?.[0] ?? {}) as Submission;

const rowsOf = (container: HTMLElement) => Array.from(container.querySelectorAll("tbody tr[data-row]"));

/** Rows repeated from the fixture up to `count`, so the long list holds real filings' values. */
function manyInvestors(count: number): Submission {
  const sample = investors.valid.investors as unknown[];
  return { investors: Array.from({ length: count }, (_, i) => sample[i % sample.length]) };
}

describe("RowsField", () => {
  it("has no axe violations, filled, in every language", async () => {
    for (const lang of ["zh", "en", "bilingual"] as const) {
      const { container, unmount } = renderRows({ lang });
      expect((await axe.run(container)).violations).toEqual([]);
      unmount();
    }
  });

  it("prints the column headers with their units and a row kind select per row", () => {
    const { container } = renderRows();
    const headers = within(container.querySelector("thead") as HTMLElement)
      .getAllByRole("columnheader")
      .map((th) => th.textContent);
    expect(headers).toEqual([
      "序号",
      "类别",
      "投资者名称",
      "注册地",
      "国别（地区）",
      "出资额（万元）",
      "占比（%）",
      "操作",
    ]);
    const kind = screen.getByRole("combobox", { name: "类别（第 1 行）" });
    expect((kind as HTMLSelectElement).value).toBe("chinese");
    expect(within(kind).getByRole("option", { name: "外方投资者" })).toBeTruthy();
  });

  it("prints the column marks (甲 乙 丙 1) under the headers of 城市３表", () => {
    const city = fieldExample("city-3", "certifications");
    const field = city.field as RowsFieldModel;
    const { container } = render(
      <TableForm table={city.table} lang="zh" value={city.valid} i18n={i18nFor("zh")} />,
    );
    const [header, marks] = Array.from(container.querySelectorAll("thead tr"));
    expect(Array.from(header?.children ?? []).map((cell) => cell.textContent)).toEqual([
      "序号",
      "企业名称",
      "认证名称",
      "认证时间（年-月-日）",
      "认证费用（万元）",
      "操作",
    ]);
    expect(marks?.className).toBe("tb-marks");
    expect(Array.from(marks?.children ?? []).map((cell) => cell.textContent)).toEqual([
      "",
      ...(field.columnMarks ?? []),
      "",
    ]);
    expect(rowsOf(container)).toHaveLength((city.valid.certifications as unknown[]).length);
  });

  it("labels every cell with its column and row", () => {
    renderRows({ lang: "en" });
    expect((screen.getByRole("textbox", { name: /Investor name \(row 2\)/ }) as HTMLInputElement).value).toBe(
      "深圳市远航投资合伙企业（有限合伙）",
    );
  });

  it("stores a cell at <path>.<row>.<column> and re-renders only that cell's field", async () => {
    const user = userEvent.setup();
    const { onChange } = renderRows();
    const cell = screen.getByRole("textbox", { name: /注册地（第 2 行）/ });
    fieldRenders.clear();
    await user.type(cell, "南山区");
    const last = lastValue(onChange);
    expect((last.investors as Array<Record<string, unknown>>)[1]?.registeredPlace).toBe("广东省深圳市南山区");
    // No <Field> of any row rendered again: neither the container nor a row re-rendered while typing.
    expect([...fieldRenders.keys()].filter((path) => path.startsWith("investors."))).toEqual([]);
  });

  it("adds a row from the keyboard, focuses its first cell and announces it", async () => {
    const user = userEvent.setup();
    const { container, onChange } = renderRows();
    const add = screen.getByRole("button", { name: "添加一行" });
    add.focus();
    await user.keyboard("{Enter}");
    expect(rowsOf(container)).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "类别（第 3 行）" }));
    expect(screen.getByText("已添加第 3 行。")).toBeTruthy();
    expect(lastValue(onChange).investors).toHaveLength(3);
  });

  it("removes a row, moving focus to the next row, or to the add button after the last", async () => {
    const user = userEvent.setup();
    const { container, onChange } = renderRows();
    await user.click(screen.getByRole("button", { name: "删除第 1 行" }));
    expect(rowsOf(container)).toHaveLength(1);
    expect((lastValue(onChange).investors as Array<{ name: string }>)[0]?.name).toBe(
      "深圳市远航投资合伙企业（有限合伙）",
    );
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "类别（第 1 行）" }));
    expect(screen.getByText("已删除第 1 行。")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "添加一行" }));
    await user.click(screen.getByRole("button", { name: "删除第 2 行" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "添加一行" }));
  });

  it("keeps minRows rows: an empty value shows them, and they cannot be removed", async () => {
    const user = userEvent.setup();
    const { container, onChange } = renderRows({ value: {} });
    expect(investorsField.minRows).toBe(1);
    expect(rowsOf(container)).toHaveLength(1);
    const remove = screen.getByRole("button", { name: "删除第 1 行" });
    expect(remove.getAttribute("aria-disabled")).toBe("true");
    await user.click(remove);
    expect(rowsOf(container)).toHaveLength(1);
    expect(onChange).not.toHaveBeenCalled();
    // Typing in a row shown for minRows stores it.
    await user.type(screen.getByRole("textbox", { name: /投资者名称（第 1 行）/ }), "陈");
    expect((lastValue(onChange).investors as Array<{ name: string }>)[0]?.name).toBe("陈");
  });

  it("stops at maxRows and says why", async () => {
    const user = userEvent.setup();
    const { container } = renderRows({ field: { ...investorsField, maxRows: 2 } });
    const add = screen.getByRole("button", { name: "添加一行" });
    expect(add.getAttribute("aria-disabled")).toBe("true");
    await user.click(add);
    expect(rowsOf(container)).toHaveLength(2);
    expect(screen.getAllByText("最多 2 行，已达上限。").length).toBeGreaterThan(0);
  });

  it("shows no inputs or buttons to change rows when read-only", () => {
    const { container } = render(
      <TableForm table={investors.table} lang="zh" value={investors.valid} readOnly i18n={i18nFor("zh")} />,
    );
    expect(within(container).queryByRole("button", { name: /添加一行|删除/ })).toBeNull();
    expect(within(container).queryByRole("combobox")).toBeNull();
    expect((screen.getByRole("textbox", { name: "类别（第 1 行）" }) as HTMLInputElement).value).toBe(
      "中方投资者",
    );
  });

  it("asks the filer to confirm or explain shares that do not add up to 100, without blocking", async () => {
    const user = userEvent.setup();
    const fixture = investors.warnings.find((f) => f.expect.rule === "investor-shares-total");
    if (!fixture) throw new Error("enterprise-1 has an investor shares warning fixture");
    render(<TableForm table={investors.table} lang="en" value={fixture.value} i18n={i18nFor("en")} />);
    await user.click(screen.getByRole("button", { name: /review answers/i }));
    expect(screen.queryByRole("alert")).toBeNull();
    const review = document.querySelector(".tb-warning-review") as HTMLElement;
    expect(within(review).getByText(/should be 100 but is 90/)).toBeTruthy();
    const field = document.querySelector('[data-path="investors"]') as HTMLElement;
    expect(field.querySelector(".tb-message-warning")?.textContent).toMatch(/should be 100 but is 90/);
  });
});

// Role queries and user-event compute the accessibility tree of the whole page, which takes seconds on
// hundreds of rows in jsdom; these tests find elements by selector or text and fire events directly.
describe("RowsField with 1,000 rows", () => {
  it("has no axe violations with the paging controls shown", async () => {
    const { container } = renderRows({ value: manyInvestors(ROWS_PAGE_SIZE + 10) });
    expect(container.querySelector(".tb-rows-more")).not.toBeNull();
    expect((await axe.run(container)).violations).toEqual([]);
  });

  // How long a keystroke takes in 1,000 rows, and what it re-renders, is measured in Chromium by `pnpm bench`.
  it("renders the first page, and the rest on demand; a keystroke re-renders no other cell", () => {
    const value = manyInvestors(1000);
    const { container } = render(
      <TableForm table={investors.table} lang="zh" value={value} i18n={i18nFor("zh")} />,
    );
    expect(rowsOf(container)).toHaveLength(ROWS_PAGE_SIZE);
    expect(screen.getByText(`已显示 ${ROWS_PAGE_SIZE} 行，共 1000 行`)).toBeTruthy();

    fireEvent.click(screen.getByText(`再显示 ${ROWS_PAGE_SIZE} 行`));
    expect(rowsOf(container)).toHaveLength(2 * ROWS_PAGE_SIZE);
    expect(document.activeElement?.closest("tr")?.getAttribute("data-row")).toBe(String(ROWS_PAGE_SIZE));

    // Showing all 1,000 rows takes tens of seconds in jsdom; the bench shows them all in Chromium.
    expect(screen.getByText("显示全部 1000 行")).toBeTruthy();

    const cell = container.querySelector(
      `[data-path="investors.${2 * ROWS_PAGE_SIZE - 1}.registeredPlace"] input`,
    );
    if (!cell) throw new Error("the last shown row has a registeredPlace input");
    fieldRenders.clear();
    // A keystroke is an input event; the change event fires only when the filer leaves the cell.
    fireEvent.input(cell, { target: { value: "广东省广州市" } });
    expect((cell as HTMLInputElement).value).toBe("广东省广州市");
    expect([...fieldRenders.keys()].filter((path) => path.startsWith("investors."))).toEqual([]);
  });

  it("puts every row on paper when the browser prints", () => {
    const { container } = renderRows({ value: manyInvestors(ROWS_PAGE_SIZE + 20) });
    expect(rowsOf(container)).toHaveLength(ROWS_PAGE_SIZE);
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    expect(rowsOf(container)).toHaveLength(ROWS_PAGE_SIZE + 20);
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(rowsOf(container)).toHaveLength(ROWS_PAGE_SIZE);
  });

  it("renders a row past the first page when the error summary points at it", async () => {
    const value = manyInvestors(ROWS_PAGE_SIZE + 20);
    const rows = value.investors as Array<Record<string, unknown>>;
    const index = ROWS_PAGE_SIZE + 9;
    rows[index] = { ...rows[index], share: "六十" };
    const { container } = renderRows({ value });
    expect(rowsOf(container)).toHaveLength(ROWS_PAGE_SIZE);
    fireEvent.click(screen.getByText("检查填写内容"));
    await waitFor(() => expect(rowsOf(container)).toHaveLength(index + 1));
    const summary = container.querySelector(".tb-error-summary") as HTMLElement;
    const link = Array.from(summary.querySelectorAll("a")).find((a) => a.textContent?.includes("占比"));
    if (!link) throw new Error("the summary links the share");
    fireEvent.click(link);
    expect(document.activeElement?.closest("tr")?.getAttribute("data-row")).toBe(String(index));
  });
});
