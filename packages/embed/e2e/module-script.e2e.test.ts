import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The module script (dist/tianbiao.js and its chunks) on a host page, from the host's own origin
 * under script-src 'self': what a page in one language fetches, and what a switch of language adds.
 */

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const policy = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'";
const hostPage = (table: string, lang: string) => `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>host</title><script type="module" src="/tianbiao.js"></script></head>
<body><tianbiao-form table="${table}" lang="${lang}"></tianbiao-form></body>
</html>`;

let server: Server;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://host");
    const headers = { "content-security-policy": policy };
    const file = `${dist}${url.pathname.slice(1)}`;
    if (url.pathname.endsWith(".js") && !url.pathname.includes("..") && existsSync(file)) {
      response.writeHead(200, { ...headers, "content-type": "text/javascript; charset=utf-8" });
      response.end(readFileSync(file));
    } else if (url.pathname === "/") {
      response.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" });
      response.end(
        hostPage(url.searchParams.get("table") ?? "enterprise-3", url.searchParams.get("lang") ?? "zh"),
      );
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((closed) => server?.close(closed));
});

/**
 * Opens the host page (after `before`, e.g. to route a request); answers it with the scripts it has
 * fetched so far and any page errors.
 */
async function open(table: string, lang: string, before?: (page: Page) => Promise<void>) {
  const page: Page = await browser.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith(".js")) scripts.push(pathname.slice(pathname.lastIndexOf("/") + 1));
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  await before?.(page);
  await page.goto(`${origin}/?table=${table}&lang=${lang}`);
  await page.locator("tianbiao-form h1").waitFor();
  return { page, scripts, problems };
}

const english = (file: string) => /^en-[\w-]+\.js$/.test(file);
const onDemand = (file: string) => /^fields-on-demand-[\w-]+\.js$/.test(file);

