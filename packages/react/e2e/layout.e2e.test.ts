import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LangMode } from "@tianbiao/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness } from "./harness-server";

/**
 * The tables drawn as printed on a desktop and laid out for a phone, measured in Chromium: the two
 * indicator matrices, the repeating rows of 城市1表 and the nine-section 360号 application, filled in,
 * in every language mode, at 1280, 390 and 360 px. Writes a screenshot of each to
 * test-results/layout/ for a person to look at.
 */

const tables = ["enterprise-4", "platform-1", "city-1", "key-enterprise-application"];
const modeSet: Record<LangMode, true> = { zh: true, en: true, bilingual: true };
const modes = Object.keys(modeSet) as LangMode[];
const widths = [1280, 390, 360];
/** Up to 600px the form is laid out for a phone. */
const phoneWidth = 600;

const shotDir = fileURLToPath(new URL("../test-results/layout/", import.meta.url));

let browser: Browser;
let url: string;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  mkdirSync(shotDir, { recursive: true });
  ({ browser, url, close } = await openHarness());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForSelector(".tb-root");
});

afterAll(async () => {
  await close();
});

async function show(table: string, mode: LangMode, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate((query) => window.tianbiaoShow?.(query), `?table=${table}&lang=${mode}&state=filled`);
  await page.waitForSelector(`.tb-root[data-table="${table}"][data-lang="${mode}"]`);
  // Layout settles after the fonts the text needs are in.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

interface Measured {
  /** How far the page scrolls sideways. */
  sideways: number;
  /** Controls (inputs, selects, buttons, help toggles, radio and checkbox rows) under 44px tall. */
  short: string[];
  /** Controls of matrix and rows cells under 120px wide. */
  narrow: string[];
  /** Matrix cells (desktop) or indicator cards (phone) missing a rule on some side. */
  unruled: string[];
  /** Indicator names not starting at the left of their cell, or not indented below their parent. */
  misaligned: string[];
  /** Matrix or rows grids that scroll sideways inside their own box. */
  clipped: string[];
  matrixCells: number;
  names: number;
}

function measure(phone: boolean): Promise<Measured> {
  return page.evaluate((phone) => {
    const describe = (element: Element, extra: string) => {
      const path = element.closest("[data-path]")?.getAttribute("data-path") ?? "";
      return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(" ").join(".")}` : ""} ${path} ${extra}`;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
    };
    const root = document.querySelector(".tb-root") as HTMLElement;
    const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;

    const controls = Array.from(
      root.querySelectorAll(
        "input:not([type=radio]):not([type=checkbox]), select, textarea, button, summary, .tb-radio, .tb-checkbox",
      ),
    ).filter(visible);
    const short = phone
      ? controls
          .filter((element) => element.getBoundingClientRect().height < 44 - 0.5)
          .map((element) => describe(element, `${element.getBoundingClientRect().height.toFixed(1)}px tall`))
      : [];

    const cellControls = Array.from(
      root.querySelectorAll(
        ".tb-matrix-cell input, .tb-rows-cell input, .tb-rows-cell select, .tb-rows-cell textarea",
      ),
    ).filter(visible);
    const narrow = cellControls
      .filter((element) => element.getBoundingClientRect().width < 120 - 0.5)
      .map((element) => describe(element, `${element.getBoundingClientRect().width.toFixed(1)}px wide`));

    const ruled = (element: Element) => {
      const style = getComputedStyle(element);
      return (["Top", "Right", "Bottom", "Left"] as const).every(
        (side) =>
          style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" &&
          Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1,
      );
    };
    const matrixCells = Array.from(root.querySelectorAll(".tb-matrix th, .tb-matrix td")).filter(visible);
    const unruled = (phone ? Array.from(root.querySelectorAll(".tb-matrix tbody tr")) : matrixCells)
      .filter(visible)
      .filter((element) => !ruled(element))
      .map((element) => describe(element, element.textContent?.slice(0, 20) ?? ""));

    const misaligned: string[] = [];
    const names = Array.from(root.querySelectorAll<HTMLElement>(".tb-matrix tbody .tb-matrix-name")).filter(
      visible,
    );
    // Where the name's text starts, from the left of its cell and from the left of the matrix.
    const textLeft = (cell: HTMLElement, from: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getBoundingClientRect().left - from.getBoundingClientRect().left;
    };
    let previous: { level: number; left: number } | undefined;
    for (const name of names) {
      const align = getComputedStyle(name).textAlign;
      if (align !== "start" && align !== "left") misaligned.push(describe(name, `text-align: ${align}`));
      const row = name.closest("tr");
      const level = Number(row?.getAttribute("data-level") ?? 0);
      const inCell = textLeft(name, name);
      const left = textLeft(name, name.closest("table") ?? name);
      if (level === 0 && inCell > 24)
        misaligned.push(describe(name, `level 0 text ${inCell.toFixed(1)}px in`));
      if (previous && level > previous.level && left <= previous.left) {
        misaligned.push(describe(name, `level ${level} at ${left.toFixed(1)}px, parent at ${previous.left}`));
      }
      previous = { level, left };
    }

    const clipped = Array.from(root.querySelectorAll(".tb-matrix-scroll, .tb-rows-scroll"))
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => describe(element, `${element.scrollWidth} > ${element.clientWidth}`));

    return {
      sideways,
      short,
      narrow,
      unruled,
      misaligned,
      clipped,
      matrixCells: matrixCells.length,
      names: names.length,
    };
  }, phone);
}

