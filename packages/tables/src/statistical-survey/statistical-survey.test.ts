import { businessClassification2022, leafEntries } from "@tianbiao/codes";
import {
  type ChoiceOption,
  type Condition,
  compileTable,
  type Field,
  type FormTable,
  fieldRules,
  type Rule,
  type TableDefinition,
  type Text,
} from "@tianbiao/core";
import { glossary } from "@tianbiao/i18n";
import { describe, expect, it } from "vitest";
import { seedTexts, squeeze } from "../seed-text.test-helper";
import type { TableModule } from "../types";
import { catalogueEntries, surveySeed } from "./common";
import { statisticalSurveyTables } from "./index";

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, index) => String(from + index));

// Every printed field code of each table, in printed order.
const printedCodes: Record<string, string[]> = {
  "enterprise-1": range(101, 120),
  "enterprise-2": range(201, 212),
  "enterprise-3": range(301, 310),
  "enterprise-4": [...range(401, 406), ...range(411, 416), ...range(421, 426)],
  "enterprise-5": range(501, 503),
  "platform-1": [...range(601, 609), ...range(611, 618), ...range(621, 626)],
  "city-1": [],
  "city-2": [],
  "city-3": [],
  "platform-registration": [],
};

const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

// English with any quoted Chinese word (“无”) taken out.
const unquoted = (en: string): string => en.replace(/“[^”]*”/g, "");

const forms = statisticalSurveyTables
  .map((module) => module.table)
  .filter((table): table is FormTable => table.kind === "form");

function modules(): Array<TableModule & { table: FormTable }> {
  return statisticalSurveyTables.filter(
    (module): module is TableModule & { table: FormTable } => module.table.kind === "form",
  );
}

// Every field of a form, depth first, with its path (`*` for rows).
function fieldsOf(table: FormTable): Array<{ field: Field; path: string }> {
  const out: Array<{ field: Field; path: string }> = [];
  const walk = (fields: readonly Field[], prefix: string) => {
    for (const field of fields) {
      const path = prefix === "" ? field.id : `${prefix}.${field.id}`;
      out.push({ field, path });
      if (field.kind === "group") walk(field.fields, path);
      if (field.kind === "rows") walk(field.columns, `${path}.*`);
    }
  };
  for (const section of table.sections) walk(section.fields, "");
  return out;
}

// The printed codes of a form in form order: field codes and matrix row codes.
function codesOf(table: FormTable): string[] {
  const codes: string[] = [];
  for (const { field } of fieldsOf(table)) {
    if (field.code !== undefined) codes.push(field.code);
    if (field.kind === "matrix")
      for (const row of field.rows) if (row.code !== undefined) codes.push(row.code);
  }
  return codes;
}

function optionsOf(options: readonly ChoiceOption[]): ChoiceOption[] {
  return options.flatMap((option) => [option, ...optionsOf(option.children ?? [])]);
}

// Every label of a table with where it sits.
function labelsOf(table: TableDefinition): Array<{ where: string; text: Text }> {
  const out: Array<{ where: string; text: Text }> = [{ where: "title", text: table.title }];
  if (table.tableNo) out.push({ where: "tableNo", text: table.tableNo });
  if (table.kind === "reference") {
    for (const column of table.columns) out.push({ where: `column ${column.id}`, text: column.label });
    return out;
  }
  for (const section of table.sections)
    if (section.title) out.push({ where: `section ${section.id}`, text: section.title });
  for (const { field, path } of fieldsOf(table)) {
    out.push({ where: path, text: field.label });
    if (field.kind === "choice") {
      for (const option of optionsOf(field.options))
        out.push({ where: `${path} = ${option.value}`, text: option.label });
    }
    if (field.kind === "rows") {
      for (const kind of field.rowKinds ?? [])
        out.push({ where: `${path} rowKind ${kind.value}`, text: kind.label });
    }
    if (field.kind === "matrix") {
      for (const row of field.rows) out.push({ where: `${path}.${row.id}`, text: row.label });
      for (const column of field.columns)
        out.push({ where: `${path} column ${column.id}`, text: column.label });
    }
  }
  return out;
}

// The English terms a Chinese text owes the glossary, longer terms first; prose may use plurals.
function missingTerms(text: Text, plurals = false): string[] {
  const terms = [...glossary].sort((a, b) => b[0].length - a[0].length);
  let rest = text.zh;
  const missing: string[] = [];
  for (const [zh, en] of terms) {
    if (!rest.includes(zh)) continue;
    const term = en.toLowerCase();
    const forms = plurals ? [term, term.replace(/y$/, "ies"), `${term}s`] : [term];
    if (!forms.some((form) => text.en.toLowerCase().includes(form))) missing.push(`${zh} → ${en}`);
    rest = rest.split(zh).join("\u0000");
  }
  return missing;
}

