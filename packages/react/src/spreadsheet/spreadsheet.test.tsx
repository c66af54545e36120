import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FormTable, RowsField, Submission } from "@tianbiao/core";
import { createI18n } from "@tianbiao/i18n";
import { getTableModule } from "@tianbiao/tables";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { TableForm } from "../table-form/table-form";
import { KEEP, valueFromText } from "./cell-value";
import { parseBlock } from "./parse-block";
import { city1Block } from "./spreadsheet-example.test-helper";

const city1 = getTableModule("city-1")?.table as FormTable;

describe("parseBlock", () => {
  it("reads a block from Excel: tabs, CRLF, a trailing newline, quoted cells", () => {
    expect(parseBlock("a\tb\r\nc\td\r\n")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parseBlock('"x\ty"\t"two\nlines"\t"say ""hi"""\n1\t\t3')).toEqual([
      ["x\ty", "two\nlines", 'say "hi"'],
      ["1", "", "3"],
    ]);
  });

  it("reads comma-separated lines, and leaves a single value to paste as text", () => {
    expect(parseBlock('1,"2,5"\n3,4')).toEqual([
      ["1", "2,5"],
      ["3", "4"],
    ]);
    expect(parseBlock("1,234.5")).toBeUndefined();
    expect(parseBlock("苏州")).toBeUndefined();
    expect(parseBlock("a\tb")).toEqual([["a", "b"]]);
  });
});

describe("valueFromText", () => {
  const category = city1.sections
    .flatMap((section) => section.fields)
    .filter((field): field is RowsField => field.kind === "rows")[0]?.columns[3];

  it("stores what the field's own input would: trimmed text, a chosen option, a Y-M-D date", () => {
    expect(valueFromText({ id: "a", kind: "text", label: { zh: "", en: "" } }, "  苏州 ")).toBe("苏州");
    expect(valueFromText({ id: "a", kind: "integer", label: { zh: "", en: "" } }, "")).toBeUndefined();
    if (!category) throw new Error("城市1表 has a 培训类别 column");
    expect(valueFromText(category, "国际认证培训")).toBe("3");
    expect(valueFromText(category, "Reserve talent training")).toBe("4");
    expect(valueFromText(category, "2．人才资质培训")).toBe("2");
    expect(valueFromText(category, "没有这一类")).toBe("没有这一类");
    const date = { id: "d", kind: "date", precision: "day", label: { zh: "", en: "" } } as const;
    expect(valueFromText(date, "2024/3/5")).toBe("2024-03-05");
    const money = {
      id: "m",
      kind: "money",
      unit: "万元",
      currency: "CNY",
      usd: false,
      label: { zh: "", en: "" },
    } as const;
    expect(valueFromText(money, "12")).toBe(KEEP);
  });
});

function renderCity(options: { maxRows?: number; value?: Submission } = {}) {
  const table: FormTable = options.maxRows
    ? {
        ...city1,
        sections: city1.sections.map((section) => ({
          ...section,
          fields: section.fields.map((field) =>
            field.kind === "rows" ? { ...field, maxRows: options.maxRows } : field,
          ),
        })),
      }
    : city1;
  const onChange = vi.fn();
  const view = render(
    <TableForm
      table={table}
      lang="bilingual"
      value={options.value}
      i18n={createI18n({ lang: "zh" })}
      onChange={onChange}
      validateDelayMs={0}
    />,
  );
  const cell = (row: number, column: string) =>
    view.container.querySelector<HTMLElement>(
      `tr[data-row="${row}"] td[data-column="${column}"] :is(input, select, textarea)`,
    ) as HTMLInputElement;
  const trainings = () =>
    (onChange.mock.lastCall?.[0] as Submission | undefined)?.trainings as
      | Record<string, unknown>[]
      | undefined;
  return { ...view, cell, trainings };
}

// Three rows of the fixture as a spreadsheet holds them, the printed 序号 first (3 × 8); the third
// row's 培训人时 is not a number.
const example = city1Block(3);
const block = example.text.replace(`\t${example.stored[2]?.personHours}\t`, "\tabc\t");

const paste = (target: HTMLElement, text: string) =>
  fireEvent.paste(target, {
    clipboardData: { getData: (type: string) => (type === "text/plain" ? text : "") },
  });

