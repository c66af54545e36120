import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * A government site that embeds <tianbiao-form> from its own origin under a strict Content Security
 * Policy: scripts and styles from 'self' only, no 'unsafe-inline'. The element must render, take
 * input, show its errors and follow the reader's dark colours there without one violation. Chromium
 * reports each as a securitypolicyviolation event, recorded from before the page's first script.
 */

const policy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
const script = readFileSync(fileURLToPath(new URL("../dist/tianbiao.iife.js", import.meta.url)), "utf8");
const hostPage = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>host</title>
  <script src="/tianbiao.iife.js"></script>
</head>
<body>
  <tianbiao-form table="city-1" lang="zh" theme="city"></tianbiao-form>
</body>
</html>`;

let server: Server;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const headers = { "content-security-policy": policy };
    if (request.url === "/tianbiao.iife.js") {
      response.writeHead(200, { ...headers, "content-type": "text/javascript; charset=utf-8" });
      response.end(script);
    } else if (request.url === "/" || request.url?.startsWith("/?")) {
      response.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" });
      response.end(hostPage);
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  browser = await chromium.launch(chromiumLaunchOptions());
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener(
      "securitypolicyviolation",
      (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      true,
    );
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("tianbiao-form >> .tb-root");
});

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => server?.close(closed));
});

const violations = async () => [
  ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ...consoleErrors,
];
const clearViolations = async () => {
  consoleErrors.length = 0;
  await page.evaluate(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations.length = 0;
  });
};

/** Re-points the element at a table and language, and waits for that form in its shadow root. */
async function show(table: string, lang: string): Promise<void> {
  await page.evaluate(
    ([t, l]) => {
      const element = document.querySelector("tianbiao-form");
      element?.setAttribute("table", t as string);
      element?.setAttribute("lang", l as string);
    },
    [table, lang],
  );
  await page.waitForSelector(`tianbiao-form >> .tb-root[data-table="${table}"][data-lang="${lang}"]`);
}

describe("<tianbiao-form> under style-src 'self'", () => {
  it("is on a page under the policy: a <style> put in its shadow root is reported", async () => {
    await page.evaluate(() => {
      const planted = document.createElement("style");
      planted.textContent = ".planted { color: red }";
      document.querySelector("tianbiao-form")?.shadowRoot?.append(planted);
      planted.remove();
    });
    await page.waitForFunction(
      () => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0,
    );
    expect((await violations()).join("\n")).toContain("style-src");
    await clearViolations();
  });

  it.each(["city-1", "enterprise-4"])(
    "%s renders, is styled, takes input and shows its errors in every language and at 360 px, with no violation",
    async (table) => {
      for (const lang of ["zh", "en", "bilingual"]) {
        for (const width of [360, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await show(table, lang);
          const form = page.locator("tianbiao-form");
          await form.locator(".tb-form-body input[type=text]:not([readonly])").first().fill("1234");
          await form.locator(".tb-form-body button[type=submit]").click();
          await form.locator(".tb-error-summary").waitFor();
        }
      }
      // Last shown at 1280 px, where the grid's cells are ruled (on a phone they are cards).
      const found = await page.evaluate(() => {
        const shadow = document.querySelector("tianbiao-form")?.shadowRoot;
        const cell = shadow?.querySelector(".tb-matrix td, .tb-rows-table td");
        return {
          inline: shadow?.querySelectorAll("[style], style").length ?? -1,
          adopted: shadow?.adoptedStyleSheets.length ?? 0,
          ruled: cell ? getComputedStyle(cell).borderTopStyle : "no cell",
        };
      });
      expect(found.inline, "elements with a style attribute, or <style> elements").toBe(0);
      expect(found.adopted).toBeGreaterThan(0);
      expect(found.ruled).not.toBe("none");
      expect((await violations()).join("\n"), "CSP violations").toBe("");
    },
  );

  it("follows the reader's dark colours inside the shadow root", async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await show("city-1", "zh");
    const background = () =>
      page.evaluate(() => {
        const root = document.querySelector("tianbiao-form")?.shadowRoot?.querySelector(".tb-root");
        return root ? getComputedStyle(root).backgroundColor : "";
      });
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background()).toBe("rgb(22, 24, 28)");
    await page.evaluate(() =>
      document.querySelector("tianbiao-form")?.setAttribute("data-tianbiao-color-scheme", "light"),
    );
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "light" });
    expect((await violations()).join("\n"), "CSP violations").toBe("");
  });
});
