// Prints the embed's sizes after a build: the script a page loads (entry + shared chunks, React
// included) and each table's own chunk, raw and gzip.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const size = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

const entry = join(dist, "tianbiao.js");
const chunks = readdirSync(join(dist, "chunks")).filter((f) => f.endsWith(".js"));
const entryText = readFileSync(entry, "utf8");
// A chunk the entry imports statically is part of the script every page pays for.
const shared = chunks.filter((f) =>
  new RegExp(
    `from\\s*"\\./chunks/${f.replace(/[.]/g, "\\.")}"|import\\s*"\\./chunks/${f.replace(/[.]/g, "\\.")}"`,
  ).test(entryText),
);
const tableChunks = chunks.filter((f) => !shared.includes(f));

const base = [size(entry), ...shared.map((f) => size(join(dist, "chunks", f)))];
const total = base.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
console.log(
  `embed script (tianbiao.js${shared.length ? ` + ${shared.length} shared chunks` : ""}, React included): ${kb(total.raw)}, ${kb(total.gzip)} gzip`,
);
const iife = join(dist, "tianbiao.iife.js");
if (statSync(iife, { throwIfNoEntry: false })) {
  const s = size(iife);
  console.log(`classic script (tianbiao.iife.js, every table inlined): ${kb(s.raw)}, ${kb(s.gzip)} gzip`);
}
console.log("table chunks:");
for (const f of tableChunks.sort()) {
  const s = size(join(dist, "chunks", f));
  console.log(`  ${f.padEnd(48)} ${kb(s.raw).padStart(9)}  ${kb(s.gzip).padStart(9)} gzip`);
}