// Whether a path names a field of the form: groups by id, rows by index or `*` (and `rowKind`),
// matrix cells as row.column (not a cell printed —), money parts, and `<choice>Other`.
function resolves(table: FormTable, path: string): boolean {
  const segments = path.split(".");
  let level: readonly Field[] = table.sections.flatMap((section) => section.fields);
  let field: Field | undefined;
  for (let i = 0; i < segments.length; i += 1) {
    const key = segments[i] as string;
    const last = i === segments.length - 1;
    if (field?.kind === "rows") {
      if (key !== "*" && !/^\d+$/.test(key)) return false;
      const next = segments[i + 1];
      if (next === "rowKind") return field.rowKinds !== undefined && i + 1 === segments.length - 1;
      level = field.columns;
      field = undefined;
      if (last) return true;
      continue;
    }
    if (field?.kind === "matrix") {
      const row = field.rows.find((candidate) => candidate.id === key && candidate.heading !== true);
      const column = segments[i + 1];
      if (row === undefined || column === undefined || i + 1 !== segments.length - 1) return false;
      return (
        field.columns.some((candidate) => candidate.id === column) && !(row.blank ?? []).includes(column)
      );
    }
    if (field?.kind === "money")
      return last && ["amount", "currency", "rate", "rateDate", "usd"].includes(key);
    if (field !== undefined && field.kind !== "group") return false;
    const found: Field | undefined = level.find((candidate) => candidate.id === key);
    if (found === undefined) {
      const base = key.endsWith("Other")
        ? level.find((candidate) => candidate.id === key.slice(0, -5))
        : undefined;
      return last && base?.kind === "choice" && base.otherValue !== undefined;
    }
    field = found;
    if (found.kind === "group") level = found.fields;
  }
  return field !== undefined;
}

function conditionPaths(condition: Condition | undefined): string[] {
  if (condition === undefined) return [];
  return [
    ...(condition.field === undefined ? [] : [condition.field]),
    ...(condition.all ?? []).flatMap(conditionPaths),
    ...(condition.any ?? []).flatMap(conditionPaths),
    ...conditionPaths(condition.not),
  ];
}

function rulePaths(rule: Rule): string[] {
  const own = ((): string[] => {
    switch (rule.kind) {
      case "requiredWhen":
      case "onlyWhen":
        return [rule.target, ...conditionPaths(rule.when)];
      case "sum":
        return [rule.total, ...rule.parts];
      case "atMost":
        return [rule.whole, ...rule.parts];
      case "totalEquals":
        return rule.parts;
      case "requireOne":
        return rule.targets;
      case "threshold":
        return [rule.target, ...conditionPaths(rule.when)];
      case "derived":
        return [
          rule.target,
          ...(rule.formula.of as ReadonlyArray<string | { context: string }>).filter(
            (operand): operand is string => typeof operand === "string",
          ),
        ];
    }
  })();
  return rule.at === undefined ? own : [...own, rule.at];
}

const seed = (): string => seedTexts().get(surveySeed) ?? "";

// For help and notes: whitespace, punctuation and symbols removed, full-width folded.
const bare = (text: string): string => text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");

