import { compileTable, type FormTable, getAt, type Submission } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness } from "./harness-server";

let browser: Browser;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ browser, url, close } = await openHarness());
});
afterAll(() => close());

interface Focused {
  tag: string;
  type: string;
  name: string;
  id: string;
  value: string;
  role: string;
  checked: boolean;
  text: string;
  rowsPath: string;
  rowCount: number;
  isDatePart: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const rows = el?.closest<HTMLElement>('[data-kind="rows"]');
    return {
      tag: el?.tagName ?? "",
      type: el?.type ?? "",
      name: el?.getAttribute("name") ?? "",
      id: el?.id ?? "",
      value: el?.value ?? "",
      role: el?.getAttribute("role") ?? "",
      checked: Boolean(el?.checked),
      text: (el?.textContent ?? "").trim(),
      rowsPath: rows?.dataset.path ?? "",
      rowCount: rows ? rows.querySelectorAll("tbody tr, [data-row]").length : 0,
      isDatePart: Boolean(el?.classList.contains("tb-date-input")),
    };
  });

/** The part of a stored date a date input shows: the year, month or day box. */
function datePart(value: string, id: string): string {
  const [year = "", month = "", day = ""] = value.split("-");
  if (id.endsWith("-day")) return day;
  if (id.endsWith("-month")) return month;
  return year;
}

/**
 * Fills a form with the keyboard alone: Tab to each control and answer it from the fixture, the
 * way a filer with the paper beside them would; Enter on "add row" while the fixture has more rows.
 */
async function fillWithKeyboard(page: Page, values: Submission): Promise<number> {
  let keystrokes = 0;
  const press = async (key: string) => {
    keystrokes++;
    await page.keyboard.press(key);
  };
  const seenRadioGroups = new Set<string>();
  for (let step = 0; step < 600; step++) {
    await press("Tab");
    const el = await focused(page);
    if (el.tag === "BUTTON" && el.type === "submit") return keystrokes;
    const wanted = el.name ? getAt(values, el.name) : undefined;
    if (el.tag === "BUTTON" && el.rowsPath) {
      const rows = getAt(values, el.rowsPath);
      const isAdd = /添加|add/i.test(el.text);
      if (isAdd && Array.isArray(rows) && el.rowCount < rows.length) await press("Enter");
      continue;
    }
    if (el.role === "combobox" && wanted !== undefined && wanted !== "") {
      await page.keyboard.type(String(wanted));
      keystrokes += String(wanted).length;
      await press("ArrowDown");
      await press("Enter");
      continue;
    }
    if (el.tag === "SELECT" && wanted !== undefined) {
      for (let i = 0; i < 40 && (await focused(page)).value !== String(wanted); i++) await press("ArrowDown");
      continue;
    }
    if (el.type === "radio" && wanted !== undefined && !seenRadioGroups.has(el.name)) {
      seenRadioGroups.add(el.name);
      for (let i = 0; i < 60 && (await focused(page)).value !== String(wanted); i++) await press("ArrowDown");
      if (!(await focused(page)).checked) await press("Space");
      continue;
    }
    if (el.type === "checkbox" && Array.isArray(wanted)) {
      if (wanted.map(String).includes(el.value) !== el.checked) await press("Space");
      continue;
    }
    if ((el.tag === "INPUT" && el.type === "text") || el.tag === "TEXTAREA") {
      if (wanted === undefined || wanted === null || typeof wanted === "object" || el.value !== "") continue;
      const typed = el.isDatePart ? datePart(String(wanted), el.id) : String(wanted);
      await page.keyboard.type(typed);
      keystrokes += typed.length;
    }
  }
  throw new Error("never reached the check-answers button");
}

describe("filling 企业1表 with the keyboard alone", () => {
  it("reaches a submission equal to the fixture, end to end", async () => {
    const module = getTableModule("enterprise-1");
    const table = module?.table as FormTable;
    const valid = module?.fixtures?.valid as Submission;
    const page = await browser.newPage();
    await page.goto(`${url}?table=enterprise-1&lang=zh`);
    await page.waitForSelector(".tb-form");
    const keystrokes = await fillWithKeyboard(page, valid);
    await page.keyboard.press("Enter");

    // Warnings (if any) are confirmed with Space, then the answers are checked and sent with Enter.
    for (let i = 0; i < 400; i++) {
      const phase = await page.evaluate(() => document.querySelector(".tb-form")?.getAttribute("data-phase"));
      if (phase === "sent") break;
      if (phase === "edit") {
        const summary = await page.evaluate(
          () => document.querySelector(".tb-error-summary")?.textContent ?? "",
        );
        throw new Error(`the form still has problems: ${summary}`);
      }
      await page.keyboard.press("Tab");
      const el = await focused(page);
      if (el.type === "checkbox" && !el.checked) await page.keyboard.press("Space");
      if (el.tag === "BUTTON" && /继续|提交/.test(el.text) && !/返回/.test(el.text))
        await page.keyboard.press("Enter");
    }
    const submitted = (await page.evaluate(() => window.tianbiaoSubmitted)) as Submission | undefined;
    await page.close();
    expect(submitted, "the form was submitted").toBeDefined();
    const compiled = compileTable(table);
    expect(compiled.validate(submitted).errors).toEqual([]);
    const expected = compiled.derive(valid);
    for (const path of compiled.visibleFields(expected)) {
      const want = getAt(expected, path);
      if (want === undefined || typeof want === "object") continue;
      expect(String(getAt(submitted as Submission, path)), path).toBe(String(want));
    }
    console.log(`企业1表 filled and submitted with ${keystrokes} keystrokes, no pointer`);
  });
});
