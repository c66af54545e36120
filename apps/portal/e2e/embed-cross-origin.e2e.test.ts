import type { Server } from "node:http";
import { demoPassword, openDatabase } from "@tianbiao/server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "../src/server";
import {
  chromiumWithoutThirdPartyCookies,
  closeSites,
  nextFiling,
  reportCspViolations,
  type SiteFiles,
  signInThroughPopup,
  startSite,
  strictCsp,
  watchPage,
} from "./cross-origin";
import { enterprise, enterprise2Filing } from "./desk-steps";

// A city bureau's own site embeds the form from the portal, as issue 12 item 5 asks: the city site
// on its own origin (127.0.0.2) under a strict CSP, the portal and its API on another (127.0.0.1),
// a site not on the allow-list on a third (127.0.0.3), and third-party cookies blocked in Chromium.
// The enterprise signs in through the popup and files 企业2表 from the city site's page.

const { values } = enterprise2Filing("JS-EMBED-2024-001");
const draftKey = "city-site:enterprise-2";

let portal: Portal;
let browser: Browser;
let clock = Date.now();
const sites: Server[] = [];
let cityOrigin = "";
let strangerOrigin = "";

/** A bureau's page: the embed's script tag and the element, nothing inline, under a strict CSP. */
function hostPage(portalUrl: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>某市商务局（测试站点）</title>
  <script type="module" src="${portalUrl}tianbiao/tianbiao.js"></script>
</head>
<body>
  <main>
    <h1>服务外包统计直报</h1>
    <tianbiao-form table="enterprise-2" lang="zh" draft-key="${draftKey}"
                   action="${portalUrl}api/submissions/enterprise-2"></tianbiao-form>
  </main>
</body>
</html>`;
}

/** The site: that page at its root, nothing else. */
function hostFiles(portalUrl: () => string): SiteFiles {
  return (path) =>
    path === "/" ? { type: "text/html; charset=utf-8", body: hostPage(portalUrl()) } : undefined;
}

beforeAll(async () => {
  let portalUrl = "";
  cityOrigin = await startSite(
    "127.0.0.2",
    hostFiles(() => portalUrl),
    () => strictCsp(portalUrl),
    sites,
  );
  strangerOrigin = await startSite(
    "127.0.0.3",
    hostFiles(() => portalUrl),
    () => strictCsp(portalUrl),
    sites,
  );
  portal = await startPortal({
    port: 0,
    host: "127.0.0.1",
    store: await openDatabase({ kind: "embedded", dir: null }),
    seedDemo: true,
    allowedOrigins: [cityOrigin],
    now: () => new Date(clock),
  });
  portalUrl = portal.url;
  browser = await chromiumWithoutThirdPartyCookies();
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await closeSites(sites);
});

interface Visit {
  context: BrowserContext;
  page: Page;
  problems: string[];
  violations: string[];
}

async function visit(origin: string): Promise<Visit> {
  const context = await browser.newContext();
  await context.addInitScript(
    ([key, draft]) => {
      window.localStorage.setItem(
        `tianbiao:draft:${key}`,
        JSON.stringify({ savedAt: new Date().toISOString(), values: draft }),
      );
    },
    [draftKey, values] as const,
  );
  await reportCspViolations(context);
  const page = await context.newPage();
  const { problems, violations } = watchPage(page);
  await page.goto(`${origin}/`);
  return { context, page, problems, violations };
}

async function signedInApi(username: string) {
  const response = await fetch(new URL("/api/session", portal.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return (path: string) => fetch(new URL(path, portal.url), { headers: { cookie } });
}

describe("the form embedded on a bureau's site on another origin", () => {
  let city: Visit;
  let id: string;

  it("loads on the city site: the entry script with CORS, revalidated; its chunks immutable", async () => {
    const responses = new Map<string, { status: number; headers: Record<string, string> }>();
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("response", async (response) => {
      if (response.url().startsWith(`${portal.url}tianbiao/`))
        responses.set(response.url(), { status: response.status(), headers: await response.allHeaders() });
    });
    await page.goto(`${cityOrigin}/`);
    await page.locator("tianbiao-form h1").waitFor();
    const entry = responses.get(`${portal.url}tianbiao/tianbiao.js`);
    expect(entry?.headers["access-control-allow-origin"]).toBe(cityOrigin);
    expect(entry?.headers["cache-control"]).toBe("no-cache");
    expect(entry?.headers.etag).toBeTruthy();
    const chunks = [...responses].filter(([url]) => url.includes("/tianbiao/chunks/"));
    expect(chunks.length).toBeGreaterThan(0);
    for (const [url, { headers }] of chunks) {
      expect(headers["cache-control"], url).toBe("public, max-age=31536000, immutable");
      expect(headers["access-control-allow-origin"], url).toBe(cityOrigin);
    }
    // The sign-in's own chunk is not loaded until the filer signs in.
    expect(chunks.some(([url]) => /\/sign-in-/.test(url))).toBe(false);
    await context.close();
  });

  it("the enterprise signs in through the popup; the page gets no cookie from the portal", async () => {
    city = await visit(cityOrigin);
    const form = city.page.locator("tianbiao-form");
    await form.locator("h1").waitFor();
    await city.page.getByText("提交前请登录填报系统").waitFor();
    // The sign-in line is set in the form's type, and its button is as large as the form's controls.
    const fonts = await form.evaluate((element) => {
      const font = (selector: string) => {
        const found = element.shadowRoot?.querySelector(selector);
        return found ? getComputedStyle(found).fontFamily : "";
      };
      return { bar: font(".tb-sign-in"), form: font(".tb-root:not(.tb-sign-in)") };
    });
    expect(fonts.bar).not.toBe("");
    expect(fonts.bar).toBe(fonts.form);
    const button = city.page.getByRole("button", { name: "登录", exact: true });
    expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await signInThroughPopup(city.context, enterprise.creditCode, () => button.click());
    await city.page.getByText("已登录填报系统，可以提交。").waitFor();
    // Third-party cookies are blocked, and the token lives in the page's memory only.
    const stored = await city.page.evaluate(() =>
      JSON.stringify({ ...window.localStorage, ...window.sessionStorage }),
    );
    expect(stored).not.toMatch(/access_token|Bearer/i);
    expect(city.page.url()).toBe(`${cityOrigin}/`);
  });

  it("an expired token keeps what was typed, asks to sign in again, and files after sign-in", async () => {
    const { page, context } = city;
    const submitted = nextFiling(page);
    await page.getByRole("button", { name: "恢复草稿" }).click();
    await page.getByRole("button", { name: "检查填写内容" }).click();
    await page
      .locator('tianbiao-form [data-phase="warnings"], tianbiao-form [data-phase="review"]')
      .waitFor();
    for (const box of await page.getByRole("checkbox", { name: /我已核对/ }).all()) await box.check();
    const proceed = page.getByRole("button", { name: "继续", exact: true });
    if (await proceed.count()) await proceed.click();
    // The token's 15 minutes pass while the filer checks the answers.
    clock += 16 * 60_000;
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await page.getByText("登录已过期，请重新登录后再次提交").waitFor();
    await page.getByText("提交前请登录填报系统").waitFor();
    // Still on the check-your-answers step, with the contract number the filer gave.
    await page.getByText(String(values.contractNumber)).first().waitFor();
    await signInThroughPopup(context, enterprise.creditCode, () =>
      page.getByRole("button", { name: "登录", exact: true }).click(),
    );
    await page.getByText("已登录填报系统，可以提交。").waitFor();
    await page.getByRole("button", { name: "提交", exact: true }).click();
    id = await submitted;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the filing is the enterprise's, and the 金水区 reviewer sees it through the API", async () => {
    const jinshui = await signedInApi("jinshui");
    const record = (await (await jinshui(`/api/submissions/${id}`)).json()) as {
      status: string;
      filer: { regionCode: string; name: string };
      values: { contractNumber: string };
    };
    expect(record.status).toBe("district");
    expect(record.filer.regionCode).toBe("410105");
    expect(record.values.contractNumber).toBe(values.contractNumber);
    const erqi = await signedInApi("erqi");
    expect((await erqi(`/api/submissions/${id}`)).status).toBe(404);
  });

  it("signing out of the embed drops the token", async () => {
    const { page } = city;
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByText("提交前请登录填报系统").waitFor();
  });

  it("ran under the strict CSP with nothing blocked and no error on the page", () => {
    expect(city.violations).toEqual([]);
    expect(city.problems.filter((p) => !p.startsWith("Failed to load resource"))).toEqual([]);
  });

  it("a site not on the list gets no CORS headers: the script is blocked, the API refused", async () => {
    const stranger = await visit(strangerOrigin);
    await stranger.page.waitForLoadState("load");
    expect(await stranger.page.evaluate(() => customElements.get("tianbiao-form") === undefined)).toBe(true);
    expect(stranger.problems.join("\n")).toMatch(/CORS|Access-Control-Allow-Origin/);
    const api = await stranger.page.evaluate(async (url) => {
      try {
        await fetch(url);
        return "answered";
      } catch {
        return "refused";
      }
    }, `${portal.url}api/tables`);
    expect(api).toBe("refused");
    await stranger.context.close();
    await city.context.close();
  });
});
