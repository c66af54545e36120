import type { Submission } from "@tianbiao/core";
import { demoAccounts, demoPassword, openDatabase } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { expect } from "vitest";
import { type Portal, startPortal } from "../src/server";

// Steps the desks' browser tests share.

/** The demo enterprise in 郑州市金水区, the filer of these tests. */
export const enterprise = demoAccounts[0] as { creditCode: string; name: string };

/** The valid 企业2表 fixture, and the values the 金水区 enterprise files from it under `contractNumber`. */
export function enterprise2Filing(contractNumber: string): { fixture: Submission; values: Submission } {
  const fixture = getTableModule("enterprise-2")?.fixtures?.valid as Submission;
  return { fixture, values: { ...fixture, creditCode: enterprise.creditCode, contractNumber } };
}

/** The service's clock early in the month after `period` (YYYY-MM), so the desk lists that month. */
export function clockAfter(period: string): Date {
  const clock = new Date(`${period}-01T00:00:00+08:00`);
  clock.setMonth(clock.getMonth() + 1);
  clock.setDate(5);
  return clock;
}

/**
 * The portal on a fresh in-memory store with the demo accounts, its clock stopped at `clock` if
 * given, embedded by the sites of `allowedOrigins` if any.
 */
export async function startDeskPortal(clock?: Date, allowedOrigins?: string[]): Promise<Portal> {
  return startPortal({
    port: 0,
    store: await openDatabase({ kind: "embedded", dir: null }),
    seedDemo: true,
    ...(clock ? { now: () => clock } : {}),
    ...(allowedOrigins ? { allowedOrigins } : {}),
  });
}

/** Collects a page's errors and console errors (a CSP refusal shows as one); failed requests aside. */
export function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(message.text());
  });
  return problems;
}

/** Checks the answers, confirms any warnings and files (the form in Chinese); waits until it says sent. */
export async function checkAndFile(page: Page): Promise<void> {
  await page.getByRole("button", { name: "检查填写内容" }).click();
  await page.locator('[data-phase="warnings"], [data-phase="review"]').waitFor();
  for (const box of await page.getByRole("checkbox", { name: /我已核对/ }).all()) await box.check();
  const proceed = page.getByRole("button", { name: "继续", exact: true });
  if (await proceed.count()) await proceed.click();
  await page.getByRole("button", { name: "提交", exact: true }).click();
}

/** Signs `username` in on the desk of the portal at `portalUrl`. */
export async function signInOnDesk(page: Page, portalUrl: string, username: string): Promise<void> {
  await page.goto(new URL("/desk/", portalUrl).href);
  await page.getByLabel(/统一社会信用代码或用户名/).fill(username);
  await page.getByLabel(/^密码/).fill(demoPassword);
  await page.getByRole("button", { name: /^登录/ }).click();
  await page.locator(".desk-signed-in").waitFor();
}

/** A reviewer in a browser context of their own, signed in on the desk (bilingual, its default). */
export async function reviewerOnDesk(
  browser: Browser,
  portalUrl: string,
  username: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = problemsOf(page);
  await signInOnDesk(page, portalUrl, username);
  await page.locator(".desk-queue").waitFor();
  return { context, page, problems };
}

/** Opens filing `id` from the reviewer's queue. */
export async function openFromQueue(page: Page, id: string): Promise<void> {
  await page.locator(`tr[data-filing="${id}"]`).getByRole("button", { name: /^审核/ }).click();
  await page.locator(".desk-filing-header").waitFor();
}

/** `username` approves filing `id` on the reviewer desk; it then awaits the level `after`. */
export async function approveOnDesk(
  browser: Browser,
  portalUrl: string,
  username: string,
  id: string,
  after: string,
): Promise<void> {
  const { page, context, problems } = await reviewerOnDesk(browser, portalUrl, username);
  await openFromQueue(page, id);
  await page.getByRole("button", { name: /^通过/ }).click();
  await page.locator(`.desk-filing-header [data-status="${after}"]`).waitFor();
  expect(problems).toEqual([]);
  await context.close();
}

/** With the return dialog open on a filing: gives the reason and returns it; waits for the history. */
export async function confirmReturn(page: Page, reason: string): Promise<void> {
  await page.getByLabel(/^退回原因/).fill(reason);
  await page.getByRole("button", { name: /^确认退回/ }).click();
  await page.locator('.desk-filing-header [data-status="returned"]').waitFor();
  await page.locator(".desk-history", { hasText: reason }).waitFor();
}

/**
 * The enterprise opens its returned 企业2表 from 我的报表, where the row says `reason`, and sees the
 * reason beside the field it names; answers that field.
 */
export async function openReturned(page: Page, portalUrl: string, reason: string, path: string) {
  await page.goto(new URL("/desk/#/", portalUrl).href);
  const row = page.locator('tr[data-table="enterprise-2"][data-status="returned"]');
  await row.getByText(reason).waitFor();
  await row.getByRole("button", { name: "修改并重新提交" }).click();
  await page.locator(".desk-returned", { hasText: reason }).waitFor();
  const field = page.locator(`.desk-editor-form [data-path="${path}"]`);
  await expect.poll(() => field.getAttribute("data-desk-flagged")).toContain(reason);
  return field;
}

/** The reviewer's 汇总 of 企业2表 for `period`; answers the row of `region`, once it counts one filing. */
export async function summaryRow(page: Page, period: string, region: string) {
  await page.getByRole("link", { name: /^汇总/ }).click();
  await page.getByLabel(/^报表/).selectOption("enterprise-2");
  await page.getByLabel(/^报告期/).fill(period);
  await page.getByRole("button", { name: /^汇总/ }).click();
  const row = page.locator(`.desk-summary-table tr[data-region="${region}"]`);
  await expect.poll(() => row.locator('[data-count="filed"]').textContent()).toBe("1");
  return row;
}