describe("pasting a block into a rows field", () => {
  it("fills three rows from the focused cell, validates them, and one Ctrl+Z takes it all back", async () => {
    const { container, cell, trainings } = renderCity();
    const first = cell(0, "enterpriseName");
    first.focus();
    paste(first, block);
    expect(cell(2, "location").value).toBe(example.stored[2]?.location);
    expect(trainings()?.slice(0, 2)).toEqual(example.stored.slice(0, 2));
    expect(trainings()?.[2]?.personHours).toBe("abc");
    expect(screen.getAllByText(/已粘贴 3 行 7 列/).length).toBeGreaterThan(0);
    // The bad 培训人时 shows its message at once, as a cell typed in and left would.
    await waitFor(() => expect(cell(2, "personHours").getAttribute("aria-invalid")).toBe("true"));
    expect((await axe.run(container)).violations).toEqual([]);

    fireEvent.keyDown(first, { key: "z", ctrlKey: true });
    expect(cell(2, "location")).toBeNull();
    expect(cell(0, "enterpriseName").value).toBe("");
    expect(trainings()).toBeUndefined();
    expect(screen.getAllByText(/已撤销粘贴/).length).toBeGreaterThan(0);
  });

  it("adds rows up to maxRows and says what did not fit; the undo button takes the paste back", async () => {
    const user = userEvent.setup();
    const { cell, trainings } = renderCity({ maxRows: 2 });
    paste(cell(0, "institutionName"), "甲\t乙\t丙\nA\tB\tC\n多\t余\t行\n");
    expect(trainings()?.map((row) => row.institutionName)).toEqual(["甲", "A"]);
    expect(trainings()?.[0]?.category).toBe("丙");
    expect(screen.getAllByText(/本表最多 2 行，另有 1 行未能粘贴/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole("button", { name: /撤销粘贴/ }));
    expect(cell(1, "institutionName")).toBeNull();
    expect(trainings()).toBeUndefined();
  });

  it("leaves a single value to the input, and typing after a paste hands undo back to the browser", async () => {
    const user = userEvent.setup();
    const { cell, trainings } = renderCity();
    const first = cell(0, "enterpriseName");
    await user.click(first);
    await user.paste("苏州云启");
    expect(first.value).toBe("苏州云启");
    paste(cell(0, "location"), "园区\t100\n");
    expect(trainings()?.[0]).toMatchObject({
      enterpriseName: "苏州云启",
      location: "园区",
      personHours: "100",
    });
    await user.type(cell(0, "cost"), "5");
    expect(screen.queryByRole("button", { name: /撤销粘贴/ })).toBeNull();
    fireEvent.keyDown(cell(0, "cost"), { key: "z", ctrlKey: true });
    expect(trainings()?.[0]).toMatchObject({ location: "园区", cost: "5" });
  });
});

describe("arrow keys in a rows field", () => {
  it("move up and down a column, and left and right at the ends of a cell's text", async () => {
    const user = userEvent.setup();
    const value = {
      trainings: [{ enterpriseName: "甲公司", institutionName: "乙学校" }, { enterpriseName: "丙公司" }],
    };
    const { cell } = renderCity({ value });
    await user.click(cell(0, "enterpriseName"));
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cell(1, "enterpriseName"));
    await user.keyboard("{ArrowUp}");
    expect(document.activeElement).toBe(cell(0, "enterpriseName"));
    // The caret goes to the end of 甲公司; Left then edits within the cell.
    act(() => cell(0, "enterpriseName").setSelectionRange(3, 3));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(cell(0, "institutionName"));
    act(() => cell(0, "institutionName").setSelectionRange(1, 1));
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(cell(0, "institutionName"));
    act(() => cell(0, "institutionName").setSelectionRange(0, 0));
    await user.keyboard("{ArrowLeft}");
    expect(document.activeElement).toBe(cell(0, "enterpriseName"));
    // A select keeps its arrows.
    cell(0, "category").focus();
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(cell(0, "category"));
  });
});

