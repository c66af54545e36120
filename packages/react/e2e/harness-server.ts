import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { type PreviewServer, preview } from "vite";

/** Serves the built harness (dist-e2e) and opens Debian Chromium, as a host page would be visited. */
export async function openHarness(): Promise<{ browser: Browser; url: string; close: () => Promise<void> }> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    logLevel: "silent",
    build: { outDir: "dist-e2e" },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the harness server has no address");
  const browser = await chromium.launch(chromiumLaunchOptions());
  return {
    browser,
    url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** openHarness, and a page of it at `viewport` with the first form rendered. */
export async function openHarnessPage(
  viewport = { width: 1280, height: 900 },
): Promise<{ browser: Browser; page: Page; close: () => Promise<void> }> {
  const harness = await openHarness();
  const page = await harness.browser.newPage({ viewport });
  await page.goto(harness.url);
  await page.waitForSelector(".tb-root");
  return { browser: harness.browser, page, close: harness.close };
}

/**
 * Waits until the harness page shows `table` in `mode` whole: a form's fields after the first screen
 * (a matrix's rows among them) come after the first paint, and the form is busy until they are in.
 * A reference table has no form, and is whole once it is there.
 */
export async function formShown(page: Page, table: string, mode: string): Promise<void> {
  await page.waitForSelector(
    `.tb-root[data-table="${table}"][data-lang="${mode}"]:not(:has(.tb-form-body[aria-busy]))`,
    { state: "attached" },
  );
}
