import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portal } from "../src/server";
import {
  approveOnDesk,
  checkAndFile,
  clockAfter,
  confirmReturn,
  enterprise,
  enterprise2Filing,
  openFromQueue,
  openReturned,
  problemsOf,
  reviewerOnDesk,
  signInOnDesk,
  startDeskPortal,
  summaryRow,
} from "./desk-steps";

// Issue 12's walk through the review chain on the desks, in Chromium, as the people involved would
// do it: the 金水区 enterprise files 企业2表 on its desk; the 金水区 reviewer returns it with a reason
// on the reviewer desk; the enterprise reads the reason beside the field it names, amends and files
// again; 金水区, 郑州市, 河南省 and 商务部 approve in turn; the 二七区 reviewer never sees it. Each person
// has a browser context of their own. Screenshots at phone and desktop widths go to test-results/.

const { fixture, values } = enterprise2Filing("JS-E2E-2024-001");
const reason = "203 合同内容过于简略，请补充服务交付内容。";
const addition = "交付内容：移动端应用源代码、测试报告及运维手册。";
const amendedContent = `${String(fixture.contractContent)}${addition}`;
const period = String(fixture.reportPeriod);
const draftKey = `tianbiao:draft:desk:${enterprise.creditCode}:enterprise-2:${period}`;
const clock = clockAfter(period);

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  portal = await startDeskPortal(clock);
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

async function person(lang?: "zh" | "en" | "bilingual"): Promise<Person> {
  const context = await browser.newContext();
  if (lang) {
    await context.addInitScript((lang) => window.localStorage.setItem("tianbiao:desk:lang", lang), lang);
  }
  const page = await context.newPage();
  return { context, page, problems: problemsOf(page) };
}

function signIn(page: Page, username: string): Promise<void> {
  return signInOnDesk(page, portal.url, username);
}

/** What a person sees first at phone and desktop widths, and around `focus` when given. */
async function screenshots(page: Page, name: string, focus?: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/desk-${name}-${width}.png` });
    if (focus) {
      await page.locator(focus).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/desk-${name}-${width}-field.png` });
    }
  }
}

function reviewer(username: string): Promise<Person> {
  return reviewerOnDesk(browser, portal.url, username);
}

function approve(username: string, id: string, after: string): Promise<void> {
  return approveOnDesk(browser, portal.url, username, id, after);
}

async function record(page: Page, id: string) {
  return (await page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)).json();
}