describe("statistical survey tables", () => {
  it("are listed in 报表目录 order, then the registration form and the two reference tables", () => {
    expect(statisticalSurveyTables.map((module) => module.table.id)).toEqual([
      ...catalogueEntries.map((entry) => entry.tableId),
      "platform-registration",
      "survey-catalogue",
      "business-classification-2022",
    ]);
  });

  it("carry the identity the tables print", () => {
    for (const table of forms.filter((form) => form.id !== "platform-registration")) {
      expect(table.tableNo?.zh, table.id).toMatch(/^服务外包统(企业|平台|城市)[１-５]表$/u);
      expect(table.issuer?.zh).toBe("商务部");
      expect(table.approver?.zh).toBe("国家统计局");
      expect(table.approvalNo?.zh).toBe("国统制〔2022〕45号");
      expect(table.validUntil).toBe("2025-03");
      expect(table.period).toBe(["enterprise-2", "enterprise-3"].includes(table.id) ? "monthly" : "annual");
      expect(table.deadline?.zh.length).toBeGreaterThan(0);
      expect(table.source.seed).toBe(surveySeed);
    }
  });

  it("has every printed field code exactly once, in printed order", () => {
    for (const table of forms) expect(codesOf(table), table.id).toEqual(printedCodes[table.id]);
  });

  it("gives every label Chinese and English, with no Chinese in the English", () => {
    for (const module of statisticalSurveyTables) {
      for (const { where, text } of labelsOf(module.table)) {
        expect(text.zh.trim(), `${module.table.id} ${where}`).not.toBe("");
        expect(text.en.trim(), `${module.table.id} ${where}`).not.toBe("");
        expect(text.en, `${module.table.id} ${where}`).not.toMatch(cjk);
      }
    }
  });

  it("uses the glossary term for every glossary word in a label", () => {
    for (const module of statisticalSurveyTables) {
      for (const { where, text } of labelsOf(module.table)) {
        expect(missingTerms(text), `${module.table.id} ${where}: ${text.zh} / ${text.en}`).toEqual([]);
      }
    }
  });

  it("uses the glossary term in help, notes, discrepancies and reference cells too", () => {
    const misses: string[] = [];
    for (const module of statisticalSurveyTables) {
      const table = module.table;
      const texts: Text[] = [...(table.notes ?? []), ...(table.discrepancies ?? [])];
      if (table.kind === "form") {
        for (const { field } of fieldsOf(table)) if (field.help) texts.push(field.help);
        for (const section of table.sections) if (section.note) texts.push(section.note);
      } else {
        for (const row of table.rows) texts.push(...Object.values(row.cells));
      }
      for (const text of texts)
        misses.push(...missingTerms(text, true).map((term) => `${table.id}: ${term} in ${text.en}`));
    }
    expect(misses).toEqual([]);
  });

  it("has no Chinese in English help, notes and discrepancies, apart from quoted words", () => {
    for (const module of statisticalSurveyTables) {
      const table = module.table;
      const texts: Text[] = [...(table.notes ?? []), ...(table.discrepancies ?? [])];
      if (table.kind === "form") {
        for (const { field } of fieldsOf(table)) if (field.help) texts.push(field.help);
        for (const section of table.sections) if (section.note) texts.push(section.note);
      }
      for (const text of texts) {
        expect(text.zh.trim(), table.id).not.toBe("");
        expect(unquoted(text.en), `${table.id}: ${text.en}`).not.toMatch(cjk);
      }
    }
  });

  it("copies labels, 说明 and 指标解释 from the seed", () => {
    const text = seed();
    const flat = bare(text);
    for (const module of statisticalSurveyTables) {
      const table = module.table;
      for (const { where, text: label } of labelsOf(table)) {
        expect(text.includes(squeeze(label.zh)), `${table.id} ${where}: ${label.zh}`).toBe(true);
      }
      if (table.kind !== "form") continue;
      const printedNotes = (table.notes ?? []).filter((note) => !note.zh.startsWith("编者注"));
      for (const note of printedNotes)
        expect(flat.includes(bare(note.zh)), `${table.id}: ${note.zh}`).toBe(true);
      for (const { field, path } of fieldsOf(table)) {
        for (const line of field.help?.zh.split("\n") ?? []) {
          expect(flat.includes(bare(line)), `${table.id} ${path}: ${line}`).toBe(true);
        }
      }
    }
  });

  it("quotes the document's words as every rule's source, or says it is this project's judgement", () => {
    const flat = bare(seed());
    const judgement = { zh: "本项目判断：", en: "This project's judgement: " };
    const bad: string[] = [];
    for (const table of forms) {
      for (const rule of table.rules) {
        const where = `${table.id} ${rule.id}`;
        const source = rule.source;
        if (source === undefined) bad.push(`${where}: no source`);
        else if (source.zh.startsWith(judgement.zh)) {
          if (!source.en.startsWith(judgement.en)) bad.push(`${where}: ${source.en}`);
        } else {
          for (const line of source.zh.split("\n"))
            if (!flat.includes(bare(line))) bad.push(`${where}: ${line}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("gives every choice options, every heading children, and unique selectable values", () => {
    for (const table of forms) {
      for (const { field, path } of fieldsOf(table)) {
        if (field.kind !== "choice") continue;
        expect(field.options.length, `${table.id} ${path}`).toBeGreaterThan(0);
        const all = optionsOf(field.options);
        for (const option of all) {
          if (option.children !== undefined)
            expect(option.children.length, `${path} ${option.value}`).toBeGreaterThan(0);
        }
        const selectable = all
          .filter((option) => option.children === undefined)
          .map((option) => option.value);
        expect(new Set(selectable).size, `${table.id} ${path}`).toBe(selectable.length);
        if (field.otherValue !== undefined)
          expect(selectable, `${table.id} ${path}`).toContain(field.otherValue);
      }
    }
  });

  it("names only fields of the table in rules and showWhen conditions", () => {
    for (const table of forms) {
      expect(new Set(table.rules.map((rule) => rule.id)).size, table.id).toBe(table.rules.length);
      for (const rule of table.rules) {
        for (const path of rulePaths(rule))
          expect(resolves(table, path), `${table.id} ${rule.id}: ${path}`).toBe(true);
      }
      for (const { field, path } of fieldsOf(table)) {
        for (const target of conditionPaths(field.showWhen)) {
          expect(resolves(table, target), `${table.id} ${path} showWhen ${target}`).toBe(true);
        }
      }
    }
  });

  it("points every invalid fixture at a field and at a table rule or a field check", () => {
    for (const module of modules()) {
      const { table, fixtures } = module;
      expect(fixtures, table.id).toBeDefined();
      if (!fixtures) continue;
      const ruleIds = new Set<string>([...table.rules.map((rule) => rule.id), ...fieldRules]);
      const names = fixtures.invalid.map((fixture) => fixture.name);
      expect(new Set(names).size, table.id).toBe(names.length);
      for (const fixture of fixtures.invalid) {
        expect(
          resolves(table, fixture.expect.path),
          `${table.id} ${fixture.name}: ${fixture.expect.path}`,
        ).toBe(true);
        expect(ruleIds.has(fixture.expect.rule), `${table.id} ${fixture.name}: ${fixture.expect.rule}`).toBe(
          true,
        );
        expect(fixture.description.zh.trim()).not.toBe("");
        expect(unquoted(fixture.description.en), fixture.name).not.toMatch(cjk);
      }
      const broken = new Set(
        [...fixtures.invalid, ...(fixtures.warnings ?? [])].map((fixture) => fixture.expect.rule),
      );
      for (const rule of table.rules) {
        expect(broken.has(rule.id), `${table.id}: no fixture breaks ${rule.id}`).toBe(true);
      }
    }
  });

  it("builds 209 and 表1 from the code list with the form's wording", () => {
    const enterprise2 = forms.find((table) => table.id === "enterprise-2");
    const businessType =
      enterprise2 && fieldsOf(enterprise2).find(({ field }) => field.code === "209")?.field;
    expect(businessType?.kind).toBe("choice");
    if (businessType?.kind !== "choice") return;
    const leaves = optionsOf(businessType.options).filter((option) => option.children === undefined);
    expect(leaves.map((option) => option.value)).toEqual(
      leafEntries(businessClassification2022).map((e) => e.code),
    );
    expect(leaves).toHaveLength(45);
    expect(businessType.options.map((option) => option.label.zh)).toEqual([
      "信息技术外包（ITO）",
      "业务流程外包（BPO）",
      "知识流程外包（KPO）",
    ]);
    expect(businessType.multiple).not.toBe(true);
    // Every 小类 label is printed on the form as a 〇 option.
    const form = squeeze(seed().slice(seed().indexOf("209信息技术"), seed().indexOf("210中文名称")));
    for (const option of leaves) expect(form.includes(`〇${option.label.zh}`), option.label.zh).toBe(true);
  });

  it("keeps the 上年同期 cell only where the form leaves it open", () => {
    const open = (id: string) => {
      const table = forms.find((form) => form.id === id);
      const matrix = table && fieldsOf(table).find(({ field }) => field.kind === "matrix")?.field;
      if (matrix?.kind !== "matrix") return [];
      return matrix.rows
        .filter((row) => row.heading !== true && !(row.blank ?? []).includes("previous"))
        .map((row) => row.code);
    };
    expect(open("enterprise-4")).toEqual(["401", "411", "421"]);
    expect(open("platform-1")).toEqual(["601", "611", "621"]);
  });
});

describe("statistical survey fixtures", () => {
  for (const { table, fixtures } of modules()) {
    if (!fixtures) continue;
    describe(table.id, () => {
      const compiled = compileTable(table, { context: fixtures.context });

      it("accepts the valid and the English fixtures without errors or warnings", () => {
        for (const value of [fixtures.valid, fixtures.english]) {
          const result = compiled.validate(value);
          expect(result.errors).toEqual([]);
          expect(result.warnings).toEqual([]);
          expect(result.ok).toBe(true);
        }
      });

      for (const fixture of fixtures.invalid) {
        it(`reports exactly one finding for ${fixture.name}`, () => {
          const result = compiled.validate(fixture.value);
          const findings = [...result.errors, ...result.warnings];
          expect(findings.map((finding) => ({ rule: finding.rule, path: finding.path }))).toEqual([
            fixture.expect,
          ]);
          expect(result.errors).toHaveLength(1);
          expect(result.ok).toBe(false);
        });
      }

      for (const fixture of fixtures.warnings ?? []) {
        it(`accepts ${fixture.name} with exactly one warning`, () => {
          const result = compiled.validate(fixture.value);
          expect(result.errors).toEqual([]);
          expect(result.warnings.map((finding) => ({ rule: finding.rule, path: finding.path }))).toEqual([
            fixture.expect,
          ]);
          expect(table.rules.find((rule) => rule.id === fixture.expect.rule)?.severity).toBe("warning");
        });
      }
    });
  }
});
