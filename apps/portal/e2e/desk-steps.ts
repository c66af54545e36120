import { openDatabase } from "@tianbiao/server";
import type { Page } from "playwright-core";
import { type Portal, startPortal } from "../src/server";

// Steps the desks' browser tests share.

/** The service's clock early in the month after `period` (YYYY-MM), so the desk lists that month. */
export function clockAfter(period: string): Date {
  const clock = new Date(`${period}-01T00:00:00+08:00`);
  clock.setMonth(clock.getMonth() + 1);
  clock.setDate(5);
  return clock;
}

/** The portal on a fresh in-memory store with the demo accounts, its clock stopped at `clock` if given. */
export async function startDeskPortal(clock?: Date): Promise<Portal> {
  return startPortal({
    port: 0,
    store: await openDatabase({ kind: "embedded", dir: null }),
    seedDemo: true,
    ...(clock ? { now: () => clock } : {}),
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
