import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "../server";
import { formModules } from "./api-suite.test-helper";
import { SqliteStore } from "./sqlite-store";

describe("the review page", () => {
  let dir: string;
  let store: SqliteStore;
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "tianbiao-review-page-"));
    store = await SqliteStore.open(join(dir, "tianbiao.sqlite"));
    portal = await startPortal({ port: 0, store });
    const module = formModules.find((m) => m.id === "enterprise-1");
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(new URL("/api/submissions/enterprise-1", portal.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ values: module?.fixtures.valid }),
      });
      ids.push((await response.json()).id);
    }
    browser = await chromium.launch(chromiumLaunchOptions());
    page = await browser.newPage();
    // A CSP violation (an inline script, say) shows up as a console error; failed requests are checked apart,
    // since the page expects some (a 422 for a return without a reason).
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        problems.push(message.text());
      }
    });
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && response.status() !== 422 && path !== "/favicon.ico") {
        problems.push(`${response.status()} ${path}`);
      }
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(new URL("/review/", portal.url).toString());
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const row = (id: string) => page.locator("tr", { has: page.locator(`th[id="submission-${id}"]`) });
  const announcer = () => page.getByRole("status");

  it("lists the submissions, newest first, with labelled filters", async () => {
    await expect.poll(() => page.locator("#rows tr").count()).toBe(2);
    const headings = await page.locator("#rows th").evaluateAll((cells) => cells.map((cell) => cell.id));
    expect(headings).toEqual([...ids].reverse().map((id) => `submission-${id}`));
    for (const name of [/审核层级 Reviewing as/, /报表 Table/, /状态 Status/, /报告期 Report period/]) {
      expect(await page.getByLabel(name).count()).toBe(1);
    }
    expect(
      await row(ids[0] ?? "")
        .getByRole("cell")
        .nth(2)
        .textContent(),
    ).toContain("待区县审核 Awaiting district review");
  });

  it("approves at the district level and announces it", async () => {
    await row(ids[0] ?? "")
      .getByRole("button", { name: "通过 Approve" })
      .click();
    await expect.poll(() => announcer().textContent()).toContain("已通过");
    await expect.poll(() => row(ids[0] ?? "").textContent()).toContain("待地市审核 Awaiting city review");
    expect(
      await row(ids[0] ?? "")
        .getByRole("button", { name: "通过 Approve" })
        .count(),
    ).toBe(0);
  });

  it("asks for a reason before it returns, then returns", async () => {
    const target = row(ids[1] ?? "");
    await target.getByRole("button", { name: "退回 Return" }).click();
    const reason = target.getByLabel("退回原因（必填） Reason for return (required)");
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await target.getByRole("button", { name: "确认退回 Confirm return" }).click();
    await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
    expect(await announcer().textContent()).toContain("退回时须填写退回原因");
    await reason.fill("119 投资者占比与章程不符。");
    await target.getByRole("button", { name: "确认退回 Confirm return" }).click();
    await expect.poll(() => announcer().textContent()).toContain("已退回");
    await expect.poll(() => row(ids[1] ?? "").textContent()).toContain("已退回 Returned");
  });

  it("shows the next level its work and the history of each submission", async () => {
    await page.getByLabel(/审核层级 Reviewing as/).selectOption("city");
    await expect
      .poll(() =>
        row(ids[0] ?? "")
          .getByRole("button", { name: "通过 Approve" })
          .count(),
      )
      .toBe(1);
    await row(ids[1] ?? "")
      .locator("summary")
      .click();
    await expect
      .poll(() =>
        row(ids[1] ?? "")
          .locator("ol.history")
          .textContent(),
      )
      .toContain("119 投资者占比与章程不符。");
    expect(problems).toEqual([]);
  });
});
