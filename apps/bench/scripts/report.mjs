// bench/report.html: the results of `pnpm bench` as one self-contained page (inline SVG charts, no script,
// nothing fetched). bench.mjs writes it after every run; `node scripts/report.mjs` writes it again from
// bench/results.json.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const LIB_NAMES = {
  tianbiao: "tianbiao",
  rjsf: "rjsf",
  rhf: "react-hook-form",
  formily: "Formily",
  surveyjs: "SurveyJS",
  react: "bare React input",
  ajv: "ajv (structure only)",
};
const COLORS = {
  tianbiao: "#b42318",
  rjsf: "#4e79a7",
  rhf: "#59a14f",
  formily: "#9c755f",
  surveyjs: "#b07aa1",
  react: "#7f7f7f",
  ajv: "#4e79a7",
};

const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const fmt = (n, digits = 1) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "—";

/**
 * A horizontal bar chart. groups: [{ label, bars: [{ lib, label?, value, spread?: [lo, hi] }] }];
 * lines: [{ value, label }] drawn across every group (budgets, the floor).
 */
export function barChart({ title, unit, groups, lines = [], digits = 1 }) {
  const width = 820;
  const left = 250;
  const right = 90;
  const barH = 16;
  const gap = 4;
  const headH = 20;
  const plotW = width - left - right;
  const values = groups.flatMap((g) => g.bars.flatMap((b) => [b.value, ...(b.spread ?? [])]));
  const max = Math.max(...values.filter(Number.isFinite), ...lines.map((l) => l.value), 1e-9) * 1.08;
  const x = (v) => left + (Math.max(0, v) / max) * plotW;
  let y = 28;
  const parts = [];
  for (const g of groups) {
    parts.push(`<text x="8" y="${y + 14}" class="group">${esc(g.label)}</text>`);
    y += headH;
    for (const b of g.bars) {
      const color = COLORS[b.lib] ?? "#888";
      const w = Math.max(1, x(b.value) - left);
      parts.push(
        `<text x="${left - 8}" y="${y + barH - 4}" text-anchor="end">${esc(b.label ?? LIB_NAMES[b.lib] ?? b.lib)}</text>`,
      );
      parts.push(
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${color}"${b.lib === "tianbiao" ? "" : ' fill-opacity="0.75"'}><title>${esc(`${LIB_NAMES[b.lib] ?? b.lib}: ${fmt(b.value, digits)} ${unit}`)}</title></rect>`,
      );
      if (b.spread && b.spread[0] !== b.spread[1]) {
        const [lo, hi] = b.spread.map(x);
        const mid = y + barH / 2;
        parts.push(
          `<path d="M${lo.toFixed(1)} ${mid - 5}v10M${lo.toFixed(1)} ${mid}H${hi.toFixed(1)}M${hi.toFixed(1)} ${mid - 5}v10" class="whisker"/>`,
        );
      }
      const labelX = Math.max(x(b.value), b.spread ? x(b.spread[1]) : 0) + 6;
      parts.push(
        `<text x="${labelX.toFixed(1)}" y="${y + barH - 4}" class="value">${fmt(b.value, digits)}</text>`,
      );
      y += barH + gap;
    }
    y += 8;
  }
  const plotBottom = y;
  const height = plotBottom + 8 + 14 * lines.length;
  // Each dashed line's label on a row of its own under the plot, so close lines stay readable.
  lines.forEach((l, i) => {
    const lx = x(l.value).toFixed(1);
    const ly = plotBottom + 4 + 14 * i;
    parts.push(`<line x1="${lx}" x2="${lx}" y1="24" y2="${ly + 4}" class="budget"/>`);
    parts.push(
      `<text x="${Number(lx) + 4}" y="${ly + 10}" class="budget-label">${esc(l.label)} (${fmt(l.value, digits)})</text>`,
    );
  });
  return `<figure><figcaption>${esc(title)} <span class="unit">(${esc(unit)})</span></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(title)}">
<line x1="${left}" x2="${left}" y1="24" y2="${plotBottom}" class="axis"/>
${parts.join("\n")}
</svg></figure>`;
}

function table(header, rows, classes = []) {
  return `<table><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>
${rows.map((r, i) => `<tr${classes[i] ? ` class="${classes[i]}"` : ""}>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`).join("\n")}
</tbody></table>`;
}

