import { gzipSync } from "node:zlib";
import { compileTable, type FormTable, type Submission } from "@tianbiao/core";
import { messagesFor } from "@tianbiao/i18n";
import { demoAccounts, demoPassword, openDatabase } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "../src/server";

// Each demonstration site, the table its page opens on, and a wrong value for one of its fields.
const sites = [
  {
    site: "national",
    table: "enterprise-1",
    field: "creditCode",
    wrong: "91440300MA5F3K2R40",
    rule: "checksum",
  },
  { site: "henan", table: "key-enterprise-application", field: "postcode", wrong: "4500", rule: "length" },
  { site: "zhengzhou", table: "city-1", field: "reportPeriod", wrong: "24", rule: "date" },
] as const;

let portal: Portal;
let browser: Browser;
/** The demo enterprise in 郑州市金水区: the site's filings are filed as it. */
const enterprise = demoAccounts[0] as { creditCode: string; name: string };

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

/** Signs in through the site's account bar, as a filer would. */
async function signInOnSite(page: Page): Promise<void> {
  await page.getByLabel(/统一社会信用代码或用户名/).fill(enterprise.creditCode);
  await page.getByLabel(/^密码/).fill(demoPassword);
  await page.getByRole("button", { name: /^登录/ }).click();
  await page.locator(".account-signed-in", { hasText: `已登录：${enterprise.name}` }).waitFor();
}

/** The fixture as this enterprise files it: the filer's own credit code where the table has one. */
function asEnterprise(values: Submission): Submission {
  return "creditCode" in values ? { ...values, creditCode: enterprise.creditCode } : values;
}

function form(id: string) {
  const module = getTableModule(id);
  if (module?.table.kind !== "form" || !module.fixtures) throw new Error(`${id} is not a form`);
  return { table: module.table as FormTable, fixtures: module.fixtures };
}

/** Opens a site page, failing the test on any script error or CSP violation. */
async function open(path: string, init?: (page: Page) => Promise<unknown>) {
  const page = await browser.newPage();
  const problems: string[] = [];
  const scripts: Array<{ file: string; body: Promise<Buffer> }> = [];
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith("/tianbiao/") && pathname.endsWith(".js"))
      scripts.push({ file: pathname.slice(pathname.lastIndexOf("/") + 1), body: response.body() });
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(message.text());
  });
  await init?.(page);
  await page.goto(new URL(path, portal.url).href);
  await page.locator("tianbiao-form h1").waitFor();
  return { page, problems, scripts };
}

describe.each(sites)("the $site site", ({ site, table: tableId, field, wrong, rule }) => {
  const { table, fixtures } = form(tableId);

  it("loads its form from the script tag, under a CSP that forbids eval", async () => {
    const { page, problems, scripts } = await open(`/${site}/`);
    const response = await page.request.get(new URL(`/${site}/`, portal.url).href);
    expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self'/);
    expect(response.headers()["content-security-policy"]).not.toMatch(/unsafe-eval/);
    expect(await page.locator("tianbiao-form h1").textContent()).toContain(table.title.zh);
    expect(await page.evaluate(() => typeof (window as { React?: unknown }).React)).toBe("undefined");
    expect(problems).toEqual([]);
    // What the page downloads in all: the script, its shared chunks, the table's chunk and its code lists.
    const files = scripts.map((script) => script.file);
    expect(files).toContain("tianbiao.js");
    const gzip = (
      await Promise.all(scripts.map(async (script) => gzipSync(await script.body).length))
    ).reduce((sum, n) => sum + n, 0);
    console.log(`${site} (${tableId}): ${files.length} scripts, ${(gzip / 1024).toFixed(1)} kB gzip in all`);
    await page.close();
  });

  it(`shows the message for a wrong value in the page's language (${field})`, async () => {
    const finding = compileTable(table)
      .validate({ [field]: wrong })
      .errors.find((f) => f.path === field && f.rule === rule);
    if (!finding) throw new Error(`${wrong} does not break ${rule} at ${field}`);
    const { page } = await open(`/${site}/`);
    const input = page.locator(`tianbiao-form input[name="${field}"]`).first();
    await input.fill(wrong);
    await input.press("Tab");
    await expect
      .poll(() => page.locator(`tianbiao-form [data-path="${field}"]`).textContent())
      .toContain(messagesFor(finding).zh);
    await page.getByRole("button", { name: "English", exact: true }).click();
    await expect
      .poll(() => page.locator(`tianbiao-form [data-path="${field}"]`).textContent())
      .toContain(messagesFor(finding).en);
    expect(await input.inputValue()).toBe(wrong);
    await page.close();
  });

  it("submits the valid fixture as the signed-in enterprise, and the stored record read back is identical", async () => {
    const draftKey = `${site}:${tableId}`;
    const values = asEnterprise(fixtures.valid as Submission);
    const { page, problems } = await open(`/${site}/`, (p) =>
      p.addInitScript(
        ([key, values]) => {
          window.localStorage.setItem(
            `tianbiao:draft:${key}`,
            JSON.stringify({ savedAt: new Date().toISOString(), values }),
          );
        },
        [draftKey, values] as const,
      ),
    );
    await signInOnSite(page);
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
    // Warnings to confirm, or the answers to check: counting what is on screen needs one of them shown.
    await page
      .locator('tianbiao-form [data-phase="warnings"], tianbiao-form [data-phase="review"]')
      .waitFor();
    const confirmations = page.getByRole("checkbox", { name: /我已核对/ });
    for (const box of await confirmations.all()) await box.check();
    const proceed = page.getByRole("button", { name: "继续", exact: true });
    if (await proceed.count()) await proceed.click();
    await page.getByRole("button", { name: "提交", exact: true }).click();
    const id = await submitted;
    const record = await (await page.request.get(new URL(`/api/submissions/${id}`, portal.url).href)).json();
    expect(record.values).toEqual(compileTable(table).derive(values));
    expect(record.filer.creditCode).toBe(enterprise.creditCode);
    expect(await page.locator("tianbiao-form [data-phase]").getAttribute("data-phase")).toBe("sent");
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("a hostile host stylesheet", () => {
  it("does not change the form", async () => {
    const measure = (page: Page) =>
      page.evaluate(() => {
        const root = document.querySelector("tianbiao-form")?.shadowRoot;
        const input = root?.querySelector<HTMLInputElement>('input[name="entityName"]');
        const label = root?.querySelector(".tb-label");
        if (!input || !label) return undefined;
        const box = input.getBoundingClientRect();
        return {
          inputDisplay: getComputedStyle(input).display,
          inputHeight: Math.round(box.height),
          labelFont: getComputedStyle(label).fontSize,
          rootFont: getComputedStyle(root?.querySelector(".tb-root") as Element).fontSize,
        };
      });
    const plain = await open("/national/");
    const before = await measure(plain.page);
    await plain.page.close();
    const hostile = await open("/national/", (page) =>
      page.route("**/assets/national.css", async (route) => {
        const original = await route.fetch();
        await route.fulfill({
          response: original,
          body: `${await original.text()}\ninput { display: none } * { font-size: 40px }`,
        });
      }),
    );
    const after = await measure(hostile.page);
    expect(await hostile.page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe("40px");
    await hostile.page.close();
    expect(before?.inputDisplay).not.toBe("none");
    expect(after).toEqual(before);
  });
});
