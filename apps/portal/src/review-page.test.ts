import { demoAccounts, demoPassword, openDatabase } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "./server";

const enterprise = demoAccounts[0] as { creditCode: string };

/** Signs in over the API and answers the session cookie and CSRF token. */
async function apiSession(url: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(new URL("/api/session", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = (response.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

describe("the review page", () => {
  let portal: Portal;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const ids: string[] = [];

  beforeAll(async () => {
    portal = await startPortal({
      port: 0,
      store: await openDatabase({ kind: "embedded", dir: null }),
      seedDemo: true,
    });
    const valid = getTableModule("enterprise-2")?.fixtures?.valid;
    const filer = await apiSession(portal.url, enterprise.creditCode);
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(new URL("/api/submissions/enterprise-2", portal.url), {
        method: "POST",
        headers: { "content-type": "application/json", cookie: filer.cookie, "x-csrf-token": filer.csrf },
        body: JSON.stringify({
          values: { ...valid, creditCode: enterprise.creditCode, contractNumber: `RP-${i}` },
        }),
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
      // Before sign-in the page asks who is signed in and hears 401: that one is expected.
      const beforeSignIn = response.status() === 401 && path === "/api/session";
      if (response.status() >= 400 && response.status() !== 422 && path !== "/favicon.ico" && !beforeSignIn) {
        problems.push(`${response.status()} ${path}`);
      }
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(new URL("/review/", portal.url).toString());
    await signIn("jinshui");
  });

  async function signIn(username: string) {
    await page.getByLabel(/用户名/).fill(username);
    await page.getByLabel(/^密码/).fill(demoPassword);
    await page.getByRole("button", { name: /^登录/ }).click();
    await page.locator("#signed-in:not([hidden])").waitFor();
  }

  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  const row = (id: string) => page.locator("tr", { has: page.locator(`th[id="submission-${id}"]`) });
  const announcer = () => page.getByRole("status");

  it("lists the submissions, newest first, with labelled filters", async () => {
    await expect.poll(() => page.locator("#rows tr").count()).toBe(2);
    const headings = await page.locator("#rows th").evaluateAll((cells) => cells.map((cell) => cell.id));
    expect(headings).toEqual([...ids].reverse().map((id) => `submission-${id}`));
    for (const name of [/报表 Table/, /状态 Status/, /报告期 Report period/]) {
      expect(await page.getByLabel(name).count()).toBe(1);
    }
    expect(
      await row(ids[0] ?? "")
        .getByRole("cell")
        .nth(3)
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
    await page.getByRole("button", { name: /退出登录/ }).click();
    await page.locator("#sign-in:not([hidden])").waitFor();
    await signIn("zhengzhou");
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
