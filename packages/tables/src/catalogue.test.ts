import {
  businessClassification2022,
  type CodeEntry,
  type CodeList,
  cciipFunctionalAreas,
  cciipIndustries,
  certifications,
  demonstrationCities,
  gbt4754Sections,
  gbt4754Sections2011,
  guidanceCatalogue2018,
  provinceQuotaSource,
  provinces,
  registrationTypes2011,
  trainingCategories,
  urbanRuralCodes,
} from "@tianbiao/codes";
import { type Field, type Text, walkFields } from "@tianbiao/core";
import { glossary } from "@tianbiao/i18n";
import { describe, expect, it } from "vitest";
import { catalog, tableModules } from "./catalogue";
import { seedTexts, squeeze } from "./seed-text.test-helper";

const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every bilingual text of a table, with where it comes from. */
function textsOf(module: (typeof tableModules)[number]): Array<{ where: string; text: Text }> {
  const { table } = module;
  const out: Array<{ where: string; text: Text }> = [{ where: "title", text: table.title }];
  if (table.tableNo) out.push({ where: "tableNo", text: table.tableNo });
  if (table.kind === "reference") {
    for (const column of table.columns) out.push({ where: `column ${column.id}`, text: column.label });
    for (const row of table.rows) {
      for (const [col, cell] of Object.entries(row.cells))
        out.push({ where: `row ${row.id}.${col}`, text: cell });
    }
    return out;
  }
  for (const section of table.sections)
    if (section.title) out.push({ where: `section ${section.id}`, text: section.title });
  walkFields(table, (field: Field, path: string) => {
    out.push({ where: path, text: field.label });
    if (field.kind === "choice") {
      const visit = (options: typeof field.options) => {
        for (const option of options) {
          out.push({ where: `${path} option ${option.value}`, text: option.label });
          visit(option.children ?? []);
        }
      };
      visit(field.options);
    }
    if (field.kind === "matrix") {
      for (const row of field.rows) out.push({ where: `${path}.${row.id}`, text: row.label });
      for (const column of field.columns)
        out.push({ where: `${path} column ${column.id}`, text: column.label });
    }
    if (field.kind === "rows")
      for (const kind of field.rowKinds ?? []) out.push({ where: `${path} kind`, text: kind.label });
  });
  return out;
}

/** The names of a table's source document and of its part, and the document numbers it prints. */
function documentTitlesOf(module: (typeof tableModules)[number]): Array<{ where: string; text: Text }> {
  const { table } = module;
  const out = [{ where: "source document", text: table.source.document }];
  if (table.source.section) out.push({ where: "source section", text: table.source.section });
  if (table.approvalNo) out.push({ where: "approvalNo", text: table.approvalNo });
  if (table.issuer) out.push({ where: "issuer", text: table.issuer });
  return out;
}

const codeLists: CodeList[] = [
  businessClassification2022,
  gbt4754Sections,
  gbt4754Sections2011,
  registrationTypes2011,
  urbanRuralCodes,
  certifications,
  trainingCategories,
  demonstrationCities,
  cciipIndustries,
  cciipFunctionalAreas,
];

/** Every text of the code lists in @tianbiao/codes: titles, sources, labels at every level, definitions. */
function codeListTexts(): Array<{ where: string; text: Text }> {
  const out: Array<{ where: string; text: Text }> = [];
  const visit = (list: string, entries: readonly CodeEntry[]) => {
    for (const entry of entries) {
      out.push({ where: `${list} ${entry.code}`, text: entry.label });
      if (entry.definition) out.push({ where: `${list} ${entry.code} definition`, text: entry.definition });
      visit(list, entry.children ?? []);
    }
  };
  for (const list of codeLists) {
    out.push(
      { where: `${list.id} title`, text: list.title },
      { where: `${list.id} source`, text: list.source },
    );
    visit(list.id, list.entries);
  }
  const guidance = guidanceCatalogue2018;
  out.push({ where: `${guidance.id} title`, text: guidance.title });
  out.push({ where: `${guidance.id} source`, text: guidance.source });
  for (const field of guidance.fields) {
    out.push({ where: `${guidance.id} ${field.code}`, text: field.label });
    out.push({ where: `${guidance.id} ${field.code} definition`, text: field.definition });
    out.push({ where: `${guidance.id} ${field.code} businessTypes`, text: field.businessTypes });
    out.push({ where: `${guidance.id} ${field.code} sectors`, text: field.sectors });
  }
  for (const province of provinces) out.push({ where: `provinces ${province.code}`, text: province.label });
  out.push({ where: "provinces quota source", text: provinceQuotaSource });
  return out;
}

