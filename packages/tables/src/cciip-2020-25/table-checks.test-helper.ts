import {
  type Condition,
  compileTable,
  type Field,
  type FormTable,
  type Rule,
  type Submission,
  type Text,
  walkFields,
} from "@tianbiao/core";
import { glossary } from "@tianbiao/i18n";
import { describe, expect, it } from "vitest";
import { seedTexts, squeeze } from "../seed-text.test-helper";
import type { TableModule } from "../types";

const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A bilingual text of a table; `verbatim` when its Chinese is copied from the seed. */
export interface LocatedText {
  where: string;
  text: Text;
  verbatim: boolean;
}

/** Every bilingual text of a table and its fixtures' descriptions. */
export function textsOf(module: TableModule): LocatedText[] {
  const { table, fixtures } = module;
  const out: LocatedText[] = [];
  const add = (where: string, text: Text | undefined, verbatim = true) => {
    if (text) out.push({ where, text, verbatim });
  };
  add("title", table.title);
  add("tableNo", table.tableNo);
  add("issuer", table.issuer);
  add("deadline", table.deadline);
  add("source.document", table.source.document, false);
  add("source.section", table.source.section, false);
  for (const [i, note] of (table.notes ?? []).entries()) add(`notes.${i}`, note);
  for (const [i, d] of (table.discrepancies ?? []).entries()) add(`discrepancies.${i}`, d, false);
  if (table.kind === "reference") {
    for (const column of table.columns) add(`column ${column.id}`, column.label);
    for (const row of table.rows)
      for (const [col, cell] of Object.entries(row.cells)) add(`row ${row.id}.${col}`, cell);
    return out;
  }
  for (const section of table.sections) {
    add(`section ${section.id} title`, section.title);
    add(`section ${section.id} note`, section.note);
  }
  walkFields(table, (field, path) => {
    add(path, field.label);
    add(`${path} help`, field.help);
    if (field.kind === "choice") {
      const visit = (options: typeof field.options) => {
        for (const option of options) {
          add(`${path} option ${option.value}`, option.label);
          visit(option.children ?? []);
        }
      };
      visit(field.options);
    }
  });
  for (const rule of table.rules) add(`rule ${rule.id} source`, rule.source);
  for (const f of fixtures?.invalid ?? []) add(`fixture ${f.name}`, f.description, false);
  return out;
}

/**
 * The seed squeezed, and again as printed on paper: the extraction's stray "and" between Chinese
 * characters read back as 和, and footnote marks without their <sup> tags.
 */
function seedVariants(file: string): string[] {
  const raw = seedTexts().get(file);
  if (raw === undefined) throw new Error(`no seed ${file}`);
  return [raw, raw.replace(/(?<=[\u3400-\u9fff])and(?=[\u3400-\u9fff])/g, "和").replace(/<\/?sup>/g, "")];
}

/** Whether the seed prints `zh` (whitespace ignored); text on several lines is checked line by line. */
export function seedPrints(file: string, zh: string): boolean {
  const seeds = seedVariants(file);
  return zh.split("\n").every((line) => seeds.some((seed) => seed.includes(squeeze(line))));
}

/** Texts whose English misses the glossary term of a Chinese term they contain (case-insensitive). */
export function glossaryMisses(texts: readonly LocatedText[]): string[] {
  const sorted = [...glossary].sort((a, b) => b[0].length - a[0].length);
  const bad: string[] = [];
  for (const { where, text } of texts) {
    let zh = text.zh;
    for (const [term, english] of sorted) {
      if (!zh.includes(term)) continue;
      zh = zh.split(term).join("");
      if (!text.en.toLowerCase().includes(english.toLowerCase()))
        bad.push(`${where}: "${term}" → "${english}"`);
    }
  }
  return bad;
}

/** Every field of a form by submission path, with the `<id>Other` text of choices that open one. */
export function fieldsByPath(table: FormTable): Map<string, Field | "other"> {
  const out = new Map<string, Field | "other">();
  walkFields(table, (field, path) => {
    out.set(path, field);
    if (field.kind === "choice" && field.otherValue !== undefined) out.set(`${path}Other`, "other");
  });
  return out;
}

function conditionPaths(condition: Condition | undefined): string[] {
  if (!condition) return [];
  return [
    ...(condition.field ? [condition.field] : []),
    ...(condition.all ?? []).flatMap(conditionPaths),
    ...(condition.any ?? []).flatMap(conditionPaths),
    ...conditionPaths(condition.not),
  ];
}

