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
// A chunk the entry imports statically, or one of those does, is part of the script every page pays for.
const staticImports = (file) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s*"\.{1,2}\/(?:chunks\/)?([^"/]+\.js)"/g)]
    .map((m) => m[1])
    .filter((f) => chunks.includes(f));
const shared = [];
for (let queue = staticImports(entry); queue.length > 0; ) {
  const f = queue.shift();
  if (shared.includes(f)) continue;
  shared.push(f);
  queue.push(...staticImports(join(dist, "chunks", f)));
}
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
