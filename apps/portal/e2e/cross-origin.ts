import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { demoPassword } from "@tianbiao/server";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

// Steps the browser tests share where a bureau's site on its own origin embeds the form from the
// portal: the site's server and its strict CSP, Chromium without third-party cookies, the sign-in
// through the embed's popup, and the CSP violations a page reports.

/** What a site answers for a path: a body and its type, or nothing (404). */
export type SiteFiles = (path: string) => { type: string; body: string | Buffer } | undefined;

/** A strict CSP for a bureau's page that embeds the form from `portalUrl`: nothing inline, no eval. */
export function strictCsp(portalUrl: string): string {
  const portalOrigin = new URL(portalUrl).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${portalOrigin}`,
    "style-src 'self'",
    `connect-src 'self' ${portalOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** Serves a site on `host` (any free port), every page under `policy`; answers its origin. */
export async function startSite(
  host: string,
  files: SiteFiles,
  policy: () => string,
  servers: Server[],
): Promise<string> {
  const server = createServer((request, response) => {
    const file = files(new URL(request.url ?? "/", "http://site").pathname);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": file.type, "content-security-policy": policy() });
    response.end(file.body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

/** Closes the sites `startSite` started. */
export async function closeSites(servers: Server[]): Promise<void> {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
}

/** Chromium as it will ship: cookies in cross-site requests are not sent. */
export function chromiumWithoutThirdPartyCookies(): Promise<Browser> {
  const options = chromiumLaunchOptions();
  return chromium.launch({ ...options, args: [...options.args, "--test-third-party-cookie-phaseout"] });
}

/** Makes every page of `context` report its CSP violations as console warnings "csp-violation …". */
export async function reportCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.warn(`csp-violation ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

/** A page's CSP violations (see reportCspViolations) and its errors, failed requests aside. */
export function watchPage(page: Page): { problems: string[]; violations: string[] } {
  const problems: string[] = [];
  const violations: string[] = [];
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (message.text().startsWith("csp-violation")) violations.push(message.text());
    else if (message.type() === "error") problems.push(message.text());
  });
  return { problems, violations };
}

/** Signs `username` in through the popup the embed opens; `open` is the click that opens it. */
export async function signInThroughPopup(
  context: BrowserContext,
  username: string,
  open: () => Promise<void>,
): Promise<void> {
  const [popup] = await Promise.all([context.waitForEvent("page"), open()]);
  await popup.getByLabel(/统一社会信用代码或用户名/).fill(username);
  await popup.getByLabel(/^密码/).fill(demoPassword);
  await popup.getByRole("button", { name: /登录/ }).click();
  await popup.waitForEvent("close");
}

/** Resolves with the id of the next filing the page's embedded form files. */
export function nextFiling(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener("tianbiao:submit", (event) => resolve((event as CustomEvent).detail.id), {
          once: true,
        }),
      ),
  );
}