/** Every path a rule names, its conditions included. */
export function rulePaths(rule: Rule): string[] {
  const own: string[] = rule.at ? [rule.at] : [];
  switch (rule.kind) {
    case "requiredWhen":
    case "onlyWhen":
      return [...own, rule.target, ...conditionPaths(rule.when)];
    case "sum":
      return [...own, rule.total, ...rule.parts];
    case "atMost":
      return [...own, rule.whole, ...rule.parts];
    case "totalEquals":
      return [...own, ...rule.parts];
    case "requireOne":
      return [...own, ...rule.targets];
    case "threshold":
      return [...own, rule.target, ...conditionPaths(rule.when)];
    case "derived":
      return [...own, rule.target, ...rule.formula.of.flatMap((o) => (typeof o === "string" ? [o] : []))];
  }
}

/** Paths of a submission's values that name no field (groups are entered, other values are leaves). */
export function unknownSubmissionPaths(table: FormTable, value: Submission): string[] {
  const fields = fieldsByPath(table);
  const out: string[] = [];
  const visit = (node: Record<string, unknown>, prefix: string) => {
    for (const [key, child] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      const field = fields.get(path);
      if (field === undefined) out.push(path);
      else if (field !== "other" && field.kind === "group" && child && typeof child === "object") {
        visit(child as Record<string, unknown>, path);
      }
    }
  };
  visit(value, "");
  return out;
}

/**
 * The checks every table of a folder gets: seed fidelity of the Chinese, English without Chinese,
 * the glossary, rule and fixture paths, and (for forms) the fixtures' verdicts from the compiler.
 */
export function describeTableChecks(modules: readonly TableModule[]): void {
  describe.each(modules.map((m) => [m.table.id, m] as const))("%s", (_id, module) => {
    const { table } = module;
    const texts = textsOf(module);

    it("copies every Chinese label, option, cell, note and help text from its seed", () => {
      const missing = texts.filter((t) => t.verbatim && !seedPrints(table.source.seed, t.text.zh));
      expect(missing.map((t) => `${t.where}: ${t.text.zh}`)).toEqual([]);
    });

    it("has English for every text, with no Chinese characters in it", () => {
      const bad = texts.filter((t) => !t.text.en.trim() || cjk.test(t.text.en));
      expect(bad.map((t) => `${t.where}: ${t.text.en}`)).toEqual([]);
    });

    it("follows the glossary in every English text", () => {
      expect(glossaryMisses(texts)).toEqual([]);
    });

    if (table.kind === "reference") {
      it("has unique row ids and cells only in its columns", () => {
        const columns = new Set(table.columns.map((c) => c.id));
        expect(new Set(table.rows.map((r) => r.id)).size).toBe(table.rows.length);
        const stray = table.rows.flatMap((r) => Object.keys(r.cells).filter((c) => !columns.has(c)));
        expect(stray).toEqual([]);
      });
      return;
    }

    const fields = fieldsByPath(table);
    const fixtures = module.fixtures;

    it("names only fields of the table in its rules", () => {
      const bad = table.rules.flatMap((rule) =>
        rulePaths(rule)
          .filter((p) => !fields.has(p))
          .map((p) => `${rule.id}: ${p}`),
      );
      expect(bad).toEqual([]);
    });

    it("has fixtures whose values and expected paths name fields of the table", () => {
      expect(fixtures).toBeDefined();
      if (!fixtures) return;
      const all = [
        { name: "valid", value: fixtures.valid },
        { name: "english", value: fixtures.english },
        ...fixtures.invalid,
      ];
      expect(
        all.flatMap((f) => unknownSubmissionPaths(table, f.value).map((p) => `${f.name}: ${p}`)),
      ).toEqual([]);
      expect(fixtures.invalid.filter((f) => !fields.has(f.expect.path)).map((f) => f.name)).toEqual([]);
    });

    if (!fixtures) return;
    const compiled = compileTable(table, { context: fixtures.context });

    it("accepts the valid and the English fixtures with no error and no warning", () => {
      for (const value of [fixtures.valid, fixtures.english]) {
        const result = compiled.validate(value);
        expect(result.errors).toEqual([]);
        expect(result.warnings).toEqual([]);
      }
    });

    it.each(fixtures.invalid.map((f) => [f.name, f] as const))(
      "rejects %s with exactly its one error",
      (_n, f) => {
        const { errors } = compiled.validate(f.value);
        expect(errors.map((e) => ({ rule: e.rule, path: e.path }))).toEqual([f.expect]);
      },
    );
  });
}
