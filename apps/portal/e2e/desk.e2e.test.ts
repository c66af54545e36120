import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { demoAccounts, demoPassword } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portal } from "../src/server";
import { checkAndFile, clockAfter, problemsOf, startDeskPortal } from "./desk-steps";

// The desk at /desk/ in Chromium: axe-clean in zh, en and bilingual, and usable by keyboard alone —
// a reviewer returns and approves, an enterprise amends and files again, pressing keys only.

const enterprise = demoAccounts[0] as { creditCode: string };
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const valid = getTableModule("enterprise-2")?.fixtures?.valid ?? {};
// The desk lists the months around its clock: the month after the fixture's period.
const clock = clockAfter(String(valid.reportPeriod));

async function apiSession(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(new URL("/api/session", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = (response.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

let portal: Portal;
let browser: Browser;
const ids: string[] = [];

beforeAll(async () => {
  portal = await startDeskPortal(clock);
  const filer = await apiSession(portal.url, enterprise.creditCode);
  for (let i = 0; i < 2; i += 1) {
    const response = await fetch(new URL("/api/submissions/enterprise-2", portal.url), {
      method: "POST",
      headers: { "content-type": "application/json", cookie: filer.cookie, "x-csrf-token": filer.csrf },
      body: JSON.stringify({
        values: { ...valid, creditCode: enterprise.creditCode, contractNumber: `DP-${i}` },
      }),
    });
    ids.push(((await response.json()) as { id: string }).id);
  }
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** A page on the desk, signed in as `username`, in `lang`; page errors and CSP refusals are collected. */
async function desk(username: string, lang: "zh" | "en" | "bilingual" = "bilingual", at: Portal = portal) {
  // bypassCSP only so that axe can be evaluated in the page; the desk itself loads no inline code.
  const context = await browser.newContext({ bypassCSP: true });
  await context.addInitScript((lang) => window.localStorage.setItem("tianbiao:desk:lang", lang), lang);
  const page = await context.newPage();
  const problems = problemsOf(page);
  await page.goto(new URL("/desk/", at.url).href);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(demoPassword);
  await page.locator("input[name=password]").press("Enter");
  await page.locator(".desk-signed-in").waitFor();
  return { page, context, problems };
}

async function axeViolations(page: Page): Promise<unknown[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }
    ).axe.run();
    return result.violations.map((v) => JSON.parse(JSON.stringify(v, ["id", "help", "nodes", "target"])));
  });
}

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
      return `${el.getAttribute("aria-label") ?? ""} ${label ?? ""} ${el.textContent ?? ""}`.trim();
    });
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe("the desk page", () => {
  it("is axe-clean in zh, en and bilingual: the queue and a filing, with no CSP refusal", async () => {
    for (const lang of ["zh", "en", "bilingual"] as const) {
      const { page, context, problems } = await desk("jinshui", lang);
      await page.locator(`tr[data-filing="${ids[0]}"]`).waitFor();
      expect(await axeViolations(page), `${lang} queue`).toEqual([]);
      await page.locator(`tr[data-filing="${ids[0]}"] button`).click();
      await page.locator(".desk-filing-header").waitFor();
      await page.locator(".desk-filing-form [data-path='contractContent']").waitFor();
      expect(await axeViolations(page), `${lang} filing`).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it("lets a reviewer return (a reason is required) and approve by keyboard alone", async () => {
    const { page, context, problems } = await desk("jinshui", "zh");
    await page.locator(`tr[data-filing="${ids[1]}"]`).waitFor();
    await page.locator(`tr[data-filing="${ids[1]}"] button`).focus();
    await page.keyboard.press("Enter");
    await page.locator(".desk-filing-header").waitFor();
    await tabTo(page, /^退回$/);
    await page.keyboard.press("Enter");
    await tabTo(page, /确认退回/);
    await page.keyboard.press("Enter");
    await page.getByText("请填写退回原因。").waitFor();
    const reason = page.getByLabel("退回原因（必填）");
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    await page.keyboard.type("203 合同内容过于简略。");
    await tabTo(page, /确认退回/);
    await page.keyboard.press("Enter");
    await page.locator('.desk-filing-header [data-status="returned"]').waitFor();

    await page.goto(new URL("/desk/#/", portal.url).href);
    await page.locator(`tr[data-filing="${ids[0]}"] button`).focus();
    await page.keyboard.press("Enter");
    await page.locator(".desk-filing-header").waitFor();
    await tabTo(page, /^通过$/);
    await page.keyboard.press("Enter");
    await page.locator('.desk-filing-header [data-status="city"]').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("lets the enterprise open its returned filing, amend and file again by keyboard alone", async () => {
    const { page, context, problems } = await desk(enterprise.creditCode, "zh");
    await page.locator('tr[data-status="returned"]').waitFor();
    await tabTo(page, /修改并重新提交/);
    await page.keyboard.press("Enter");
    await page.locator(".desk-returned").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The reason names 203: its link in the reason takes the focus to that field.
    await tabTo(page, /203\s*合同内容/);
    await page.keyboard.press("Enter");
    const content = page.locator('.desk-editor-form [data-path="contractContent"] textarea');
    await expect.poll(() => content.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Control+End");
    await page.keyboard.type("交付内容：源代码及运维手册。");
    await expect.poll(() => content.inputValue()).toContain("交付内容：源代码及运维手册。");
    await tabTo(page, /检查填写内容/);
    await page.keyboard.press("Enter");
    await page.locator('[data-phase="warnings"], [data-phase="review"]').waitFor();
    for (let i = 0; i < 20 && (await page.locator('[data-phase="warnings"]').count()) > 0; i += 1) {
      await tabTo(page, /我已核对|继续/);
      await page.keyboard.press(
        (await page.evaluate(() => (document.activeElement as HTMLInputElement).type)) === "checkbox"
          ? "Space"
          : "Enter",
      );
    }
    await tabTo(page, /^提交$/);
    await page.keyboard.press("Enter");
    await page.locator('[data-phase="sent"]').waitFor();
    const amended = await (
      await page.request.get(new URL(`/api/submissions/${ids[1]}`, portal.url).href)
    ).json();
    expect(amended).toMatchObject({ revision: 2, status: "district" });
    expect(amended.values.contractContent).toContain("交付内容：源代码及运维手册。");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("carries a draft to another computer, and keeps what was typed when the session ends mid-form", async () => {
    // The service's own clock this time: a draft saved "now" by the browser must not be in its future.
    const live = await startDeskPortal();
    const period = String(valid.reportPeriod);
    const address = new URL(`/desk/#/file/enterprise-2/${period}`, live.url).href;
    // One computer: a contract number typed is kept on the server.
    const first = await desk(enterprise.creditCode, "zh", live);
    await first.page.goto(address);
    await first.page.locator('[data-path="contractNumber"] input').fill("DRAFT-001");
    await expect
      .poll(async () => {
        const response = await first.page.request.get(
          new URL(`/api/drafts/enterprise-2/${period}`, live.url).href,
        );
        return response.ok() ? (await response.json()).values?.contractNumber : undefined;
      })
      .toBe("DRAFT-001");
    expect(first.problems).toEqual([]);
    await first.context.close();

    // Another computer: the form opens with it. Its browser holds a whole draft too, which is restored.
    const { page, context, problems } = await desk(enterprise.creditCode, "zh", live);
    const whole = { ...valid, creditCode: enterprise.creditCode, contractNumber: "EXP-1" };
    await page.evaluate(
      ({ key, values }) =>
        window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values })),
      { key: `tianbiao:draft:desk:${enterprise.creditCode}:enterprise-2:${period}`, values: whole },
    );
    await page.goto(address);
    const number = page.locator('[data-path="contractNumber"] input');
    await expect.poll(() => number.inputValue()).toBe("DRAFT-001");
    await page.getByRole("button", { name: "恢复草稿" }).click();
    await expect.poll(() => number.inputValue()).toBe("EXP-1");
    // A change of language keeps every value.
    await page.getByLabel(/^语言/).selectOption("en");
    await page.getByLabel(/^Language/).waitFor();
    expect(await number.inputValue()).toBe("EXP-1");
    await page.getByLabel(/^Language/).selectOption("zh");
    await page.getByLabel(/^语言/).waitFor();
    expect(await number.inputValue()).toBe("EXP-1");

    // The session ends before filing: the desk asks to sign in again and files what was typed after.
    await context.clearCookies();
    await checkAndFile(page);
    await page
      .getByText(/登录已过期/)
      .first()
      .waitFor();
    await page.locator("input[name=username]").fill(enterprise.creditCode);
    await page.locator("input[name=password]").fill(demoPassword);
    await page.locator("input[name=password]").press("Enter");
    await expect.poll(() => page.locator("input[name=username]").count()).toBe(0);
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await page.locator('[data-phase="sent"]').waitFor();
    const list = await (
      await page.request.get(new URL("/api/submissions?table=enterprise-2&limit=100", live.url).href)
    ).json();
    const filed = await Promise.all(
      list.items.map(async (item: { id: string }) =>
        (await page.request.get(new URL(`/api/submissions/${item.id}`, live.url).href)).json(),
      ),
    );
    expect(filed.map((f: { values: { contractNumber: string } }) => f.values.contractNumber)).toContain(
      "EXP-1",
    );
    // Nothing went wrong in the page (the refused request itself logs only "Failed to load resource").
    expect(problems).toEqual([]);
    await context.close();
    await live.close();
  });
});