describe("the catalogue", () => {
  it("lists every official table of the five documents", () => {
    const ids = catalog().tables.map((t) => t.id);
    for (const id of [
      "enterprise-1",
      "enterprise-2",
      "enterprise-3",
      "enterprise-4",
      "enterprise-5",
      "platform-1",
      "city-1",
      "city-2",
      "city-3",
      "platform-registration",
      "survey-catalogue",
      "business-classification-2022",
      "key-enterprise-application",
      "cciip-industries",
      "cciip-functional-areas",
      "guidance-catalogue-2018",
      "gazette-domestic-trade-standards",
      "gazette-ammonia-limits",
      "gazette-ammonia-entry",
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("carries every printed field code of the statistical tables", () => {
    const codes = new Set(catalog().tables.flatMap((t) => t.fields.map((f) => f.code).filter(Boolean)));
    const range = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    const printed = [
      ...range(101, 120),
      ...range(201, 212),
      ...range(301, 310),
      ...range(401, 406),
      ...range(411, 416),
      ...range(421, 426),
      ...range(501, 503),
      ...range(601, 609),
      ...range(611, 618),
      ...range(621, 626),
    ];
    expect(printed.filter((code) => !codes.has(code))).toEqual([]);
  });

  it("types every Chinese label, option and cell as the documents print it", () => {
    const seeds = seedTexts();
    const missing: string[] = [];
    for (const module of tableModules) {
      const seed = seeds.get(module.table.source.seed);
      expect(seed, `${module.table.id} names seed ${module.table.source.seed}`).toBeDefined();
      for (const { where, text } of textsOf(module)) {
        if (!seed?.includes(squeeze(text.zh))) missing.push(`${module.table.id} ${where}: ${text.zh}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has English for every label, with no Chinese characters in it", () => {
    const bad: string[] = [];
    for (const module of tableModules) {
      for (const { where, text } of textsOf(module)) {
        if (!text.en.trim() || cjk.test(text.en))
          bad.push(`${module.table.id} ${where}: ${JSON.stringify(text.en)}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("uses one English term for one Chinese term across all tables, document titles and code lists (the glossary)", () => {
    const sorted = [...glossary].sort((a, b) => b[0].length - a[0].length);
    const texts = [
      ...tableModules.flatMap((module) =>
        [...textsOf(module), ...documentTitlesOf(module)].map(({ where, text }) => ({
          where: `${module.table.id} ${where}`,
          text,
        })),
      ),
      ...codeListTexts(),
    ];
    const bad: string[] = [];
    for (const { where, text } of texts) {
      let zh = text.zh;
      for (const [term, english] of sorted) {
        if (!zh.includes(term)) continue;
        zh = zh.split(term).join("\u0000");
        const wanted = english.toLowerCase();
        // Titles and definitions may name a term in the plural (demonstration cities).
        const forms = [wanted, `${wanted}s`, wanted.replace(/y$/, "ies")];
        if (!forms.some((form) => text.en.toLowerCase().includes(form))) {
          bad.push(`${where}: "${term}" should read "${english}" in "${text.en}"`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("gives every form table fixtures", () => {
    const forms = tableModules.filter((m) => m.table.kind === "form");
    for (const module of forms) {
      expect(module.fixtures, module.table.id).toBeDefined();
      expect(module.fixtures?.invalid.length, module.table.id).toBeGreaterThan(0);
    }
  });
});