describe("the review chain on the desks", () => {
  let filer: Person;
  let id: string;

  it("the 金水区 enterprise files 企业2表 on its desk", async () => {
    filer = await person("zh");
    await filer.context.addInitScript(
      ({ key, values }) => {
        if (!window.sessionStorage.getItem("seeded")) {
          window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
          window.sessionStorage.setItem("seeded", "1");
        }
      },
      { key: draftKey, values },
    );
    await signIn(filer.page, enterprise.creditCode);
    await filer.page
      .locator(`tr[data-table="enterprise-2"][data-period="${period}"][data-kind="new"]`)
      .getByRole("button", { name: "填报" })
      .click();
    await filer.page.getByRole("button", { name: "恢复草稿" }).click();
    await checkAndFile(filer.page);
    await filer.page.locator('[data-phase="sent"]').waitFor();
    const list = await (
      await filer.page.request.get(new URL("/api/submissions?table=enterprise-2", portal.url).href)
    ).json();
    id = list.items[0].id;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const filed = await record(filer.page, id);
    expect(filed.status).toBe("district");
    expect(filed.filer.regionCode).toBe("410105");
    expect(filed.values.contractNumber).toBe("JS-E2E-2024-001");
  });

  it("the 二七区 reviewer does not see it, and its address answers 404", async () => {
    const { page, context } = await reviewer("erqi");
    await page.locator("[data-empty]").waitFor();
    expect(await page.locator(`tr[data-filing="${id}"]`).count()).toBe(0);
    expect((await page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)).status()).toBe(404);
    await context.close();
  });

  it("the 金水区 reviewer sees the form read-only and returns it with a reason", async () => {
    const { page, context, problems } = await reviewer("jinshui");
    await page.locator(`tr[data-filing="${id}"]`).waitFor();
    await screenshots(page, "reviewer-queue");
    await openFromQueue(page, id);
    // The official form, filled with the filed values, none of them editable.
    const content = page.locator('.desk-filing-form [data-path="contractContent"] textarea');
    await expect.poll(() => content.inputValue()).toBe(String(fixture.contractContent));
    expect(await content.isEditable()).toBe(false);
    await screenshots(page, "reviewer-filing");
    await page.getByRole("button", { name: /^退回/ }).click();
    await page.getByRole("button", { name: /^确认退回/ }).click();
    await page.getByText("请填写退回原因。").waitFor();
    await confirmReturn(page, reason);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the enterprise reads the reason beside the field, amends and files again: revision 2", async () => {
    const { page } = filer;
    const field = await openReturned(page, portal.url, reason, "contractContent");
    await screenshots(page, "enterprise-returned", '.desk-editor-form [data-path="contractContent"]');
    const content = field.locator("textarea");
    await expect.poll(() => content.inputValue()).toBe(String(fixture.contractContent));
    await content.fill(amendedContent);
    await checkAndFile(page);
    await page.locator('[data-phase="sent"]').waitFor();
    const amended = await record(page, id);
    expect(amended).toMatchObject({ revision: 2, status: "district" });
    expect(amended.values.contractContent).toBe(amendedContent);
    await page.goto(new URL("/desk/#/", portal.url).href);
    await page.locator('tr[data-table="enterprise-2"][data-status="district"]').waitFor();
    await screenshots(page, "enterprise-list");
    expect(filer.problems).toEqual([]);
  });

  it("the 金水区 reviewer sees what changed since revision 1", async () => {
    const { page, context } = await reviewer("jinshui");
    await openFromQueue(page, id);
    const change = page.locator('.desk-changes tr[data-path="contractContent"]');
    await expect.poll(() => change.textContent()).toContain(addition);
    await context.close();
  });

  it("is approved at all four levels on the reviewer desk, each at its own", async () => {
    await approve("jinshui", id, "city");
    await approve("zhengzhou", id, "province");
    await approve("henan", id, "ministry");
    await approve("mofcom", id, "accepted");
    const accepted = await record(filer.page, id);
    expect(accepted.status).toBe("accepted");
    expect(accepted.reviews.map((r: { level: string; action: string }) => `${r.level} ${r.action}`)).toEqual([
      "district return",
      "district approve",
      "city approve",
      "province approve",
      "ministry approve",
    ]);
    await filer.context.close();
  });

  it("the 郑州市 summary for that month counts the contract under 金水区, with charts and downloads", async () => {
    const { page, context, problems } = await reviewer("zhengzhou");
    const jinshui = await summaryRow(page, period, "410105");
    const usd = (fixture.contractAmount as { usd: number }).usd;
    expect(await jinshui.locator("td").first().textContent()).toBe(String(usd));
    const erqi = page.locator('.desk-summary-table tr[data-region="410103"] [data-count="filed"]');
    if ((await erqi.count()) > 0) expect(await erqi.textContent()).toBe("0");
    await page.locator("[data-chart] svg").first().waitFor();
    await screenshots(page, "summary");
    const download = await page.getByRole("link", { name: /^下载汇总表/ }).getAttribute("href");
    const xlsx = await page.request.get(new URL(download ?? "", portal.url).href);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    // Drill-down: 金水区 alone.
    await jinshui.getByRole("button").click();
    await expect.poll(() => page.locator(".desk-summary-scope").textContent()).toContain("金水区");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the 二七区 reviewer still never saw it, whatever its status", async () => {
    const { page, context } = await reviewer("erqi");
    await page.getByLabel(/^状态/).selectOption("");
    await page.getByRole("button", { name: /^筛选/ }).click();
    await page.locator("[data-empty]").waitFor();
    expect(await page.locator(`tr[data-filing="${id}"]`).count()).toBe(0);
    await context.close();
  });
});
