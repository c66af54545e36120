import type { Submission } from "@tianbiao/core";
import { demoAccounts, demoPassword, openDatabase } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "../src/server";

// Issue 11's walk through the review chain, in Chromium, as the people involved would do it: the
// 金水区 enterprise files 企业2表 on the national site; the 金水区 reviewer returns it with a reason;
// the enterprise reads the reason, amends and files again; 金水区, 郑州市, 河南省 and 商务部 approve in
// turn; the 二七区 reviewer never sees it. Each person has a browser context of their own.

const enterprise = demoAccounts[0] as { creditCode: string; name: string };
const fixture = getTableModule("enterprise-2")?.fixtures?.valid as Submission;
const values: Submission = {
  ...fixture,
  creditCode: enterprise.creditCode,
  contractNumber: "JS-E2E-2024-001",
};
const reason = "203 合同内容过于简略，请补充服务交付内容。";
const amendedContent = `${String(fixture.contractContent)}交付内容：移动端应用源代码、测试报告及运维手册。`;

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  portal = await startPortal({
    port: 0,
    store: await openDatabase({ kind: "embedded", dir: null }),
    seedDemo: true,
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

interface Person {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function person(): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(message.text());
  });
  return { context, page, problems };
}

/** Files 企业2表 on the national site from a draft holding `draft`; answers the reference number. */
async function fileOnSite(filer: Person, draft: Submission): Promise<string> {
  const { page } = filer;
  await page.addInitScript((values) => {
    window.localStorage.setItem(
      "tianbiao:draft:national:enterprise-2",
      JSON.stringify({ savedAt: "2024-12-01T00:00:00Z", values }),
    );
  }, draft);
  await page.goto(new URL("/national/#enterprise-2", portal.url).href);
  await page.locator("tianbiao-form h1").waitFor();
  const signedIn = page.locator(".account-signed-in", { hasText: `已登录：${enterprise.name}` });
  if ((await signedIn.count()) === 0) {
    await page.getByLabel(/统一社会信用代码或用户名/).fill(enterprise.creditCode);
    await page.getByLabel(/^密码/).fill(demoPassword);
    await page.getByRole("button", { name: /^登录/ }).click();
    await signedIn.waitFor();
  }
  const submitted = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener("tianbiao:submit", (event) => resolve((event as CustomEvent).detail.id), {
          once: true,
        }),
      ),
  );
  await page.getByRole("button", { name: "恢复草稿" }).click();
  await page.getByRole("button", { name: "检查填写内容" }).click();
  await page.locator('tianbiao-form [data-phase="warnings"], tianbiao-form [data-phase="review"]').waitFor();
  for (const box of await page.getByRole("checkbox", { name: /我已核对/ }).all()) await box.check();
  const proceed = page.getByRole("button", { name: "继续", exact: true });
  if (await proceed.count()) await proceed.click();
  await page.getByRole("button", { name: "提交", exact: true }).click();
  return submitted;
}

/** Signs in on the review page. */
async function reviewer(username: string): Promise<Person> {
  const someone = await person();
  await someone.page.goto(new URL("/review/", portal.url).href);
  await someone.page.getByLabel(/用户名/).fill(username);
  await someone.page.getByLabel(/^密码/).fill(demoPassword);
  await someone.page.getByRole("button", { name: /^登录/ }).click();
  await someone.page.locator("#signed-in:not([hidden])").waitFor();
  return someone;
}

function row(page: Page, id: string) {
  return page.locator("tr", { has: page.locator(`th[id="submission-${id}"]`) });
}

async function approve(username: string, id: string, after: RegExp): Promise<void> {
  const { page, context, problems } = await reviewer(username);
  await row(page, id).getByRole("button", { name: "通过 Approve" }).click();
  await expect.poll(() => row(page, id).textContent()).toMatch(after);
  expect(problems).toEqual([]);
  await context.close();
}

describe("the review chain in the browser", () => {
  let filer: Person;
  let id: string;

  it("the 金水区 enterprise files 企业2表 on the national site", async () => {
    filer = await person();
    id = await fileOnSite(filer, values);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const record = await (
      await filer.page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)
    ).json();
    expect(record.status).toBe("district");
    expect(record.filer.regionCode).toBe("410105");
  });

  it("the 二七区 reviewer does not see it, and its address answers 404", async () => {
    const { page, context } = await reviewer("erqi");
    await page.locator("#empty:not([hidden])").waitFor();
    expect(await row(page, id).count()).toBe(0);
    expect((await page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)).status()).toBe(404);
    await context.close();
  });

  it("the 金水区 reviewer returns it with a reason", async () => {
    const { page, context, problems } = await reviewer("jinshui");
    const target = row(page, id);
    await target.getByRole("button", { name: "退回 Return" }).click();
    await target.getByLabel("退回原因（必填） Reason for return (required)").fill(reason);
    await target.getByRole("button", { name: "确认退回 Confirm return" }).click();
    await expect.poll(() => row(page, id).textContent()).toContain("已退回 Returned");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the enterprise reads the reason, amends and files again: revision 2 of the same filing", async () => {
    const record = await (
      await filer.page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)
    ).json();
    expect(record.status).toBe("returned");
    expect(record.reviews.at(-1)).toMatchObject({ action: "return", reason, level: "district" });
    await filer.page.close();
    filer.page = await filer.context.newPage();
    const again = await fileOnSite(filer, { ...values, contractContent: amendedContent });
    expect(again).toBe(id);
    const amended = await (
      await filer.page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)
    ).json();
    expect(amended).toMatchObject({ revision: 2, status: "district" });
    expect(amended.values.contractContent).toBe(amendedContent);
    expect(filer.problems).toEqual([]);
  });

  it("is approved at all four levels, each at its own", async () => {
    await approve("jinshui", id, /待地市审核 Awaiting city review/);
    await approve("zhengzhou", id, /待省级审核 Awaiting provincial review/);
    await approve("henan", id, /待商务部审核 Awaiting Ministry of Commerce review/);
    await approve("mofcom", id, /已通过 Accepted/);
    const record = await (
      await filer.page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)
    ).json();
    expect(record.status).toBe("accepted");
    expect(record.reviews.map((r: { level: string; action: string }) => `${r.level} ${r.action}`)).toEqual([
      "district return",
      "district approve",
      "city approve",
      "province approve",
      "ministry approve",
    ]);
    await filer.context.close();
  });

  it("the 二七区 reviewer still never saw it", async () => {
    const { page, context } = await reviewer("erqi");
    await page.locator("#empty:not([hidden])").waitFor();
    expect(await row(page, id).count()).toBe(0);
    await context.close();
  });
});