describe("the module script", () => {
  it("shows a Chinese page without fetching English, and fetches it when the page switches, keeping what was typed", async () => {
    const { page, scripts, problems } = await open("enterprise-3", "zh");
    expect(await page.locator("tianbiao-form h1").textContent()).toContain("服务外包合同执行情况登记表");
    expect(scripts.filter(english)).toEqual([]);
    expect(scripts.filter(onDemand)).toEqual([]);
    console.log(`enterprise-3 in Chinese: ${scripts.length} scripts (${scripts.join(", ")})`);

    const input = page.locator('tianbiao-form input[name="contractNumber"]');
    await input.fill("HT-1");
    await page.evaluate(() => document.querySelector("tianbiao-form")?.setAttribute("lang", "en"));
    await expect.poll(() => page.locator("tianbiao-form h1").textContent()).toMatch(/contract execution/i);
    expect(scripts.filter(english)).toHaveLength(1);
    expect(await input.inputValue()).toBe("HT-1");

    await page.evaluate(() => document.querySelector("tianbiao-form")?.setAttribute("lang", "bilingual"));
    await page.locator('tianbiao-form .tb-root[data-lang="bilingual"]').waitFor();
    expect(scripts.filter(english)).toHaveLength(1);
    expect(await input.inputValue()).toBe("HT-1");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws the form without waiting for the validator's chunk, and checks what was typed once it is there", async () => {
    // The validator's chunk is held back until the form has been drawn and used.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = false;
    const { page, scripts, problems } = await open("enterprise-3", "zh", (host) =>
      host.route(/\/chunks\/validator-[\w-]+\.js$/, async (route) => {
        asked = true;
        await held;
        await route.continue();
      }),
    );
    await expect.poll(() => asked).toBe(true);
    const input = page.locator('tianbiao-form input[name="contractNumber"]');
    await input.fill("HT-1");
    await input.fill("");
    await input.blur();
    // Nothing can be checked yet; what was typed stays where it is.
    expect(await input.getAttribute("aria-invalid")).toBeNull();
    release();
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    // The message the field names for itself, in the page's language.
    const messages = page.locator(`tianbiao-form [id="${await input.getAttribute("aria-describedby")}"]`);
    expect(await messages.textContent()).toBe("【304 合同号】为必填项，请填写或选择。");
    console.log(`enterprise-3 in Chinese, validated: ${scripts.length} scripts (${scripts.join(", ")})`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("says so when the validator cannot be fetched, keeps what was typed, and checks on the next press", async () => {
    let refuse = true;
    const { page, problems } = await open("enterprise-3", "zh", (host) =>
      host.route(/\/chunks\/validator-[\w-]+\.js$/, (route) => (refuse ? route.abort() : route.continue())),
    );
    const form = page.locator("tianbiao-form");
    const input = form.locator('input[name="contractNumber"]');
    await input.fill("HT-1");
    await form.getByRole("button", { name: "检查填写内容" }).click();
    await expect
      .poll(() => form.getByRole("alert").allTextContents())
      .toContain("网络连接中断，提交没有成功。请检查网络后重试，已填写的内容仍保留在本页。");
    // Focused, as the button pressed is at the form's foot and the message at its head.
    const alert = form.locator(".tb-error-summary[role=alert]");
    expect(await alert.evaluate((box) => (box.getRootNode() as ShadowRoot).activeElement === box)).toBe(true);
    expect(await input.inputValue()).toBe("HT-1");
    refuse = false;
    await input.fill("");
    await form.getByRole("button", { name: "检查填写内容" }).click();
    // Checked this time: the empty 合同号 is named in the summary, and the network message is gone.
    await form.locator(".tb-error-summary").filter({ hasText: "【304 合同号】为必填项" }).waitFor();
    expect(await form.getByText(/网络连接中断/).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows a page in English in English from the start", async () => {
    const { page, scripts, problems } = await open("enterprise-3", "en");
    expect(await page.locator("tianbiao-form h1").textContent()).toMatch(/contract execution/i);
    expect(scripts.filter(english)).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(["city-1", "enterprise-4"])(
    "loads the chunk of the fields only some tables have with %s, a table with a grid, and renders it whole",
    async (table) => {
      const { page, scripts, problems } = await open(table, "zh");
      expect(scripts.filter(onDemand)).toHaveLength(1);
      await page.locator("tianbiao-form").locator(".tb-rows, .tb-matrix").first().waitFor();
      // The grid's CSS came with its chunk, adopted by the form's shadow root before it rendered.
      const styled = await page.evaluate(() => {
        const shadow = document.querySelector("tianbiao-form")?.shadowRoot;
        const cell = shadow?.querySelector(".tb-matrix td, .tb-rows-table td");
        return {
          inline: shadow?.querySelectorAll("[style], style").length ?? -1,
          ruled: cell ? getComputedStyle(cell).borderTopStyle : "no cell",
        };
      });
      expect(styled).toEqual({ inline: 0, ruled: "solid" });
      console.log(`${table} in Chinese: ${scripts.length} scripts (${scripts.join(", ")})`);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("gives enterprise-1 its pickers' lists and its codes' checks from that chunk, filled when the form first shows", async () => {
    const { page, scripts, problems } = await open("enterprise-1", "zh");
    expect(scripts.filter(onDemand)).toHaveLength(1);
    const form = page.locator("tianbiao-form");
    // The 20 门类 of GB/T 4754-2011 and the "none" choice, there as soon as the picker is.
    await form.locator(".tb-industry-picker select").waitFor();
    expect(await form.locator(".tb-industry-picker select option").count()).toBe(21);
    await form.locator('input[name="registeredAddress.province"]').waitFor();
    const division = form.locator('input[name="registeredAddress.divisionCode"]');
    await division.fill("990000000000");
    await division.blur();
    await expect.poll(() => division.getAttribute("aria-invalid")).toBe("true");
    await division.fill("440305007000");
    await division.blur();
    await expect.poll(() => division.getAttribute("aria-invalid")).not.toBe("true");
    console.log(`enterprise-1 in Chinese: ${scripts.length} scripts (${scripts.join(", ")})`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
