// `pnpm bench [--check]`: keystroke latency and re-renders, first render, validation throughput, embed
// size and API filings/s (scripts/api.mjs); prints a table, writes bench/results.json at the repo root,
// and with --check exits 1 when a budget is missed. Expects the harness page built into dist/ (the
// package's bench script does).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { compileTable } from "@tianbiao/core";
import { getTableModule, tableModules } from "@tianbiao/tables";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { apiBudgets, apiMeasures, apiTable } from "./api.mjs";

const started = Date.now();
const check = process.argv.includes("--check");
const appDir = fileURLToPath(new URL("..", import.meta.url));
const repo = fileURLToPath(new URL("../../..", import.meta.url));
const KEYSTROKES = 20;
const COUNTED_KEYSTROKES = 5;
const LOADS = 3;
const TYPED = "a1b2c3d4e5f6g7h8i9j0";

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return s[lo] + (s[hi] - s[lo]) * (i - lo);
}
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : "—");
const log = (line) => process.stderr.write(`${line}\n`);

// ---- what to type into: the first text field of a table (the first text column for repeating rows)
function firstTextPath(fields, prefix = "") {
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.id}` : f.id;
    if (f.kind === "text" && !f.readOnly && !f.format) return path;
    if (f.kind === "group") {
      const p = firstTextPath(f.fields, path);
      if (p) return p;
    }
  }
  return undefined;
}
function editPath(table, inRows) {
  for (const section of table.sections) {
    for (const f of section.fields) {
      if (inRows && f.kind === "rows") return firstTextPath(f.columns, `${f.id}.0`);
      if (!inRows) {
        const p = firstTextPath([f]);
        if (p) return p;
      }
    }
  }
  throw new Error(`no text field to type into in ${table.id}`);
}

/** Field ids a keystroke in `path` may legitimately re-render: those named with it in a rule or showWhen. */
function dependentIds(table, path) {
  const id = path.split(".").at(-1);
  const ids = new Set([id]);
  const strings = (node, out) => {
    if (typeof node === "string") out.push(node);
    else if (Array.isArray(node)) for (const x of node) strings(x, out);
    else if (node && typeof node === "object") for (const x of Object.values(node)) strings(x, out);
    return out;
  };
  const mentions = (node) => strings(node, []).some((s) => s.split(".").at(-1) === id);
  const consider = (node) => {
    if (mentions(node)) for (const s of strings(node, [])) ids.add(s.split(".").at(-1));
  };
  for (const rule of table.rules) consider(rule);
  const visit = (fields) => {
    for (const f of fields) {
      if (f.showWhen && mentions(f.showWhen)) ids.add(f.id);
      if (f.kind === "group") visit(f.fields);
      if (f.kind === "rows") visit(f.columns);
    }
  };
  for (const section of table.sections) visit(section.fields);
  return ids;
}

function inputSelector(lib, path) {
  if (lib === "rjsf") return `#root_${path.replace(/\./g, "_")}`;
  if (lib === "rhf" || lib === "react") return `[name="${path}"]`;
  return `input[id$="-${path.replace(/[^A-Za-z0-9_-]/g, "-")}"]`;
}

// ---- 3. validation throughput, in this process (one core)
function throughput(id) {
  const module = getTableModule(id);
  const compiled = compileTable(module.table);
  const value = module.fixtures.valid;
  if (!compiled.validate(value).ok) throw new Error(`${id}: the valid fixture does not validate`);
  for (let i = 0; i < 200; i++) compiled.validate(value);
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 2000) {
    for (let i = 0; i < 20; i++) compiled.validate(value);
    n += 20;
    elapsed = performance.now() - t0;
  }
  return { submissions: n, seconds: elapsed / 1000, perSecond: n / (elapsed / 1000) };
}

