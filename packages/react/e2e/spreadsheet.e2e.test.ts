import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { LangMode, Submission } from "@tianbiao/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { city1Block } from "../src/spreadsheet/spreadsheet-example.test-helper";
import { formShown, openHarnessPage } from "./harness-server";
import { pasteInto } from "./paste";

/**
 * Spreadsheet habits in Chromium: a block copied from Excel or WPS (a real paste event carrying the
 * clipboard's text/plain) fills 城市1表's rows from the focused cell, one undo takes it back, the
 * arrow keys move between cells, and the paste's message and undo button are axe-clean.
 */

declare global {
  interface Window {
    axe: typeof import("axe-core");
    tianbiaoShow?: (search: string) => void;
    tianbiaoValues?: Submission;
  }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ page, close } = await openHarnessPage());
  await page.addScriptTag({ content: axeSource });
});
afterAll(() => close());

async function show(table: string, mode: LangMode): Promise<void> {
  await page.evaluate((query) => window.tianbiaoShow?.(query), `?table=${table}&lang=${mode}`);
  await formShown(page, table, mode);
}

const cell = (row: number, column: string) =>
  `tr[data-row="${row}"] td[data-column="${column}"] :is(input, select)`;

const paste = (selector: string, text: string) => pasteInto(page, selector, text);

const trainings = () =>
  page.evaluate(() => window.tianbiaoValues?.trainings as Record<string, unknown>[] | undefined);

// Three rows of 城市1表 as a spreadsheet holds them, 序号 first: 3 rows × 8 columns.
const { text: block, stored, width } = city1Block(3);

describe("pasting a spreadsheet block into 城市1表", () => {
  it("a 3 × 8 block copied from a spreadsheet into 城市1表 fills three rows, and one undo empties them", async () => {
    await show("city-1", "zh");
    await paste(cell(0, "enterpriseName"), block);
    await page.waitForSelector(cell(2, "cost"));
    expect(width).toBe(8);
    for (const [row, values] of stored.entries()) {
      for (const [column, value] of Object.entries(values)) {
        expect(await page.inputValue(cell(row, column)), `row ${row + 1} ${column}`).toBe(value);
      }
    }
    expect(await trainings()).toEqual(stored);
    expect(await page.textContent(".tb-rows [role=status]:has(span)")).toContain("已粘贴 3 行 7 列");

    // The focus stayed in the first cell; one Ctrl+Z there takes the whole paste back.
    await page.keyboard.press("Control+z");
    await page.waitForSelector(cell(1, "enterpriseName"), { state: "detached" });
    expect(await page.inputValue(cell(0, "enterpriseName"))).toBe("");
    expect(await trainings()).toBeUndefined();
    expect(await page.locator("tbody tr[data-row]").count()).toBe(1);
  });

  it("the message's undo button takes a paste back too", async () => {
    await show("city-1", "en");
    await paste(cell(0, "location"), "Suzhou\t100\t2.5\nWuxi\t50\t1\n");
    await page.waitForSelector(cell(1, "location"));
    expect((await trainings())?.map((row) => row.location)).toEqual(["Suzhou", "Wuxi"]);
    await page.getByRole("button", { name: "Undo paste" }).click();
    await page.waitForSelector(cell(1, "location"), { state: "detached" });
    expect(await trainings()).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.closest("td")?.dataset.column)).toBe("location");
  });
});

describe("arrow keys between cells", () => {
  it("move down and up a column, and across cells from the ends of the text", async () => {
    await show("city-1", "zh");
    await paste(cell(0, "enterpriseName"), "甲公司\t乙学校\n丙公司\t丁学校\n");
    await page.waitForSelector(cell(1, "enterpriseName"));
    const at = () =>
      page.evaluate(() => {
        const td = document.activeElement?.closest<HTMLElement>("td");
        return `${td?.closest<HTMLElement>("tr")?.dataset.row}:${td?.dataset.column}`;
      });
    await page.focus(cell(0, "enterpriseName"));
    await page.keyboard.press("ArrowDown");
    expect(await at()).toBe("1:enterpriseName");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowRight");
    expect(await at()).toBe("1:institutionName");
    // The whole text is selected on arrival: Home puts the caret at the start, then Right moves within.
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    expect(await at()).toBe("1:institutionName");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowLeft");
    expect(await at()).toBe("1:enterpriseName");
    await page.keyboard.press("ArrowUp");
    expect(await at()).toBe("0:enterpriseName");
  });
});

describe("importing an .xlsx into 城市1表", () => {
  it("loads ExcelJS only when a file is chosen, and appends the sheet's rows under the printed headers", async () => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await show("city-1", "bilingual");
    expect(requested.filter((url) => url.includes("exceljs"))).toEqual([]);
    const { default: ExcelJS } = await import("exceljs");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("培训");
    sheet.addRow([
      "序号",
      "Enterprise name",
      "培训机构名称",
      "培训类别",
      "Training person-hours",
      "培训费用（万元）",
    ]);
    sheet.addRow([1, "甲公司", "乙学校", "人才资质培训", 300, 9.5]);
    sheet.addRow([2, "丙公司", "丁学校", "1", 40, 2]);
    await page.setInputFiles(".tb-rows-import-file", {
      name: "培训名单.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.waitForSelector(cell(1, "enterpriseName"));
    expect(requested.filter((url) => url.includes("exceljs"))).toHaveLength(1);
    expect(await trainings()).toEqual([
      { enterpriseName: "甲公司", institutionName: "乙学校", category: "2", personHours: "300", cost: "9.5" },
      { enterpriseName: "丙公司", institutionName: "丁学校", category: "1", personHours: "40", cost: "2" },
    ]);
    expect(await page.textContent(".tb-paste-status")).toContain("Imported 2 rows from 培训名单.xlsx");
  });
});

const pastes = [
  { table: "city-1", target: cell(0, "enterpriseName"), text: block },
  { table: "enterprise-4", target: ".tb-matrix-input", text: "1\t2\n3\t4\n5\t6\n" },
];

describe.each(["zh", "en", "bilingual"] as const)("after a paste, in %s", (mode) => {
  it.each(pastes)("$table: the message, its undo button and the live region are axe-clean", async (c) => {
    await show(c.table, mode);
    await paste(c.target, c.text);
    await page.waitForSelector(".tb-paste-undo");
    const violations = await page.evaluate(async (values) => {
      const result = await window.axe.run(document, { runOnly: { type: "tag", values } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }, tags);
    expect(violations).toEqual([]);
  });
});
