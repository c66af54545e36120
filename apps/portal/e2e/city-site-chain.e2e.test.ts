import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portal } from "../src/server";
import * as site from "./cross-origin";
import * as desk from "./desk-steps";

// Issue 12's acceptance in one walk, every site on its own origin: the demo 郑州市 site, as the
// portal builds it, served from 127.0.0.2 under a strict CSP; the portal with the desks and the API
// on 127.0.0.1, listing the city site in TIANBIAO_ALLOWED_ORIGINS; Chromium with third-party
// cookies blocked. The 金水区 enterprise signs in on the city site (the embed's popup) and files
// 企业2表; the 金水区 reviewer returns it; the enterprise amends it on its desk; all four levels
// approve; the 郑州市 summary counts it under 金水区; the .xlsx export holds it under its codes.

const { enterprise } = desk;
const { fixture, values } = desk.enterprise2Filing("JS-CITY-2024-001");
const usd = (fixture.contractAmount as { usd: number }).usd;
const reason = "203 合同内容过于简略，请补充服务交付内容。";
const amendedContent = `${String(fixture.contractContent)}交付内容：移动端应用源代码及测试报告。`;
const period = String(fixture.reportPeriod);
const clock = desk.clockAfter(period);

const publicDir = new URL("../public/", import.meta.url);
const sitesDir = new URL("../dist/sites/", import.meta.url);

/**
 * The zhengzhou site as a bureau deploys it on its own server: its page, stylesheets and script as
 * built, the page's script tag and form `action` naming the portal where the demo names its own.
 */
function zhengzhouSite(portalUrl: () => string): site.SiteFiles {
  const deployed = () => {
    const page = readFileSync(new URL("zhengzhou/index.html", publicDir), "utf8");
    const copy = page
      .replace('src="/tianbiao/tianbiao.js"', `src="${portalUrl()}tianbiao/tianbiao.js"`)
      .replace('action="/api/submissions/', `action="${portalUrl()}api/submissions/`);
    if (!copy.includes(`src="${portalUrl()}tianbiao/`) || !copy.includes(`action="${portalUrl()}api/`))
      throw new Error("the zhengzhou page no longer loads the embed or files where this test expects");
    return copy;
  };
  const files: Record<string, [URL, string]> = {
    "/assets/site.css": [new URL("assets/site.css", publicDir), "text/css"],
    "/assets/zhengzhou.css": [new URL("assets/zhengzhou.css", publicDir), "text/css"],
    "/sites/zhengzhou.js": [new URL("zhengzhou.js", sitesDir), "text/javascript"],
  };
  return (path) => {
    if (path === "/") return { type: "text/html; charset=utf-8", body: deployed() };
    const file = files[path];
    return file ? { type: file[1], body: readFileSync(file[0]) } : undefined;
  };
}

let portal: Portal;
let browser: Browser;
let cityOrigin = "";
const sites: Server[] = [];

beforeAll(async () => {
  let portalUrl = "";
  cityOrigin = await site.startSite(
    "127.0.0.2",
    zhengzhouSite(() => portalUrl),
    () => site.strictCsp(portalUrl),
    sites,
  );
  portal = await desk.startDeskPortal(clock, [cityOrigin]);
  portalUrl = portal.url;
  expect(new URL(portalUrl).origin).not.toBe(cityOrigin);
  browser = await site.chromiumWithoutThirdPartyCookies();
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await site.closeSites(sites);
});

async function record(page: Page, id: string) {
  return (await page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)).json();
}

