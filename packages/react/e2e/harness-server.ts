import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { type Browser, chromium } from "playwright-core";
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
