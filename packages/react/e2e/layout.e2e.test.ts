import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LangMode } from "@tianbiao/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { measureLayout, phoneMaxWidth } from "../src/story-helpers/layout-checks";
import { formShown, openHarness } from "./harness-server";

/**
 * The tables drawn as printed on a desktop and laid out for a phone, measured in Chromium: the two
 * indicator matrices, the repeating rows of 城市1表 and the nine-section 360号 application, filled in,
 * in every language mode, at 1280, 1024, 768, 390 and 360 px. Writes a screenshot of each to
 * test-results/layout/ for a person to look at.
 */

const tables = ["enterprise-4", "platform-1", "city-1", "key-enterprise-application"];
const modeSet: Record<LangMode, true> = { zh: true, en: true, bilingual: true };
const modes = Object.keys(modeSet) as LangMode[];
const widths = [1280, 1024, 768, 390, 360];
/**
 * Between a phone and a desktop a rows table's eight 120px columns may not fit: the grid then
 * scrolls inside its own box (the page does not), so "no grid scrolls in its box" is asked at
 * 1280 px and on phones only.
 */
const roomy = (width: number) => width >= 1280 || width <= phoneMaxWidth;

const shotDir = fileURLToPath(new URL("../test-results/layout/", import.meta.url));

let browser: Browser;
let url: string;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  mkdirSync(shotDir, { recursive: true });
  ({ browser, url, close } = await openHarness());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Playwright's own 30 s per action is a speed limit: a full-page screenshot of 城市1表 in both languages
  // took longer than that on a loaded two-core machine, and every later one queued behind it.
  // vitest's test timeout (vitest.e2e.config.ts) stays the guard against a hang.
  page.setDefaultTimeout(0);
  await page.goto(url);
  await page.waitForSelector(".tb-root");
});

afterAll(async () => {
  await close();
});

async function show(table: string, mode: LangMode, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate((query) => window.tianbiaoShow?.(query), `?table=${table}&lang=${mode}&state=filled`);
  await formShown(page, table, mode);
  // Layout settles after the fonts the text needs are in.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

// The same measures the layout stories' play functions run, evaluated in the page.
const measure = (phone: boolean) => page.evaluate(measureLayout, phone);

describe.each(tables)("layout of %s", (table) => {
  describe.each(modes)("in %s", (mode) => {
    it.each(widths)(
      "at %i px: no sideways scrolling, 44px controls on phones, 120px-wide controls, ruled matrices, names at the left",
      async (width) => {
        await show(table, mode, width);
        const phone = width <= phoneMaxWidth;
        const found = await measure(phone);
        await page.screenshot({ path: `${shotDir}${table}-${mode}-${width}.png`, fullPage: true });
        expect(found.sideways, "the page scrolls sideways").toBe(0);
        if (roomy(width)) expect(found.clipped, "grids scrolling inside their box").toEqual([]);
        expect(found.short, "controls under 44px tall").toEqual([]);
        expect(found.narrow, "controls under 120px wide").toEqual([]);
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