describe("from the city site on its own origin to approval at all four levels", () => {
  let enterpriseContext: BrowserContext;
  let city: { page: Page; problems: string[]; violations: string[] };
  let id: string;

  it("the enterprise signs in on the 郑州市 site and files 企业2表", async () => {
    enterpriseContext = await browser.newContext();
    await enterpriseContext.addInitScript(
      ([key, draft]) =>
        window.localStorage.setItem(
          `tianbiao:draft:${key}`,
          JSON.stringify({ savedAt: new Date().toISOString(), values: draft }),
        ),
      ["zhengzhou:enterprise-2", values] as const,
    );
    await site.reportCspViolations(enterpriseContext);
    const page = await enterpriseContext.newPage();
    city = { page, ...site.watchPage(page) };
    await page.goto(`${cityOrigin}/#enterprise-2`);
    expect(await page.getAttribute("tianbiao-form", "action")).toBe(
      `${portal.url}api/submissions/enterprise-2`,
    );
    await page.locator('tianbiao-form [data-table="enterprise-2"] h1').waitFor();
    await page.getByText("提交前请登录填报系统").waitFor();
    await site.signInThroughPopup(enterpriseContext, enterprise.creditCode, () =>
      page.getByRole("button", { name: "登录", exact: true }).click(),
    );
    await page.getByText("已登录填报系统，可以提交。").waitFor();
    const submitted = site.nextFiling(page);
    await page.getByRole("button", { name: "恢复草稿" }).click();
    await desk.checkAndFile(page);
    id = await submitted;
    await page.locator('tianbiao-form [data-phase="sent"]').waitFor();
    expect(page.url()).toBe(`${cityOrigin}/#enterprise-2`);
    // The form files with the token in the page's memory: the city site holds no cookie of it.
    expect(await enterpriseContext.cookies(cityOrigin)).toEqual([]);
    expect(city.violations).toEqual([]);
    expect(city.problems.filter((p) => !p.startsWith("Failed to load resource"))).toEqual([]);
  });

  it("the 金水区 reviewer returns it with a reason on the reviewer desk", async () => {
    const { page, context, problems } = await desk.reviewerOnDesk(browser, portal.url, "jinshui");
    await desk.openFromQueue(page, id);
    const filed = await record(page, id);
    expect(filed).toMatchObject({ status: "district", filer: { regionCode: "410105" } });
    expect(filed.values.contractNumber).toBe(values.contractNumber);
    await page.getByRole("button", { name: /^退回/ }).click();
    await desk.confirmReturn(page, reason);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the enterprise sees the reason on its desk, amends and files again", async () => {
    const page = await enterpriseContext.newPage();
    // The desk in Chinese, as the form on the city site was.
    await page.addInitScript(() => window.localStorage.setItem("tianbiao:desk:lang", "zh"));
    await desk.signInOnDesk(page, portal.url, enterprise.creditCode);
    const field = await desk.openReturned(page, portal.url, reason, "contractContent");
    const content = field.locator("textarea");
    await expect.poll(() => content.inputValue()).toBe(String(fixture.contractContent));
    await content.fill(amendedContent);
    await desk.checkAndFile(page);
    await page.locator('[data-phase="sent"]').waitFor();
    expect(await record(page, id)).toMatchObject({ revision: 2, status: "district" });
  });

  it("all four levels approve", async () => {
    await desk.approveOnDesk(browser, portal.url, "jinshui", id, "city");
    await desk.approveOnDesk(browser, portal.url, "zhengzhou", id, "province");
    await desk.approveOnDesk(browser, portal.url, "henan", id, "ministry");
    await desk.approveOnDesk(browser, portal.url, "mofcom", id, "accepted");
  });

  it("the 郑州市 summary for that month counts the contract under 金水区; the .xlsx holds it under its codes", async () => {
    const { page, context, problems } = await desk.reviewerOnDesk(browser, portal.url, "zhengzhou");
    const jinshui = await desk.summaryRow(page, period, "410105");
    expect(await jinshui.locator("td").first().textContent()).toBe(String(usd));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /^下载全部报表/ }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error("the workbook has no sheet");
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const [codes, zh, en] = [row(1), row(2), row(3)];
    const at = (code: string) => codes.indexOf(code);
    expect([zh[at("202")], en[at("202")]]).toEqual(["合同号", "Contract number"]);
    const filings = Array.from({ length: sheet.rowCount - 3 }, (_, i) => row(i + 4));
    const filing = filings.find((r) => r[at("id")] === id);
    expect(filing?.[at("202")]).toBe(values.contractNumber);
    expect(filing?.[at("206.usd")]).toBe(usd);
    expect(filing?.[at("region")]).toBe("410105");
    expect(problems).toEqual([]);
    await context.close();
    // The city page, open all along, never broke its CSP.
    expect(city.violations).toEqual([]);
    await enterpriseContext.close();
  });
});
