import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { LangMode } from "@tianbiao/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formShown, openHarness } from "./harness-server";

/**
 * The dark colours (prefers-color-scheme: dark) and forced colours (Windows high contrast), emulated in
 * Chromium: the tables of issue 14 filled in and after a failed submit, in every language mode, are
 * axe-clean (WCAG 2.1 AA and best practices) and still drawn as grids.
 */

const tables = ["enterprise-4", "platform-1", "city-1", "key-enterprise-application"];
const modeSet: Record<LangMode, true> = { zh: true, en: true, bilingual: true };
const modes = Object.keys(modeSet) as LangMode[];
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
type Scheme = "dark" | "forced";
const schemes: Scheme[] = ["dark", "forced"];

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let url: string;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ browser, url, close } = await openHarness());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForSelector(".tb-root");
  await page.addScriptTag({ content: axeSource });
});

afterAll(async () => {
  await close();
});

async function emulate(scheme: Scheme | "light"): Promise<void> {
  await page.emulateMedia(
    scheme === "forced"
      ? { colorScheme: "light", forcedColors: "active" }
      : { colorScheme: scheme, forcedColors: "none" },
  );
}

async function show(query: string, table: string, mode: LangMode, submit: boolean): Promise<void> {
  await page.evaluate((search) => window.tianbiaoShow?.(search), query);
  await formShown(page, table, mode);
  if (submit) {
    await page.click(".tb-form-body button[type=submit]");
    await page.waitForSelector(".tb-error-summary");
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

async function violations(): Promise<string[]> {
  return page.evaluate(async (values) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values } });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} at ${n.target.join(" ")}: ${v.help}`),
    );
  }, tags);
}

/** The page's background and text colours as relative luminance (0 black … 1 white). */
function luminance(): Promise<{ background: number; text: number }> {
  return page.evaluate(() => {
    const root = document.querySelector(".tb-root") as HTMLElement;
    const toLuminance = (colour: string) => {
      const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
        const c = Number(part) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const style = getComputedStyle(root);
    return { background: toLuminance(style.backgroundColor), text: toLuminance(style.color) };
  });
}

describe("dark colours", () => {
  it("follow prefers-color-scheme: light text on a dark page, and back", async () => {
    await emulate("dark");
    await show("?table=city-1&lang=zh&state=filled", "city-1", "zh", false);
    const dark = await luminance();
    expect(dark.background).toBeLessThan(0.05);
    expect(dark.text).toBeGreaterThan(0.6);
    await emulate("light");
    const light = await luminance();
    expect(light.background).toBeGreaterThan(0.9);
    expect(light.text).toBeLessThan(0.05);
  });
});

describe("forced colours", () => {
  it("keep the grid's rules and a visible focus outline", async () => {
    await emulate("forced");
    await show("?table=enterprise-4&lang=zh&state=filled", "enterprise-4", "zh", false);
    await page.focus(".tb-matrix-input");
    await page.keyboard.press("Tab");
    const found = await page.evaluate(() => {
      const cells = Array.from(document.querySelectorAll(".tb-matrix td, .tb-matrix th"));
      const unruled = cells.filter((cell) => getComputedStyle(cell).borderTopStyle === "none").length;
      const focused = document.activeElement as HTMLElement;
      return {
        cells: cells.length,
        unruled,
        forced: matchMedia("(forced-colors: active)").matches,
        outline: getComputedStyle(focused).outlineStyle,
      };
    });
    expect(found.forced).toBe(true);
    expect(found.cells).toBeGreaterThan(50);
    expect(found.unruled).toBe(0);
    expect(found.outline).not.toBe("none");
  });
});

describe.each(schemes)("axe in %s colours", (scheme) => {
  it.each(tables)(
    "%s: no violations in any language mode, filled in or after a failed submit",
    async (table) => {
      await emulate(scheme);
      const found: string[] = [];
      for (const mode of modes) {
        for (const submit of [false, true]) {
          const query = `?table=${table}&lang=${mode}${submit ? "" : "&state=filled"}`;
          await show(query, table, mode, submit);
          for (const violation of await violations()) {
            found.push(`${mode} ${submit ? "errors" : "filled"}: ${violation}`);
          }
        }
      }
      expect(found.join("\n"), "axe violations").toBe("");
    },
  );
});

declare global {
  interface Window {
    axe: typeof import("axe-core");
    tianbiaoShow?: (search: string) => void;
  }
}