describe("pasting into a matrix", () => {
  it("fills 上年同期 and 本年 down the indicators, passing over headings and the paper's blank cells", () => {
    const onChange = vi.fn();
    const table = getTableModule("enterprise-4")?.table as FormTable;
    const { container } = render(
      <TableForm
        table={table}
        lang="zh"
        i18n={createI18n({ lang: "zh" })}
        onChange={onChange}
        validateDelayMs={0}
      />,
    );
    const inputs = [...container.querySelectorAll<HTMLInputElement>(".tb-matrix-input")];
    const first = inputs[0] as HTMLInputElement;
    paste(first, "10\t12\n20\t22\n");
    // The second indicator has no 上年同期 cell on paper ("—"): its 20 goes nowhere, 22 goes to 本年.
    const second = container.querySelectorAll("tr.tb-matrix-row")[1];
    expect(second?.querySelector('td[data-column="previous"]')?.className).toBe("tb-matrix-blank");
    const changed = inputs.filter((input) => input.value !== "").map((input) => input.value);
    expect(changed).toEqual(["10", "12", "22"]);
    expect(screen.getAllByText(/已粘贴 2 行 2 列/).length).toBeGreaterThan(0);
    fireEvent.keyDown(first, { key: "z", metaKey: true });
    expect(inputs.filter((input) => input.value !== "")).toEqual([]);
  });
});

/** An .xlsx written by ExcelJS: the header row, then the rows. */
async function workbook(rows: (string | number | Date)[][], name = "培训.xlsx"): Promise<File> {
  const { default: ExcelJS } = await import("exceljs");
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("第一页");
  for (const row of rows) sheet.addRow(row);
  book.addWorksheet("另一页").addRow(["不读"]);
  const buffer = await book.xlsx.writeBuffer();
  return new File([buffer], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

async function choose(container: HTMLElement, file: File): Promise<void> {
  const input = container.querySelector<HTMLInputElement>(".tb-rows-import-file");
  if (!input) throw new Error("the rows field offers an import");
  await userEvent.upload(input, file);
}

describe("importing an .xlsx into a rows field", () => {
  it("matches the printed headers in either language, appends the rows after those filled in, and one undo takes them back", async () => {
    const value = { trainings: [{ enterpriseName: "已有公司" }] };
    const { container, cell, trainings } = renderCity({ value });
    const file = await workbook([
      ["序号", "企业名称", "Training institution name", "培训类别", "培训人时（人小时）", "培训费用(万元)"],
      [1, "甲公司", "乙学校", "国际认证培训", 120, 3.5],
      [2, "丙公司", "丁学校", "4", 80, 1.25],
      [],
    ]);
    await choose(container, file);
    await waitFor(() => expect(trainings()).toHaveLength(3));
    expect(trainings()?.[0]).toEqual({ enterpriseName: "已有公司" });
    expect(trainings()?.[1]).toEqual({
      enterpriseName: "甲公司",
      institutionName: "乙学校",
      category: "3",
      personHours: "120",
      cost: "3.5",
    });
    expect(cell(2, "institutionName").value).toBe("丁学校");
    expect(screen.getAllByText(/已从 培训.xlsx 导入 2 行/).length).toBeGreaterThan(0);
    // The cells the sheet left empty are required: their messages show at once.
    await waitFor(() => expect(cell(1, "content").getAttribute("aria-invalid")).toBe("true"));
    await userEvent.click(screen.getByRole("button", { name: /撤销导入/ }));
    expect(trainings()).toEqual([{ enterpriseName: "已有公司" }]);
    expect(screen.getAllByText(/已撤销导入/).length).toBeGreaterThan(0);
  });

  it("says which headers do not match and what the table prints, and changes nothing", async () => {
    const { container, trainings } = renderCity();
    await choose(
      container,
      await workbook(
        [
          ["企业名称", "联系电话"],
          ["甲公司", "123"],
        ],
        "别的表.xlsx",
      ),
    );
    await waitFor(() =>
      expect(
        screen.getAllByText(
          /别的表.xlsx 第一行的表头与本表的列不符：联系电话。请使用本表印制的列名：企业名称、/,
        ).length,
      ).toBeGreaterThan(0),
    );
    expect(trainings()).toBeUndefined();
  });

  it("says so where the build leaves ExcelJS out (the embed's classic script)", async () => {
    const file = await workbook([["企业名称"], ["甲公司"]]);
    vi.doMock("exceljs", () => ({ default: {} }));
    try {
      const { container, trainings } = renderCity();
      await choose(container, file);
      await waitFor(() => expect(screen.getAllByText(/此页面不能导入 Excel 文件/).length).toBeGreaterThan(0));
      expect(trainings()).toBeUndefined();
    } finally {
      vi.doUnmock("exceljs");
    }
  });

  it("says a file that is not an .xlsx cannot be read", async () => {
    const { container } = renderCity();
    await choose(container, new File(["企业名称\n甲公司"], "名单.xlsx"));
    await waitFor(() => expect(screen.getAllByText(/无法读取 名单.xlsx/).length).toBeGreaterThan(0));
  });
});