describe.each(tables)("layout of %s", (table) => {
  describe.each(modes)("in %s", (mode) => {
    it.each(widths)(
      "at %i px: no sideways scrolling, 44px controls on phones, 120px cells, ruled matrices, names at the left",
      async (width) => {
        await show(table, mode, width);
        const phone = width <= phoneWidth;
        const found = await measure(phone);
        await page.screenshot({ path: `${shotDir}${table}-${mode}-${width}.png`, fullPage: true });
        expect(found.sideways, "the page scrolls sideways").toBe(0);
        expect(found.clipped, "grids scrolling inside their box").toEqual([]);
        expect(found.short, "controls under 44px tall").toEqual([]);
        expect(found.narrow, "cell controls under 120px wide").toEqual([]);
        expect(found.unruled, "matrix cells without rules").toEqual([]);
        expect(found.misaligned, "indicator names").toEqual([]);
        if (table === "enterprise-4" || table === "platform-1") {
          // The checks above looked at something: the matrix is on the page with its names.
          expect(found.matrixCells).toBeGreaterThan(50);
          expect(found.names).toBeGreaterThan(10);
        }
      },
    );
  });
});

describe("the measures", () => {
  it("see a page that scrolls sideways, a short or narrow control, an unruled cell and a centred name", async () => {
    await show("enterprise-4", "zh", 360);
    await page.evaluate(() => {
      const wide = document.createElement("div");
      wide.className = "planted";
      wide.style.width = "2000px";
      wide.style.height = "1px";
      document.querySelector(".tb-root")?.append(wide);
      const row = document.querySelector(".tb-matrix tbody tr");
      if (row instanceof HTMLElement) row.style.border = "0";
      const input = document.querySelector(".tb-matrix-input");
      if (input instanceof HTMLElement) input.style.minHeight = "0";
      if (input instanceof HTMLElement) input.style.height = "20px";
      const other = document.querySelectorAll(".tb-matrix-input")[1];
      if (other instanceof HTMLElement) other.style.width = "60px";
      const name = document.querySelector(".tb-matrix tbody .tb-matrix-name");
      if (name instanceof HTMLElement) name.style.textAlign = "center";
    });
    const found = await measure(true);
    expect(found.sideways).toBeGreaterThan(0);
    expect(found.short.length).toBeGreaterThan(0);
    expect(found.unruled.length).toBeGreaterThan(0);
    expect(found.narrow.length).toBeGreaterThan(0);
    expect(found.misaligned.length).toBeGreaterThan(0);
  });
});

declare global {
  interface Window {
    tianbiaoShow?: (search: string) => void;
  }
}
