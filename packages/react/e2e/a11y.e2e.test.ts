import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { LangMode } from "@tianbiao/core";
import { tableModules } from "@tianbiao/tables";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formShown, openHarness } from "./harness-server";

/**
 * Every table of @tianbiao/tables in every language mode, each in the states a filer meets, checked
 * by axe-core in Chromium against WCAG 2.1 A/AA and axe's best practices. Writes
 * test-results/a11y-report.{json,md} and fails on any violation.
 */

// Every LangMode: a Record needs each one, so a new mode added to the type is a missing key here.
const modeSet: Record<LangMode, true> = { zh: true, en: true, bilingual: true };
const modes = Object.keys(modeSet) as LangMode[];
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * A form: empty; after a submit attempt when empty (field errors, the error summary, aria-invalid);
 * filled with the valid fixture (the English one in English); after submitting that (check your
 * answers); and after submitting a warning fixture (confirm or explain). A reference table: as
 * opened, and searched down to a nested row with its headings.
 */
type State = "empty" | "errors" | "filled" | "review" | "warnings" | "search";

interface Case {
  table: string;
  mode: LangMode;
  state: State;
  /** The harness query rendering the case. */
  query: string;
  /** Press the form's submit button, then wait for this selector. */
  submit?: string;
}

interface AxeNode {
  target: string;
  summary: string;
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: AxeNode[];
}

interface CaseResult {
  table: string;
  mode: LangMode;
  state: State;
  violations: AxeViolation[];
  /** Distinct elements axe reported a result for (passed, failed or needing review). */
  nodes: number;
  rulesPassed: number;
  /** Rules axe could not decide alone (colour under an overlap, say): reported, not failed. */
  incomplete: string[];
  ms: number;
}

/** A query of a reference table that keeps a nested row and the headings shown around it. */
function searchQuery(rows: { level?: number; cells: Record<string, { zh: string }> }[]): string | undefined {
  const nested = rows.findLast((row) => (row.level ?? 0) > 0) ?? rows.at(-1);
  const text = nested ? Object.values(nested.cells)[0]?.zh : undefined;
  return text?.trim().split(/\s+/)[0];
}

function casesOf(module: (typeof tableModules)[number]): Case[] {
  const { table } = module;
  const cases: Case[] = [];
  for (const mode of modes) {
    const base = `?table=${encodeURIComponent(table.id)}&lang=${mode}`;
    const add = (state: State, extra = "", submit?: string) =>
      cases.push({ table: table.id, mode, state, query: base + extra, submit });
    if (table.kind === "form") {
      add("empty");
      add("errors", "", ".tb-error-summary");
      add("filled", "&state=filled");
      add("review", "&state=filled", '.tb-form:is([data-phase="review"], [data-phase="warnings"])');
      const warning = module.fixtures?.warnings?.[0];
      if (warning) add("warnings", `&fixture=${encodeURIComponent(warning.name)}`, '[data-phase="warnings"]');
    } else {
      add("empty");
      const query = searchQuery(table.rows);
      if (query) add("search", `&q=${encodeURIComponent(query)}`);
    }
  }
  return cases;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const reportDir = fileURLToPath(new URL("../test-results/", import.meta.url));

let browser: Browser;
let url: string;
let close: () => Promise<void>;
let page: Page;
const results: CaseResult[] = [];
let started = 0;

beforeAll(async () => {
  started = performance.now();
  ({ browser, url, close } = await openHarness());
  page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector(".tb-root");
  await page.addScriptTag({ content: axeSource });
});

afterAll(async () => {
  await close();
  writeReport(results, performance.now() - started);
});

/** Renders one case in the open page (no reload: axe stays injected) and runs axe over the document. */
async function check(c: Case): Promise<CaseResult> {
  const start = performance.now();
  await page.evaluate((query) => window.tianbiaoShow?.(query), c.query);
  await formShown(page, c.table, c.mode);
  if (c.submit) {
    await page.click(".tb-form-body button[type=submit]");
    await page.waitForSelector(c.submit);
  }
  // Let work React or the form defers past the commit (a first validation, a transition) land first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  const outcome = await page.evaluate(async (values) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values } });
    const seen = new Set<string>();
    for (const group of [result.passes, result.violations, result.incomplete]) {
      for (const rule of group) for (const node of rule.nodes) seen.add(node.target.join(" "));
    }
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? "",
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary ?? "" })),
      })),
      nodes: seen.size,
      rulesPassed: result.passes.length,
      incomplete: result.incomplete.map((rule) => rule.id),
    };
  }, tags);
  return {
    table: c.table,
    mode: c.mode,
    state: c.state,
    ...outcome,
    ms: Math.round(performance.now() - start),
  };
}

