// `pnpm bench [--check] [--quick] [--no-api]`: keystroke latency and re-renders, first render (tianbiao,
// rjsf, react-hook-form, Formily, SurveyJS), validation throughput (tianbiao and ajv), embed size and
// API filings/s (scripts/api.mjs); prints a table, writes bench/results.json and bench/report.html at
// the repo root, and with --check exits 1 when a budget is missed. The browser and validation measures
// run REPETITIONS times in the one run; a figure is the median of the repetitions' figures.
// --quick (fewer keystrokes, loads and one repetition) and --no-api are for development: --check
// refuses them. Expects the harness page built into dist/ (the package's bench script does).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { compileTable, enableCompiledParsers, tableJsonSchema } from "@tianbiao/core";
import { getTableModule, tableModules } from "@tianbiao/tables";
import { chromiumLaunchOptions } from "@tianbiao/testing";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { apiBudgets, apiMeasures, apiTable } from "./api.mjs";
import { LIB_NAMES, reportHtml } from "./report.mjs";

const started = Date.now();
const check = process.argv.includes("--check");
const quick = process.argv.includes("--quick");
const noApi = process.argv.includes("--no-api");
if (check && (quick || noApi)) {
  process.stderr.write("--check judges the full run: leave out --quick and --no-api\n");
  process.exit(2);
}
const appDir = fileURLToPath(new URL("..", import.meta.url));
const repo = fileURLToPath(new URL("../../..", import.meta.url));
/** Keystrokes measured per case in each repetition, typed in runs of TYPED into an emptied field. */
const KEYSTROKES = quick ? 40 : 200;
const COUNTED_KEYSTROKES = 5;
/** Page loads per first-render case in each repetition. */
const LOADS = quick ? 2 : 5;
/** Repetitions of the browser and validation measures inside one run. */
const REPETITIONS = quick ? 1 : 3;
const VALIDATION_SECONDS = quick ? 1 : 2;
const TYPED = "a1b2c3d4e5f6g7h8i9j0";
/** The libraries drawing the same tables; tianbiao first. */
const LIBS = ["tianbiao", "rjsf", "rhf", "formily", "surveyjs"];
const PEERS = LIBS.slice(1);

const median = (xs) => quantile(xs, 0.5);
const range = (xs) => [Math.min(...xs), Math.max(...xs)];
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

async function inputSelector(page, lib, path) {
  if (lib === "rjsf") return `#root_${path.replace(/\./g, "_")}`;
  if (lib === "rhf" || lib === "react" || lib === "formily") return `[name="${path}"]`;
  if (lib === "surveyjs") {
    const selector = await page.evaluate((p) => window.bench.inputSelector?.(p), path);
    if (!selector) throw new Error(`surveyjs: no question ${path}`);
    return selector;
  }
  return `input[id$="-${path.replace(/[^A-Za-z0-9_-]/g, "-")}"]`;
}

// ---- 3. validation throughput, in this process (one core)
/** This process's CPU seconds (every thread: the validator's and V8's helpers, such as GC). */
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * `validate()` a second of CPU time over VALIDATION_SECONDS of it, after a warm-up. Counted against
 * CPU time rather than the clock: on a loaded machine the process waits for a core, and that wait is
 * not the validator's cost (on an idle machine the two agree).
 */
function rate(validate) {
  for (let i = 0; i < 200; i++) validate();
  let n = 0;
  const c0 = cpuSeconds();
  const t0 = performance.now();
  let cpu = 0;
  while (cpu < VALIDATION_SECONDS) {
    for (let i = 0; i < 20; i++) validate();
    n += 20;
    cpu = cpuSeconds() - c0;
  }
  return { submissions: n, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu, perSecond: n / cpu };
}

/**
 * tianbiao's `compileTable(table).validate(fixtures.valid)` on 企业1表 and 企业4表, as pages validate
 * (zod jitless); the same after `enableCompiledParsers()`, as the server validates (the direct reader,
 * with zod's JIT object for what it leaves to zod); and, on 企业1表, as the reference for structural
 * checks only (types, required, maxLength, enums, minimum/maximum, formats; no rules, no check
 * characters), ajv's 2020-12 validator compiled from the same table's `tableJsonSchema(table)`, with
 * ajv-formats. The three alternate REPETITIONS
 * times, so load on the machine falls on all alike; each figure is the median of the repetitions.
 */