// ---- 4. embed sizes, from the embed's own size script
function embedSizes() {
  if (!existsSync(`${repo}packages/embed/dist/tianbiao.js`)) {
    log("building @tianbiao/embed…");
    execFileSync("pnpm", ["--filter", "@tianbiao/embed", "build"], { cwd: repo, stdio: "ignore" });
  }
  const out = execFileSync("node", ["packages/embed/scripts/size.mjs"], { cwd: repo, encoding: "utf8" });
  const kB = (s) => Number.parseFloat(s);
  const script = out.match(/^embed script .*?: ([\d.]+) kB, ([\d.]+) kB gzip/m);
  if (!script) throw new Error(`unexpected size.mjs output:\n${out}`);
  const chunks = [...out.matchAll(/^ {2}(\S+)\s+([\d.]+) kB\s+([\d.]+) kB gzip/gm)].map((m) => ({
    file: m[1],
    rawKB: kB(m[2]),
    gzipKB: kB(m[3]),
  }));
  return { scriptRawKB: kB(script[1]), scriptGzipKB: kB(script[2]), chunks };
}

// ---- browser measures
async function openPage(browser, base, query) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}?${new URLSearchParams(query)}`);
  try {
    await page.waitForFunction(() => window.bench?.ready === true, undefined, { timeout: 60_000 });
  } catch (e) {
    throw new Error(`${JSON.stringify(query)} did not render: ${errors.join("; ") || e.message}`);
  }
  return page;
}

async function firstRender(browser, base, query) {
  const commits = [];
  const frames = [];
  const completes = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await openPage(browser, base, query);
    const r = await page.evaluate(() => ({
      c: window.bench.firstRenderMs,
      f: window.bench.firstFrameMs,
      all: window.bench.completeMs,
    }));
    completes.push(r.all);
    commits.push(r.c);
    frames.push(r.f);
    await page.close();
  }
  return { commitMs: median(commits), frameMs: median(frames), completeMs: median(completes) };
}

async function typeMeasured(page, selector, text) {
  await page.evaluate(() => window.bench.reset());
  for (const ch of text) {
    const before = await page.evaluate(() => window.bench.keystrokes.length);
    await page.keyboard.press(ch);
    await page.waitForFunction(
      (n) => window.bench.keystrokes.length > n && window.bench.keystrokes[n].frameAt !== undefined,
      before,
      { polling: "raf" },
    );
  }
  const value = await page.locator(selector).inputValue();
  const records = await page.evaluate(() => window.bench.keystrokes);
  return { value, records };
}

async function keystrokes(browser, base, query, path, table) {
  const { showAll, ...params } = query;
  const page = await openPage(browser, base, { ...params, filled: "1" });
  const selector = inputSelector(query.lib, path);
  const input = page.locator(selector).first();
  if (query.showAll) {
    // Repeating rows render in pages; the second button of the pager shows every row.
    await page.locator(".tb-rows-more button").nth(1).click();
    await page.waitForFunction(() => document.querySelectorAll("input").length > 5000, undefined, {
      timeout: 120_000,
    });
  }
  await input.click();
  await input.fill("");
  await typeMeasured(page, selector, "xy"); // warm-up: first-keystroke costs (lazy chunks, JIT)
  await input.fill("");
  const { value, records } = await typeMeasured(page, selector, TYPED);
  if (!value.endsWith(TYPED))
    throw new Error(`${query.lib} ${query.table}: typed "${TYPED}", field holds "${value}"`);
  const latencies = records.map((r) => (r.commitAt ?? r.frameAt) - r.t0);
  await page.evaluate(() => window.bench.startCounting());
  const counted = await typeMeasured(page, selector, TYPED.slice(0, COUNTED_KEYSTROKES));
  await page.close();
  const allowed = dependentIds(table, path);
  const perKeystroke = counted.records.map((r) => [...new Set(r.rendered)]);
  const extra = new Set(
    perKeystroke
      .flat()
      .filter((p) => p !== path && !path.startsWith(`${p}.`) && !allowed.has(p.split(".").at(-1))),
  );
  return {
    path,
    keystrokes: latencies.length,
    medianMs: median(latencies),
    p95Ms: quantile(latencies, 0.95),
    maxMs: Math.max(...latencies),
    fieldsRenderedPerKeystroke: Math.max(...perKeystroke.map((p) => p.length)),
    componentsRenderedPerKeystroke: median(counted.records.map((r) => r.components)),
    unexpectedRenders: [...extra].slice(0, 10),
    unexpectedRenderCount: extra.size,
  };
}

async function browserMeasures() {
  if (!existsSync(`${appDir}dist/index.html`)) throw new Error("the bench page is not built: run pnpm bench");
  const server = await preview({
    root: appDir,
    configFile: false,
    logLevel: "silent",
    build: { outDir: "dist" },
    preview: { port: 0, host: "127.0.0.1", strictPort: false },
  });
  const base = server.resolvedUrls?.local[0];
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const e2 = getTableModule("enterprise-2").table;
    const c1 = getTableModule("city-1").table;
    const keystrokeCases = [
      {
        name: "企业2表 enterprise-2",
        query: { table: "enterprise-2" },
        table: e2,
        path: editPath(e2, false),
      },
      {
        name: "城市1表 city-1 ×1,000 rows",
        query: { table: "city-1", rows: "1000" },
        table: c1,
        path: editPath(c1, true),
      },
      {
        name: "城市1表 city-1 ×1,000 rows, all shown",
        query: { table: "city-1", rows: "1000", showAll: true },
        table: c1,
        path: editPath(c1, true),
      },
      {
        name: "generated 1,000 fields",
        query: { table: "generated-1000" },
        // The generated table (harness/generated-table.ts) has no rules and no conditions: no dependents.
        table: { id: "generated-1000", sections: [], rules: [] },
        path: "f1",
      },
    ];
    const keystroke = [];
    for (const c of keystrokeCases) {
      for (const lib of ["tianbiao", "rjsf", "rhf"]) {
        if (lib !== "tianbiao" && c.query.table === "city-1") continue;
        log(`keystrokes: ${lib} ${c.name}`);
        keystroke.push({
          case: c.name,
          lib,
          ...(await keystrokes(browser, base, { lib, ...c.query }, c.path, c.table)),
        });
      }
    }
    log("keystrokes: react, one controlled input");
    keystroke.push({
      case: "one controlled input (React floor)",
      lib: "react",
      ...(await keystrokes(browser, base, { lib: "react", table: "enterprise-2" }, "floor", {
        id: "floor",
        sections: [],
        rules: [],
      })),
    });
    const render = [];
    const forms = tableModules.filter((m) => m.table.kind === "form").map((m) => m.table.id);
    for (const table of [...forms, "generated-1000"]) {
      log(`first render: tianbiao ${table}`);
      render.push({
        table,
        lib: "tianbiao",
        ...(await firstRender(browser, base, { lib: "tianbiao", table })),
      });
    }
    for (const table of ["enterprise-2", "generated-1000"]) {
      for (const lib of ["rjsf", "rhf"]) {
        log(`first render: ${lib} ${table}`);
        render.push({ table, lib, ...(await firstRender(browser, base, { lib, table })) });
      }
    }
    return { chromium: browser.version(), keystroke, render };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- run
const validation = ["enterprise-1", "enterprise-4"].map((id) => {
  log(`validation throughput: ${id}`);
  return { table: id, ...throughput(id) };
});
const embed = embedSizes();
const browserResults = await browserMeasures();
const { keystroke, render } = browserResults;
// Last, with the browser closed: the API section wants both cores for the server and the load.
const api = await apiMeasures();

// ---- budgets
const ks = (lib, table) => keystroke.find((k) => k.lib === lib && k.case.includes(table));
const gen1000 = render.find((r) => r.lib === "tianbiao" && r.table === "generated-1000");
const budgets = [];
for (const k of keystroke.filter((k) => k.lib === "tianbiao")) {
  budgets.push({ budget: `keystroke p95 < 16 ms — ${k.case}`, measured: ms(k.p95Ms), pass: k.p95Ms < 16 });
  budgets.push({
    budget: `only the edited field and its dependents re-render — ${k.case}`,
    measured: `${k.fieldsRenderedPerKeystroke} field(s)/keystroke, ${k.unexpectedRenderCount} unexpected${
      k.unexpectedRenderCount ? ` (${k.unexpectedRenders.join(", ")})` : ""
    }`,
    pass: k.unexpectedRenderCount === 0,
  });
}
budgets.push({
  budget: "first render, 1,000-field table < 300 ms",
  measured: `${ms(gen1000.commitMs)} first commit (every field: ${ms(gen1000.completeMs)})`,
  pass: gen1000.commitMs < 300,
});
budgets.push({
  budget: "embed script ≤ 120 kB gzip",
  measured: `${embed.scriptGzipKB.toFixed(1)} kB`,
  pass: embed.scriptGzipKB <= 120,
});
const rjsfE2 = ks("rjsf", "enterprise-2");
const tbE2 = ks("tianbiao", "enterprise-2");
if (rjsfE2 && tbE2) {
  const ratio = rjsfE2.p95Ms / tbE2.p95Ms;
  budgets.push({
    budget: "企业2表 keystroke p95: rjsf / tianbiao ≥ 2×",
    measured: `${ratio.toFixed(2)}×`,
    pass: ratio >= 2,
  });
}
budgets.push(...apiBudgets(api));

// ---- print
const rows = (header, data) => {
  const widths = header.map((h, i) => Math.max(h.length, ...data.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...data.map(line)].join("\n");
};
const tbKs = (c) => keystroke.find((k) => k.lib === "tianbiao" && k.case === c);
const tbRender = (t) => render.find((r) => r.lib === "tianbiao" && r.table === t);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : "—");
const out = [];
out.push(`Keystroke latency (${KEYSTROKES} keystrokes, keydown → last React commit before the next frame)`);
out.push(
  `fields rendered: most fields with any component rendered in one keystroke; components rendered: median per keystroke (${COUNTED_KEYSTROKES} counted)`,
);
out.push(
  rows(
    ["case", "lib", "median", "p95", "max", "fields rendered", "components rendered", "p95 ÷ tianbiao"],
    keystroke.map((k) => [
      k.case,
      k.lib,
      ms(k.medianMs),
      ms(k.p95Ms),
      ms(k.maxMs),
      k.fieldsRenderedPerKeystroke,
      k.componentsRenderedPerKeystroke,
      k.lib === "tianbiao" ? "1×" : ratio(k.p95Ms, tbKs(k.case)?.p95Ms),
    ]),
  ),
);
out.push("");
out.push(
  `First render (median of ${LOADS} loads; render() → end of the first commit, → next frame, → the frame with every section in the page)`,
);
out.push(
  rows(
    ["table", "lib", "commit", "frame", "complete", "commit ÷ tianbiao"],
    render.map((r) => [
      r.table,
      r.lib,
      ms(r.commitMs),
      ms(r.frameMs),
      ms(r.completeMs),
      r.lib === "tianbiao" ? "1×" : ratio(r.commitMs, tbRender(r.table)?.commitMs),
    ]),
  ),
);
out.push("");
out.push("Server-side validation (compileTable(table).validate(fixtures.valid), one core)");
out.push(
  rows(
    ["table", "submissions/s", "runs", "seconds"],
    validation.map((v) => [v.table, v.perSecond.toFixed(0), v.submissions, v.seconds.toFixed(2)]),
  ),
);
out.push("");
out.push(`Embed: script ${embed.scriptRawKB.toFixed(1)} kB, ${embed.scriptGzipKB.toFixed(1)} kB gzip`);
out.push(
  rows(
    ["table chunk", "raw", "gzip"],
    embed.chunks.map((c) => [c.file, `${c.rawKB} kB`, `${c.gzipKB} kB`]),
  ),
);
out.push("");
const apiRows = apiTable(api);
out.push(apiRows.title);
out.push(rows(apiRows.header, apiRows.rows));
out.push("");
out.push("Budgets");
out.push(
  rows(
    ["budget", "measured", "result"],
    budgets.map((b) => [b.budget, b.measured, b.pass ? "pass" : "FAIL"]),
  ),
);
const wallSeconds = (Date.now() - started) / 1000;
out.push("");
out.push(
  `Chromium ${browserResults.chromium}, Node ${process.version}, ${availableParallelism()} cores; ${wallSeconds.toFixed(0)} s`,
);
console.log(out.join("\n"));

mkdirSync(`${repo}bench`, { recursive: true });
writeFileSync(
  `${repo}bench/results.json`,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      wallSeconds,
      node: process.version,
      ...browserResults,
      validation,
      embed,
      api,
      budgets,
    },
    null,
    2,
  )}\n`,
);
if (check && budgets.some((b) => !b.pass)) process.exitCode = 1;
