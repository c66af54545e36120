import type { LangMode } from "@tianbiao/core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formShown, openHarness } from "./harness-server";

/**
 * A host page with a strict Content Security Policy: styles from the page's own origin only, no
 * 'unsafe-inline'. The form must render, lay out and take input there without one violation, so it
 * never writes a style attribute or a <style> element. Chromium reports each violation as a
 * securitypolicyviolation event, recorded from before the page's first script runs.
 */

const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'";
const tables = ["enterprise-4", "platform-1", "city-1", "key-enterprise-application"];
const modeSet: Record<LangMode, true> = { zh: true, en: true, bilingual: true };
const modes = Object.keys(modeSet) as LangMode[];

let browser: Browser;
let url: string;
let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ browser, url, close } = await openHarness());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The harness's own page, served with the policy as a host would send it.
  await page.route(
    (address) => address.pathname === "/" || address.pathname.endsWith(".html"),
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": policy },
      });
    },
  );
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  await page.goto(url);
  await page.waitForSelector(".tb-root");
});

afterAll(async () => {
  await close();
});

const violations = () =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const styled = () => page.evaluate(() => document.querySelectorAll("[style], style").length);

describe("under style-src 'self'", () => {
  it("the page is under the policy, and a style attribute written there is reported", async () => {
    const before = (await violations()).length;
    await page.evaluate(() => {
      const probe = document.createElement("div");
      probe.setAttribute("style", "color: red");
      document.body.append(probe);
      probe.remove();
    });
    await page.waitForFunction(
      (count) => (window as unknown as { cspViolations: string[] }).cspViolations.length > count,
      before,
    );
    const after = await violations();
    expect(after.slice(before).join("\n")).toContain("style-src");
    // Only the planted one: start the tables' checks from an empty record.
    await page.evaluate(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations.length = 0;
    });
  });

  it("the stylesheets apply: the matrix is ruled", async () => {
    await page.evaluate(() => window.tianbiaoShow?.("?table=enterprise-4&lang=zh&state=filled"));
    await page.waitForSelector('.tb-root[data-table="enterprise-4"]');
    const border = await page.$eval(".tb-matrix td", (cell) => getComputedStyle(cell).borderTopStyle);
    expect(border).toBe("solid");
  });

  it.each(tables)(
    "%s renders, takes input and reports errors with no violation and no inline style",
    async (table) => {
      for (const mode of modes) {
        for (const width of [1280, 360]) {
          await page.setViewportSize({ width, height: 900 });
          await page.evaluate((query) => window.tianbiaoShow?.(query), `?table=${table}&lang=${mode}`);
          await formShown(page, table, mode);
          const input = page.locator(".tb-form-body input[type=text]:not([readonly])").first();
          await input.fill("1234");
          const add = page.locator(".tb-rows-add");
          if ((await add.count()) > 0) {
            const rows = await page.locator(".tb-rows-row").count();
            await add.first().click();
            await page.waitForFunction(
              (count) => document.querySelectorAll(".tb-rows-row").length > count,
              rows,
            );
          }
          const help = page.locator(".tb-help summary");
          if ((await help.count()) > 0) await help.first().click();
          await page.click(".tb-form-body button[type=submit]");
          await page.waitForSelector(".tb-error-summary");
        }
      }
      expect(await styled(), "elements with a style attribute, or <style> elements").toBe(0);
      // The printed 表号 still reaches the page margin, through an adopted stylesheet.
      const pageHeader = await page.evaluate(() =>
        document.adoptedStyleSheets.some((sheet) =>
          Array.from(sheet.cssRules).some((rule) => rule.cssText.includes("@top-right")),
        ),
      );
      expect(pageHeader).toBe(true);
      expect((await violations()).join("\n"), "CSP violations").toBe("");
    },
  );
});

declare global {
  interface Window {
    tianbiaoShow?: (search: string) => void;
  }
}