function describeViolations(found: CaseResult[]): string {
  return found
    .flatMap((r) =>
      r.violations.flatMap((v) =>
        v.nodes.map(
          (n) => `  ${r.table} · ${r.mode} · ${r.state}: ${v.id} (${v.impact}) at ${n.target} — ${v.help}`,
        ),
      ),
    )
    .join("\n");
}

function writeReport(all: CaseResult[], totalMs: number): void {
  mkdirSync(reportDir, { recursive: true });
  const violations = all.reduce((sum, r) => sum + r.violations.reduce((n, v) => n + v.nodes.length, 0), 0);
  const nodes = all.reduce((sum, r) => sum + r.nodes, 0);
  const summary = {
    tables: new Set(all.map((r) => r.table)).size,
    cases: all.length,
    violations,
    nodes,
    ms: Math.round(totalMs),
    tags,
  };
  writeFileSync(`${reportDir}a11y-report.json`, `${JSON.stringify({ summary, results: all }, null, 2)}\n`);
  const lines = [
    "# Accessibility report (axe-core, Chromium)",
    "",
    `${summary.tables} tables × ${modes.length} language modes, ${summary.cases} cases; rules: ${tags.join(", ")}.`,
    `${violations} violations over ${nodes} nodes checked, in ${(totalMs / 1000).toFixed(1)} s.`,
    "",
    "| table | mode | state | violations | nodes checked | needs review | ms |",
    "|---|---|---|---:|---:|---|---:|",
    ...all.map(
      (r) =>
        `| ${r.table} | ${r.mode} | ${r.state} | ${r.violations.reduce((n, v) => n + v.nodes.length, 0)} | ${r.nodes} | ${r.incomplete.join(", ")} | ${r.ms} |`,
    ),
  ];
  if (violations > 0) lines.push("", "## Violations", "", "```", describeViolations(all), "```");
  writeFileSync(`${reportDir}a11y-report.md`, `${lines.join("\n")}\n`);
}

describe("the checker", () => {
  it("reports a violation planted in the page, so a clean report means something", async () => {
    await page.evaluate(() => window.tianbiaoShow?.("?table=enterprise-1&lang=zh"));
    const ids = await page.evaluate(async (values) => {
      const planted = document.createElement("img");
      planted.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      document.querySelector(".tb-form-body")?.append(planted);
      const result = await window.axe.run(document, { runOnly: { type: "tag", values } });
      planted.remove();
      return result.violations.map((v) => v.id);
    }, tags);
    expect(ids).toContain("image-alt");
  });
});

describe.each(tableModules.map((m) => [m.table.id, m] as const))("accessibility of %s", (_id, module) => {
  it("has no axe violations in any language mode or state", async () => {
    const found: CaseResult[] = [];
    for (const c of casesOf(module)) found.push(await check(c));
    results.push(...found);
    const failing = found.filter((r) => r.violations.length > 0);
    expect(
      describeViolations(failing),
      "axe violations (table · mode · state: rule (impact) at target)",
    ).toBe("");
  });
});

declare global {
  interface Window {
    axe: typeof import("axe-core");
    tianbiaoShow?: (search: string) => void;
  }
}
