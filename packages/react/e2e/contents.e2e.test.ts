import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarnessPage } from "./harness-server";

/**
 * The table of contents of the nine-section 360号 application in Chromium: it stays in view on a
 * desktop while the page scrolls, sits folded in the flow on a phone, counts what is answered, and its
 * links move focus to the section's heading.
 */

let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ page, close } = await openHarnessPage());
});
afterAll(() => close());

async function show(lang: string, width: number, state = ""): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(
    (query) => window.tianbiaoShow?.(query),
    `?table=key-enterprise-application&lang=${lang}${state}`,
  );
  await page.waitForSelector(`.tb-root[data-lang="${lang}"] .tb-contents`);
}

const navTop = () =>
  page.evaluate(() => document.querySelector(".tb-contents")?.getBoundingClientRect().top ?? -1);

describe("the contents of the 360号 application", () => {
  it("stays at the top of the view on a desktop as the page scrolls, and counts the filled-in fixture", async () => {
    await show("en", 1280, "&state=filled");
    const figure = await page.textContent(".tb-contents-progress");
    const [, answered, total] = /(\d+) of (\d+) answered/.exec(figure ?? "") ?? [];
    expect(Number(total)).toBeGreaterThan(20);
    expect(Number(answered)).toBeGreaterThan(20);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForFunction(() => window.scrollY > 500);
    expect(Math.round(await navTop())).toBe(0);
  });

  it("on a phone stays in the flow, folded, and opens on a tap", async () => {
    await show("zh", 390);
    expect(await page.getAttribute(".tb-contents-details", "open")).toBeNull();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForFunction(() => window.scrollY > 500);
    expect(await navTop()).toBeLessThan(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click(".tb-contents-summary");
    await page.waitForSelector(".tb-contents-link");
    const height = await page.evaluate(
      () => document.querySelector(".tb-contents-link")?.getBoundingClientRect().height ?? 0,
    );
    expect(height).toBeGreaterThanOrEqual(44);
  });

  it("a jump link moves focus to its section's heading", async () => {
    await show("bilingual", 1280);
    await page.click(".tb-contents-summary");
    const last = page.locator(".tb-contents-link").last();
    const name = (await last.textContent()) ?? "";
    await last.click();
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      text: document.activeElement?.textContent,
    }));
    expect(focused).toEqual({ tag: "H2", text: name });
  });
});