/** The report page for one results.json. `apiRows`: the API section's table (api.mjs apiTable), if run. */
export function reportHtml(results, apiRows) {
  const { keystroke, render, validation, embed, budgets, counts = {} } = results;
  const cases = [...new Set(keystroke.map((k) => k.case))];
  const floor = keystroke.find((k) => k.lib === "react");
  const failed = budgets.filter((b) => !b.pass).length;
  const sections = [];

  sections.push(`<section><h2>Budgets</h2>
<p class="${failed ? "fail" : "pass"}">${failed ? `${failed} of ${budgets.length} budgets missed` : `all ${budgets.length} budgets met`}.</p>
${table(
  ["budget", "measured", "result"],
  budgets.map((b) => [b.budget, b.measured, b.pass ? "pass" : "FAIL"]),
  budgets.map((b) => (b.pass ? "pass" : "fail")),
)}</section>`);

  sections.push(`<section><h2>Keystroke latency</h2>
<p>keydown → the last React commit before the next frame. Bars: the median over the repetitions of each repetition's p95 and median; whiskers: the lowest and highest repetition; dashed lines: the budgets. Each chart has its own scale. ${counts.keystrokes ?? "?"} keystrokes a case in each of ${counts.repetitions ?? "?"} repetition(s).</p>
${cases
  .map((c) => {
    const here = keystroke.filter((k) => k.case === c);
    return barChart({
      title: `Keystrokes: ${c}`,
      unit: "ms",
      groups: [
        { label: "p95", bars: here.map((k) => ({ lib: k.lib, value: k.p95Ms, spread: k.spread?.p95Ms })) },
        {
          label: "median",
          bars: here.map((k) => ({ lib: k.lib, value: k.medianMs, spread: k.spread?.medianMs })),
        },
      ],
      lines:
        here.some((k) => k.lib === "tianbiao") && floor
          ? [
              { value: 16, label: "16 ms" },
              { value: floor.p95Ms * 1.5, label: "1.5× bare input p95" },
            ]
          : [],
    });
  })
  .join("\n")}
${table(
  [
    "case",
    "lib",
    "keystrokes",
    "median ms",
    "p95 ms",
    "p95 spread",
    "max ms",
    "fields rendered",
    "components rendered",
  ],
  keystroke.map((k) => [
    k.case,
    LIB_NAMES[k.lib] ?? k.lib,
    k.keystrokes,
    fmt(k.medianMs),
    fmt(k.p95Ms),
    k.spread ? `${fmt(k.spread.p95Ms[0])}–${fmt(k.spread.p95Ms[1])}` : "—",
    fmt(k.maxMs),
    k.fieldsRenderedPerKeystroke,
    k.componentsRenderedPerKeystroke,
  ]),
)}</section>`);

  const peerTables = [...new Set(render.filter((r) => r.lib !== "tianbiao").map((r) => r.table))];
  const fastestPeerE2 = Math.min(
    ...render.filter((r) => r.lib !== "tianbiao" && r.table === "enterprise-2").map((r) => r.commitMs),
  );
  sections.push(`<section><h2>First render</h2>
<p>An empty form: render() → the end of the first commit, and → the frame with every field in the page. Bars: median of the repetitions' medians over ${counts.loads ?? "?"} loads each; whiskers: lowest and highest repetition.</p>
${peerTables
  .map((t) =>
    barChart({
      title: `${t}: tianbiao beside each peer`,
      unit: "ms",
      groups: [
        {
          label: "first commit",
          bars: render
            .filter((r) => r.table === t)
            .map((r) => ({ lib: r.lib, value: r.commitMs, spread: r.spread?.commitMs })),
        },
        {
          label: "every field in the page",
          bars: render
            .filter((r) => r.table === t)
            .map((r) => ({ lib: r.lib, value: r.completeMs, spread: r.spread?.completeMs })),
        },
      ],
    }),
  )
  .join("\n")}
${barChart({
  title: "First commit of every official form (tianbiao) against the fastest peer on 企业2表",
  unit: "ms",
  groups: [
    {
      label: "tianbiao",
      bars: render
        .filter((r) => r.lib === "tianbiao" && r.table !== "generated-1000")
        .map((r) => ({ lib: "tianbiao", label: r.table, value: r.commitMs, spread: r.spread?.commitMs })),
    },
  ],
  lines: Number.isFinite(fastestPeerE2) ? [{ value: fastestPeerE2, label: "fastest peer, 企业2表" }] : [],
})}
${table(
  [
    "table",
    "lib",
    "loads",
    "commit ms",
    "commit p95",
    "commit spread",
    "frame ms",
    "complete ms",
    "complete spread",
  ],
  render.map((r) => [
    r.table,
    LIB_NAMES[r.lib] ?? r.lib,
    r.loads ?? "—",
    fmt(r.commitMs),
    fmt(r.commitP95Ms),
    r.spread ? `${fmt(r.spread.commitMs[0])}–${fmt(r.spread.commitMs[1])}` : "—",
    fmt(r.frameMs),
    fmt(r.completeMs),
    r.spread ? `${fmt(r.spread.completeMs[0])}–${fmt(r.spread.completeMs[1])}` : "—",
  ]),
)}</section>`);

  sections.push(`<section><h2>Server-side validation</h2>
<p>Submissions per CPU second of one core: tianbiao's <code>compileTable(table).validate(fixtures.valid)</code> (fields, codes, rules), jitless as pages run it and with <code>enableCompiledParsers()</code> as the reporting service runs it; ajv 2020-12 with ajv-formats on the same table's <code>tableJsonSchema(table)</code>, the reference for structural checks only.</p>
${barChart({
  title: "Validation throughput",
  unit: "submissions/s",
  digits: 0,
  groups: validation.map((v) => ({
    label: v.table,
    bars: [
      { lib: "tianbiao", label: "tianbiao, jitless (pages)", value: v.perSecond, spread: v.spread },
      ...(v.compiledParsers
        ? [
            {
              lib: "tianbiao",
              label: "tianbiao, compiled parsers (server)",
              value: v.compiledParsers.perSecond,
              spread: v.compiledParsers.spread,
            },
          ]
        : []),
      ...(v.ajv ? [{ lib: "ajv", value: v.ajv.perSecond, spread: v.ajv.spread }] : []),
    ],
  })),
  lines: [{ value: 20_000, label: "20,000/s (企业1表)" }],
})}
${table(
  ["table", "tianbiao /s (jitless)", "tianbiao /s (compiled parsers)", "ajv /s", "tianbiao ÷ ajv"],
  validation.map((v) => [
    v.table,
    fmt(v.perSecond, 0),
    v.compiledParsers ? fmt(v.compiledParsers.perSecond, 0) : "—",
    v.ajv ? fmt(v.ajv.perSecond, 0) : "—",
    v.ajv ? `${fmt(v.tianbiaoPerAjv, 3)}×` : "—",
  ]),
)}</section>`);

  sections.push(`<section><h2>Embed size</h2>
${barChart({
  title: "Embed script",
  unit: "kB gzip",
  groups: [{ label: "tianbiao.js", bars: [{ lib: "tianbiao", label: "script", value: embed.scriptGzipKB }] }],
  lines: [{ value: 110, label: "110 kB" }],
})}
${table(
  ["table chunk", "raw kB", "gzip kB"],
  embed.chunks.map((c) => [c.file, c.rawKB, c.gzipKB]),
)}</section>`);

  if (apiRows) {
    sections.push(
      `<section><h2>API filings/s</h2><p>${esc(apiRows.title)}</p>${table(apiRows.header, apiRows.rows)}</section>`,
    );
  }

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tianbiao bench, ${esc(results.date)}</title>
<style>
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", sans-serif; margin: 2rem auto; max-width: 900px; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
figure { margin: 1rem 0; overflow-x: auto; } figcaption { font-weight: 600; } .unit { font-weight: 400; color: #57606a; }
svg text { font: 12px system-ui, "Noto Sans CJK SC", sans-serif; fill: #1f2328; } svg .group { font-weight: 600; }
svg .value { fill: #57606a; } svg .axis { stroke: #8c959f; } svg .whisker { stroke: #1f2328; fill: none; }
svg .budget { stroke: #b42318; stroke-dasharray: 4 3; } svg .budget-label { fill: #b42318; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 13px; } td, th { border: 1px solid #d0d7de; padding: 2px 8px; text-align: left; }
tr.fail td:last-child, p.fail { color: #b42318; font-weight: 600; } tr.pass td:last-child, p.pass { color: #1a7f37; }
.meta { color: #57606a; }
</style>
</head>
<body>
<h1>tianbiao bench</h1>
<p class="meta">${esc(results.date)} · Chromium ${esc(results.chromium)} · Node ${esc(results.node)} · ${esc(results.cores ?? "?")} cores · load average ${fmt(results.loadAverage)} at the start · ${fmt(results.wallSeconds, 0)} s${counts.quick ? " · <strong>--quick: fewer keystrokes and loads, not for budgets</strong>" : ""}</p>
${sections.join("\n")}
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = fileURLToPath(new URL("../../..", import.meta.url));
  const results = JSON.parse(readFileSync(`${repo}bench/results.json`, "utf8"));
  const apiRows = results.api ? (await import("./api.mjs")).apiTable(results.api) : undefined;
  writeFileSync(`${repo}bench/report.html`, reportHtml(results, apiRows));
  process.stderr.write("wrote bench/report.html\n");
}