function validationMeasures() {
  const ids = ["enterprise-1", "enterprise-4"];
  const prepare = (id) => {
    const module = getTableModule(id);
    const compiled = compileTable(module.table);
    const value = module.fixtures.valid;
    // The first validate builds the table's schema: with zod's plain objects until the switch below.
    if (!compiled.validate(value).ok) throw new Error(`${id}: the valid fixture does not validate`);
    return { id, compiled, value };
  };
  const plain = ids.map(prepare);
  enableCompiledParsers();
  const jit = ids.map(prepare);
  const e1 = plain[0];
  // strict: false lets ajv pass over the schema's x- annotations (x-title-en, x-table-id…).
  const ajv = addFormats(new Ajv2020({ strict: false }));
  const ajvValidate = ajv.compile(tableJsonSchema(e1.compiled.table));
  if (!ajvValidate(e1.value))
    throw new Error(`ajv rejects 企业1表's valid fixture: ${ajv.errorsText(ajvValidate.errors)}`);
  const runs = ids.map(() => ({ plain: [], jit: [] }));
  const ajvRuns = [];
  for (let r = 0; r < REPETITIONS; r++) {
    ids.forEach((id, i) => {
      log(`validation throughput: ${id}${REPETITIONS > 1 ? ` (repetition ${r + 1}/${REPETITIONS})` : ""}`);
      runs[i].plain.push(rate(() => plain[i].compiled.validate(plain[i].value)));
      runs[i].jit.push(rate(() => jit[i].compiled.validate(jit[i].value)));
      if (i === 0) ajvRuns.push(rate(() => ajvValidate(e1.value)));
    });
  }
  const summary = (xs) => ({
    submissions: xs.reduce((a, x) => a + x.submissions, 0),
    seconds: xs.reduce((a, x) => a + x.seconds, 0),
    cpuSeconds: xs.reduce((a, x) => a + x.cpuSeconds, 0),
    perSecond: median(xs.map((x) => x.perSecond)),
    spread: range(xs.map((x) => x.perSecond)),
    repetitions: xs.map((x) => x.perSecond),
  });
  return ids.map((id, i) => {
    const result = { table: id, ...summary(runs[i].plain), compiledParsers: summary(runs[i].jit) };
    if (i === 0) {
      result.ajv = summary(ajvRuns);
      result.tianbiaoPerAjv = result.perSecond / result.ajv.perSecond;
    }
    return result;
  });
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

/** LOADS loads of an empty form: the medians and p95s of the three timings. */
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
  return {
    loads: LOADS,
    commitMs: median(commits),
    commitP95Ms: quantile(commits, 0.95),
    frameMs: median(frames),
    completeMs: median(completes),
    completeP95Ms: quantile(completes, 0.95),
  };
}

/** The repetitions of one first-render case as one figure: each timing the median of the repetitions'. */
function summarizeRender(reps) {
  const m = (key) => median(reps.map((r) => r[key]));
  return {
    loads: reps.reduce((a, r) => a + r.loads, 0),
    commitMs: m("commitMs"),
    commitP95Ms: m("commitP95Ms"),
    frameMs: m("frameMs"),
    completeMs: m("completeMs"),
    completeP95Ms: m("completeP95Ms"),
    spread: {
      commitMs: range(reps.map((r) => r.commitMs)),
      completeMs: range(reps.map((r) => r.completeMs)),
    },
    repetitions: reps,
  };
}

async function typeMeasured(page, selector, text) {
  await page.evaluate(() => window.bench.reset());
  for (let i = 0; i < text.length; i++) {
    await page.keyboard.press(text[i]);
    // The i-th keystroke since reset() has ended when its frame came.
    await page.waitForFunction((n) => window.bench.keystrokes[n]?.frameAt !== undefined, i, {
      polling: "raf",
    });
  }
  const value = await page.locator(selector).inputValue();
  const records = await page.evaluate(() => window.bench.keystrokes);
  return { value, records };
}

/**
 * One page load of a keystroke case: KEYSTROKES keystrokes, typed TYPED.length at a time into the
 * emptied field, then COUNTED_KEYSTROKES more with the render counter on.
 */
