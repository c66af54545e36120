// Shared by the fuzz tests of the validators and of `tianbiao validate`: a seeded random source,
// hostile values, and the checks every finding and every message must pass.
import { type CompiledTable, type Finding, type FormTable, walkFields } from "@tianbiao/core";
import { createI18n, messagesFor } from "@tianbiao/i18n";
import { hostileNumbers, hostileTexts } from "@tianbiao/testing/hostile";
import { tableModules } from "./catalogue";
import type { TableModule } from "./types";

/** Every form table with its fixtures. */
export const fuzzedForms = tableModules.filter(
  (module): module is TableModule & { table: FormTable } => module.table.kind === "form" && !!module.fixtures,
);

/** A seeded random source (mulberry32): the same seed gives the same run. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, below). */
  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

/** Pieces of text a filer, a broken client or an attacker may send. */
const textPieces = [
  "a",
  "Z",
  "0",
  "7",
  " ",
  "\t",
  "\n",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u200b",
  "\u200e",
  "\u202e",
  "\u2028",
  "\u3000",
  "\ufeff",
  "\ufffd",
  "０",
  "９",
  "．",
  "，",
  "－",
  "＋",
  "\u2212",
  "１２３",
  "一",
  "甲",
  "人民币",
  "有限公司",
  "\ud83d\ude00",
  "\ud840\udc00",
  "\ud800",
  "\udfff",
  "'",
  '"',
  "\\",
  "{",
  "]",
  "<script>",
  "%s",
  "{{label}}",
  // A template placeholder, in two parts so that the linter does not take it for a mistake.
  "$" + "{x}",
  "__proto__",
  "constructor",
  "-",
  "@",
  ".",
  "e",
  "x",
];

const keyPieces = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "amount",
  "currency",
  "rate",
  "rateDate",
  "usd",
  "rowKind",
  "previous",
  "current",
  "0",
  "1",
  "-1",
  "*",
  "",
  "a.b",
  "x",
];

/** Sets an own property, even one named __proto__, as JSON.parse would. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A random string of hostile pieces; now and then a long one. */
export function randomString(random: Random): string {
  if (random.int(20) === 0) return random.pick(textPieces).repeat(1 + random.int(20_000));
  let out = "";
  const length = random.int(12);
  for (let i = 0; i < length; i += 1) out += random.pick(textPieces);
  return out;
}

/** Any JSON value (and a few values JSON cannot hold), nested up to `depth`. */
export function randomValue(random: Random, depth = 3): unknown {
  switch (random.int(depth > 0 ? 9 : 6)) {
    case 0:
      return randomString(random);
    case 1:
      return random.pick(hostileTexts);
    case 2:
      return random.pick(hostileNumbers);
    case 3:
      return (random.next() - 0.5) * 10 ** random.int(12);
    case 4:
      return random.pick([true, false, null]);
    case 5:
      return random.pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, undefined, {}, []]);
    case 6:
    case 7: {
      const out: Record<string, unknown> = {};
      const size = random.int(5);
      for (let i = 0; i < size; i += 1) {
        const key = random.int(3) === 0 ? randomString(random) : random.pick(keyPieces);
        defineOwn(out, key, randomValue(random, depth - 1));
      }
      return out;
    }
    default:
      return Array.from({ length: random.int(5) }, () => randomValue(random, depth - 1));
  }
}

/** An object `depth` levels deep, built without recursion. */
export function deepObject(depth: number, leaf: unknown = "leaf"): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = { next: value };
  return value;
}

/** An array `depth` levels deep, built without recursion. */
export function deepArray(depth: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

export type Segments = string[];

/** Every path of a value: its containers and its leaves. */
export function pathsOf(value: unknown, prefix: Segments = [], out: Segments[] = []): Segments[] {
  if (prefix.length > 0) out.push(prefix);
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], out);
  }
  return out;
}

/** The paths of the leaves only. */
export function leafPathsOf(value: unknown): Segments[] {
  return pathsOf(value).filter((path) => {
    let node: unknown = value;
    for (const key of path) node = (node as Record<string, unknown>)[key];
    return typeof node !== "object" || node === null;
  });
}

/** Every field path of a table, with row 0 for each `*`. */
export function fieldPathsOf(table: FormTable): Segments[] {
  const out: Segments[] = [];
  walkFields(table, (_field, path) => {
    out.push(path.split(".").map((key) => (key === "*" ? "0" : key)));
  });
  return out;
}

/** A copy of `root` with `value` at `path`; missing containers become objects, arrays stay arrays. */
export function withValue(root: unknown, path: Segments, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string, ...string[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    const index = Number(key);
    if (Number.isInteger(index) && index >= 0 && index < 1_000)
      copy[index] = withValue(root[index], rest, value);
    return copy;
  }
  const base = typeof root === "object" && root !== null ? root : {};
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(base)) defineOwn(copy, k, v);
  defineOwn(
    copy,
    key,
    withValue(Object.hasOwn(base, key) ? (base as Record<string, unknown>)[key] : undefined, rest, value),
  );
  return copy;
}

/** Text the reader should never see: JavaScript's words for missing values, unfilled placeholders. */
export const unclearText = /undefined|\[object Object\]|NaN|Infinity|∞|\{\{|\}\}/;
const han = /\p{Script=Han}/u;

const i18n = createI18n({ lang: "zh" });

/** Everything wrong with one finding, as sentences (empty when it is sound). */
export function findingProblems(finding: Finding, compiled: CompiledTable): string[] {
  const problems: string[] = [];
  const where = `${finding.path} ${finding.rule}`;
  if (typeof finding.path !== "string" || finding.path === "") problems.push(`${where}: no path`);
  else if (compiled.locate(finding.path) === undefined)
    problems.push(`${where}: the path is not in the form`);
  if (typeof finding.rule !== "string" || finding.rule === "") problems.push(`${where}: no rule`);
  if (finding.severity !== "error" && finding.severity !== "warning") problems.push(`${where}: no severity`);
  for (const [key, value] of Object.entries(finding.params)) {
    if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string")
      problems.push(`${where}: parameter ${key} is ${String(value)}`);
  }
  for (const lang of ["zh", "en"]) {
    if (!i18n.exists(finding.messageKey, { lng: lang }))
      problems.push(`${where}: message key ${finding.messageKey} has no ${lang} text`);
  }
  const { zh, en } = messagesFor(finding);
  for (const [lang, message] of [
    ["zh", zh],
    ["en", en],
  ] as const) {
    if (message === "" || unclearText.test(message))
      problems.push(`${where}: unclear ${lang} message "${message}"`);
  }
  if (!han.test(zh)) problems.push(`${where}: the Chinese message has no Chinese "${zh}"`);
  if (han.test(en)) problems.push(`${where}: the English message has Chinese "${en}"`);
  return problems;
}

/** A value shown in a failure, short enough to read. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 120)}… (${text.length} characters)` : text;
}
