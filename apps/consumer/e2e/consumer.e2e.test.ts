import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { resolveTheme } from "@tianbiao/tokens";
import { type Browser, chromium } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import webpack, { type Configuration, type Stats } from "webpack";
import { type ConsumerApp, createConsumerApp, type PackedPackage, runBin } from "./consumer-app";

let app: ConsumerApp;
let typecheck: { ok: boolean; output: string };
let browser: Browser;

beforeAll(async () => {
  app = await createConsumerApp();
  // Type-checks main.tsx against the packed declarations and writes build/main.js for webpack.
  typecheck = await runBin(app.root, "typescript", "bin/tsc", ["-p", "tsconfig.json"]);
  // Playwright's default time limits off: each step waits for its state however long it takes.
  browser = await chromium.launch({ ...chromiumLaunchOptions(), timeout: 0 });
});
afterAll(async () => {
  await browser?.close();
  await app?.remove();
});

/** Every file a package.json names (types, each export target). */
function namedFiles(pkg: PackedPackage): string[] {
  const { types, exports = {} } = pkg.manifest;
  const targets = Object.values(exports).flatMap((entry) =>
    typeof entry === "string" ? [entry] : Object.values(entry),
  );
  return [...new Set([types, ...targets])]
    .filter((path): path is string => Boolean(path))
    .map((path) => path.replace(/^\.\//, ""));
}

/** Vite's production build, as `vite build` in the app's folder makes it. */
async function viteBuild(root: string): Promise<string> {
  const { ok, output } = await runBin(root, "vite", "bin/vite.js", ["build", "--logLevel", "warn"]);
  if (!ok) throw new Error(`vite build failed:\n${output}`);
  return "dist";
}

/** Webpack's production build of tsc's output, with the app's webpack.config.js, and a page for it. */
async function webpackBuild(root: string): Promise<string> {
  const config = (await import(pathToFileURL(join(root, "webpack.config.js")).href)).default as Configuration;
  const stats = await new Promise<Stats | undefined>((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result))),
  );
  if (!stats || stats.hasErrors()) throw new Error(`webpack failed:\n${stats?.toString("errors-only")}`);
  const html = await readFile(join(root, "index.html"), "utf8");
  const page = html.replace(
    '<script type="module" src="./main.tsx"></script>',
    '<link rel="stylesheet" href="./main.css">\n  <script defer src="./main.js"></script>',
  );
  if (page === html) throw new Error("index.html no longer loads ./main.tsx");
  await writeFile(join(root, "dist-webpack", "index.html"), page);
  return "dist-webpack";
}

/** #rrggbb as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe("a host React app built against the packed packages", () => {
  it("gets declarations, a licence and every file its package.json names, and no tests", () => {
    for (const pkg of app.packed.values()) {
      const missing = namedFiles(pkg).filter((path) => !pkg.files.includes(path));
      expect(missing, `${pkg.manifest.name} names files its tarball lacks`).toEqual([]);
      expect(pkg.files, pkg.manifest.name).toContain("LICENSE");
      expect(pkg.files.filter((path) => path.endsWith(".d.ts")).length, pkg.manifest.name).toBeGreaterThan(0);
      expect(
        pkg.files.filter((path) => /\.test\.tsx?$/.test(path)),
        pkg.manifest.name,
      ).toEqual([]);
    }
  });

  it("type-checks against the packed declarations", () => {
    expect(typecheck.output).toBe("");
    expect(typecheck.ok).toBe(true);
  });

  describe.each([
    ["Vite", viteBuild],
    ["webpack", webpackBuild],
  ])("its %s production build, in Chromium", (_, build) => {
    let server: PreviewServer;

    beforeAll(async () => {
      const outDir = await build(app.root);
      server = await preview({
        root: app.root,
        configFile: false,
        logLevel: "silent",
        build: { outDir },
        preview: { port: 0, host: "127.0.0.1", strictPort: false },
      });
    });
    afterAll(() => server?.close());

    it("renders the form with the renderer's and the tokens' styles applied", async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(server.resolvedUrls?.local[0] ?? "", { waitUntil: "commit", timeout: 0 });
      // The page reports "rendered" or its first error; no time bound.
      const state = await page.waitForFunction(() => document.documentElement.dataset.state, undefined, {
        timeout: 0,
      });
      expect(await state.jsonValue()).toBe("rendered");
      expect(errors).toEqual([]);

      const seen = await page.evaluate(() => {
        const header = document.querySelector(".tb-official-header");
        const wrapper = document.querySelector(".tianbiao");
        if (!header || !wrapper) return undefined;
        const headerStyle = getComputedStyle(header);
        // The variable resolved to a colour, as a rule using it would see it.
        const probe = document.createElement("span");
        probe.style.color = getComputedStyle(wrapper).getPropertyValue("--tb-color-primary").trim();
        document.body.append(probe);
        const primary = getComputedStyle(probe).color;
        probe.remove();
        return {
          title: document.querySelector(".tb-title")?.textContent ?? "",
          forms: document.querySelectorAll(".tb-form form").length,
          headerBorder: `${headerStyle.borderBottomWidth} ${headerStyle.borderBottomStyle}`,
          headerBorderColor: headerStyle.borderBottomColor,
          primary,
        };
      });
      await page.close();
      expect(seen, "the official header and the themed wrapper are on the page").toBeDefined();
      expect(seen?.forms).toBe(1);
      expect(seen?.title).toContain("服务外包企业基本信息表");
      // The official header's rule in @tianbiao/react/styles.css.
      expect(seen?.headerBorder, "@tianbiao/react/styles.css is applied").toBe("2px solid");
      // The city theme's primary colour from @tianbiao/tokens/tokens.css, which that rule uses.
      const cityPrimary = rgb(resolveTheme("city").color.primary);
      expect(seen?.primary, "@tianbiao/tokens/tokens.css is applied").toBe(cityPrimary);
      expect(seen?.headerBorderColor).toBe(cityPrimary);
    });
  });
});