async function keystrokes(browser, base, query, path, table) {
  const { showAll, ...params } = query;
  const page = await openPage(browser, base, { ...params, filled: "1" });
  const selector = await inputSelector(page, query.lib, path);
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
  const latencies = [];
  while (latencies.length < KEYSTROKES) {
    await input.fill("");
    const typed = TYPED.slice(0, KEYSTROKES - latencies.length);
    const { value, records } = await typeMeasured(page, selector, typed);
    if (!value.endsWith(typed))
      throw new Error(`${query.lib} ${query.table}: typed "${typed}", field holds "${value}"`);
    latencies.push(...records.map((r) => (r.commitAt ?? r.frameAt) - r.t0));
  }
  await input.fill("");
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
    unexpectedRenders: [...extra],
  };
}

/** The repetitions of one keystroke case as one figure: median and p95 the medians of the repetitions'. */
function summarizeKeystrokes(reps) {
  const extra = new Set(reps.flatMap((r) => r.unexpectedRenders));
  return {
    path: reps[0].path,
    keystrokes: reps.reduce((a, r) => a + r.keystrokes, 0),
    medianMs: median(reps.map((r) => r.medianMs)),
    p95Ms: median(reps.map((r) => r.p95Ms)),
    maxMs: Math.max(...reps.map((r) => r.maxMs)),
    spread: { medianMs: range(reps.map((r) => r.medianMs)), p95Ms: range(reps.map((r) => r.p95Ms)) },
    fieldsRenderedPerKeystroke: Math.max(...reps.map((r) => r.fieldsRenderedPerKeystroke)),
    componentsRenderedPerKeystroke: median(reps.map((r) => r.componentsRenderedPerKeystroke)),
    unexpectedRenders: [...extra].slice(0, 10),
    unexpectedRenderCount: extra.size,
    repetitions: reps.map(({ keystrokes, medianMs, p95Ms, maxMs }) => ({
      keystrokes,
      medianMs,
      p95Ms,
      maxMs,
    })),
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
    // Every case of a repetition, then the next repetition: a slow spell of the machine falls on
    // one repetition of many cases, not on every repetition of one. The libraries take turns first.
    const runs = [];
    for (const c of keystrokeCases) {
      for (const lib of LIBS) {
        if (lib !== "tianbiao" && c.query.table === "city-1") continue;
        runs.push({ case: c.name, lib, c, reps: [] });
      }
    }
    runs.push({
      case: "one controlled input (React floor)",
      lib: "react",
      c: {
        query: { table: "enterprise-2" },
        path: "floor",
        table: { id: "floor", sections: [], rules: [] },
      },
      reps: [],
    });
    const forms = tableModules.filter((m) => m.table.kind === "form").map((m) => m.table.id);
    const renderRuns = [...forms, "generated-1000"].map((table) => ({ table, lib: "tianbiao", reps: [] }));
    for (const table of ["enterprise-2", "generated-1000"]) {
      for (const lib of PEERS) renderRuns.push({ table, lib, reps: [] });
    }
    const rotate = (xs, n) => xs.map((_, i) => xs[(i + n) % xs.length]);
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const tag = REPETITIONS > 1 ? ` (repetition ${rep + 1}/${REPETITIONS})` : "";
      for (const run of rotate(runs, rep)) {
        log(`keystrokes: ${run.lib} ${run.case}${tag}`);
        run.reps.push(
          await keystrokes(browser, base, { lib: run.lib, ...run.c.query }, run.c.path, run.c.table),
        );
      }
      for (const run of rotate(renderRuns, rep)) {
        log(`first render: ${run.lib} ${run.table}${tag}`);
        run.reps.push(await firstRender(browser, base, { lib: run.lib, table: run.table }));
      }
    }
    const keystroke = runs.map((r) => ({ case: r.case, lib: r.lib, ...summarizeKeystrokes(r.reps) }));
    const render = renderRuns.map((r) => ({ table: r.table, lib: r.lib, ...summarizeRender(r.reps) }));
    return { chromium: browser.version(), keystroke, render };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- run
const loadBefore = loadavg()[0];
const validation = validationMeasures();
const embed = embedSizes();
const browserResults = await browserMeasures();
const { keystroke, render } = browserResults;
// Last, with the browser closed: the API section wants both cores for the server and the load.
const api = noApi ? undefined : await apiMeasures();

// ---- budgets
const ks = (lib, table) => keystroke.find((k) => k.lib === lib && k.case.includes(table));
const rendered = (lib, table) => render.find((r) => r.lib === lib && r.table === table);
const gen1000 = rendered("tianbiao", "generated-1000");
const floor = keystroke.find((k) => k.lib === "react");
const budgets = [];
for (const k of keystroke.filter((k) => k.lib === "tianbiao")) {
  budgets.push({ budget: `keystroke p95 < 16 ms — ${k.case}`, measured: ms(k.p95Ms), pass: k.p95Ms < 16 });
  budgets.push({
    budget: `keystroke p95 ≤ 1.5× the bare React input's — ${k.case}`,
    measured: `${ms(k.p95Ms)} = ${(k.p95Ms / floor.p95Ms).toFixed(2)}× ${ms(floor.p95Ms)}`,
    pass: k.p95Ms <= 1.5 * floor.p95Ms,
  });
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
const fastest = (table, key) =>
  PEERS.map((lib) => rendered(lib, table))
    .filter(Boolean)
    .reduce((a, b) => (b[key] < a[key] ? b : a));
const fastestE2 = fastest("enterprise-2", "commitMs");
const slowestForm = render
  .filter((r) => r.lib === "tianbiao" && r.table !== "generated-1000")
  .reduce((a, b) => (b.commitMs > a.commitMs ? b : a));
budgets.push({
  budget: "first commit of every official form ≤ the fastest peer's on 企业2表",
  measured: `slowest ${slowestForm.table} ${ms(slowestForm.commitMs)}; ${LIB_NAMES[fastestE2.lib]} on enterprise-2 ${ms(fastestE2.commitMs)}`,
  pass: slowestForm.commitMs <= fastestE2.commitMs,
});
const fastest1000 = fastest("generated-1000", "completeMs");
budgets.push({
  budget: "1,000-field table complete ≤ the fastest peer's",
  measured: `${ms(gen1000.completeMs)}; ${LIB_NAMES[fastest1000.lib]} ${ms(fastest1000.completeMs)}`,
  pass: gen1000.completeMs <= fastest1000.completeMs,
});
budgets.push({
  budget: "embed script ≤ 110 kB gzip",
  measured: `${embed.scriptGzipKB.toFixed(1)} kB`,
  pass: embed.scriptGzipKB <= 110,
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
const e1 = validation.find((v) => v.table === "enterprise-1");
// The reporting service calls enableCompiledParsers() (packages/server's app.ts): judge that path.
budgets.push({
  budget: "server validation, 企业1表 ≥ 20,000 submissions/s on one core (compiled parsers, as the server)",
  measured: `${e1.compiledParsers.perSecond.toFixed(0)}/s (jitless, as pages: ${e1.perSecond.toFixed(0)}/s)`,
  pass: e1.compiledParsers.perSecond >= 20_000,
});
if (api) budgets.push(...apiBudgets(api));

// ---- print
const rows = (header, data) => {
  const widths = header.map((h, i) => Math.max(h.length, ...data.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...data.map(line)].join("\n");
};
const tbKs = (c) => keystroke.find((k) => k.lib === "tianbiao" && k.case === c);
const tbRender = (t) => rendered("tianbiao", t);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : "—");
const spread = ([lo, hi]) => (REPETITIONS > 1 ? `${lo.toFixed(1)}–${hi.toFixed(1)}` : "—");
const out = [];
out.push(
  `Keystroke latency (${KEYSTROKES} keystrokes a repetition, ${REPETITIONS} repetition(s); keydown → last React commit before the next frame)`,
);
out.push(
  "median, p95: the median of the repetitions' figures; spread: lowest–highest p95 of the repetitions; max: of all keystrokes",
);
out.push(
  `fields rendered: most fields with any component rendered in one keystroke; components rendered: median per keystroke (${COUNTED_KEYSTROKES} counted)`,
);
out.push(
  rows(
    [
      "case",
      "lib",
      "median",
      "p95",
      "p95 spread",
      "max",
      "fields rendered",
      "components rendered",
      "p95 ÷ tianbiao",
      "p95 ÷ floor",
    ],
    keystroke.map((k) => [
      k.case,
      k.lib,
      ms(k.medianMs),
      ms(k.p95Ms),
      spread(k.spread.p95Ms),
      ms(k.maxMs),
      k.fieldsRenderedPerKeystroke,
      k.componentsRenderedPerKeystroke,
      k.lib === "tianbiao" ? "1×" : ratio(k.p95Ms, tbKs(k.case)?.p95Ms),
      ratio(k.p95Ms, floor.p95Ms),
    ]),
  ),
);
out.push("");
out.push(
  `First render (${LOADS} loads a repetition, ${REPETITIONS} repetition(s); render() → end of the first commit, → next frame, → the frame with every section in the page)`,
);
out.push(
  "commit, complete: the median of the repetitions' medians; p95: of the repetitions' p95s; spread: lowest–highest median",
);
out.push(
  rows(
    [
      "table",
      "lib",
      "commit",
      "commit p95",
      "commit spread",
      "frame",
      "complete",
      "complete spread",
      "commit ÷ tianbiao",
    ],
    render.map((r) => [
      r.table,
      r.lib,
      ms(r.commitMs),
      ms(r.commitP95Ms),
      spread(r.spread.commitMs),
      ms(r.frameMs),
      ms(r.completeMs),
      spread(r.spread.completeMs),
      r.lib === "tianbiao" ? "1×" : ratio(r.commitMs, tbRender(r.table)?.commitMs),
    ]),
  ),
);
out.push("");
out.push(
  `Server-side validation (submissions per CPU second of one core, ${VALIDATION_SECONDS} CPU s a repetition, median of ${REPETITIONS}): tianbiao compileTable(table).validate(fixtures.valid), jitless as today and after enableCompiledParsers() (zod's JIT object, servers only); ajv (2020-12, ajv-formats) on the table's tableJsonSchema(table), structural checks only`,
);
const perS = (n) => n.toFixed(0);
const rateSpread = ([lo, hi]) => (REPETITIONS > 1 ? `${perS(lo)}–${perS(hi)}` : "—");
out.push(
  rows(
    ["table", "tianbiao /s", "spread", "compiled parsers /s", "spread", "ajv /s", "spread", "tianbiao ÷ ajv"],
    validation.map((v) => [
      v.table,
      perS(v.perSecond),
      rateSpread(v.spread),
      perS(v.compiledParsers.perSecond),
      rateSpread(v.compiledParsers.spread),
      v.ajv ? perS(v.ajv.perSecond) : "—",
      v.ajv ? rateSpread(v.ajv.spread) : "—",
      v.ajv ? `${v.tianbiaoPerAjv.toFixed(3)}×` : "—",
    ]),
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
if (api) {
  const apiRows = apiTable(api);
  out.push(apiRows.title);
  out.push(rows(apiRows.header, apiRows.rows));
  out.push("");
}
out.push("Budgets");
out.push(
  rows(
    ["budget", "measured", "result"],
    budgets.map((b) => [b.budget, b.measured, b.pass ? "pass" : "FAIL"]),
  ),
);
const wallSeconds = (Date.now() - started) / 1000;
const mode = quick ? "--quick, " : "";
out.push("");
out.push(
  `Chromium ${browserResults.chromium}, Node ${process.version}, ${availableParallelism()} cores, load ${loadBefore.toFixed(1)} at the start; ${mode}${wallSeconds.toFixed(0)} s`,
);
console.log(out.join("\n"));

const results = {
  date: new Date().toISOString(),
  wallSeconds,
  node: process.version,
  cores: availableParallelism(),
  loadAverage: loadBefore,
  counts: {
    keystrokes: KEYSTROKES,
    countedKeystrokes: COUNTED_KEYSTROKES,
    loads: LOADS,
    repetitions: REPETITIONS,
    quick,
  },
  ...browserResults,
  validation,
  embed,
  api,
  budgets,
};
mkdirSync(`${repo}bench`, { recursive: true });
writeFileSync(`${repo}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${repo}bench/report.html`, reportHtml(results, api ? apiTable(api) : undefined));
log("wrote bench/results.json and bench/report.html");
if (check && budgets.some((b) => !b.pass)) process.exitCode = 1;
