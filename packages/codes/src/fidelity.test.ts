import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { businessClassification2022 } from "./lists/business-classification-2022";
import { cciipFunctionalAreas, cciipIndustries } from "./lists/cciip";
import { certifications } from "./lists/certifications";
import { demonstrationCities } from "./lists/demonstration-cities";
import { gbt4754Sections } from "./lists/gbt4754-sections";
import { guidanceCatalogue2018 } from "./lists/guidance-catalogue-2018";
import { registrationTypes2011 } from "./lists/registration-types";
import { trainingCategories } from "./lists/training-categories";
import type { CodeEntry, CodeList } from "./types";

const seedDirectory = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/seeds");

// The seeds are PDF text: line breaks fall anywhere, and the PDF's bullet glyphs sit in the
// private use area. Compare with all of that removed from both sides.
const squeeze = (s: string) => s.replace(/[\s\uE000-\uF8FF]/gu, "");
const seed = (file: string) => squeeze(readFileSync(resolve(seedDirectory, file), "utf8"));

const statistics = seed("002_d6d363500db4324d.txt");
const gazette = seed("003_6cfbef6d7c8dee8a.txt");
const zhengzhou = seed("004_d68624f843cbab38.txt");
const cciip = seed("000_93233fa4262e9f91.txt");

const walk = (entries: CodeEntry[]): CodeEntry[] =>
  entries.flatMap((entry) => [entry, ...walk(entry.children ?? [])]);

const missingLabels = (list: CodeList, text: string) =>
  walk(list.entries)
    .map((entry) => entry.label.zh)
    .filter((label) => !text.includes(squeeze(label)));

// A definition line is a paragraph of the seed; the bullet "• " stands for the PDF's glyph.
const missingDefinitionLines = (list: CodeList, text: string) =>
  walk(list.entries)
    .flatMap((entry) => entry.definition?.zh.split("\n") ?? [])
    .filter((line) => !text.includes(squeeze(line.replace(/^• /, ""))));

const labelCases = (
  [
    [businessClassification2022, statistics],
    [gbt4754Sections, statistics],
    [registrationTypes2011, statistics],
    [certifications, statistics],
    [trainingCategories, statistics],
    [demonstrationCities, gazette],
    [cciipIndustries, cciip],
    [cciipFunctionalAreas, cciip],
  ] as Array<[CodeList, string]>
).map(([list, text]) => ({ id: list.id, list, text }));

const definitionCases = labelCases.filter(({ list }) => walk(list.entries).some((entry) => entry.definition));

describe("labels as printed in the seeds", () => {
  it.each(labelCases)("$id: every zh label appears in its seed", ({ list, text }) => {
    expect(missingLabels(list, text)).toEqual([]);
  });

  it("guidance-catalogue-2018: every zh label appears in its seed", () => {
    const missing = guidanceCatalogue2018.fields
      .map((field) => field.label.zh)
      .filter((label) => !zhengzhou.includes(label));
    expect(missing).toEqual([]);
  });
});

describe("definitions as printed in the seeds", () => {
  it("covers the lists that carry definitions", () => {
    expect(definitionCases.map(({ id }) => id)).toEqual([
      "business-classification-2022",
      "certifications",
      "training-categories",
      "cciip-industries",
    ]);
  });

  it.each(definitionCases)("$id: every zh definition line appears in its seed", ({ list, text }) => {
    expect(missingDefinitionLines(list, text)).toEqual([]);
  });

  it("guidance-catalogue-2018: every zh text appears in its seed", () => {
    const missing = guidanceCatalogue2018.fields
      .flatMap((field) => [field.definition.zh, field.businessTypes.zh, field.sectors.zh])
      .filter((text) => !zhengzhou.includes(squeeze(text)));
    expect(missing).toEqual([]);
  });
});

describe("counts the documents state", () => {
  it("服务外包业务统计分类包括 3个大类，9个中类、45 个小类", () => {
    const [, tops, mids, smalls] =
      statistics.match(/服务外包业务统计分类包括(\d+)个大类，(\d+)个中类、(\d+)个小类/) ?? [];
    const entries = businessClassification2022.entries;
    const midEntries = entries.flatMap((entry) => entry.children ?? []);
    expect([
      entries.length,
      midEntries.length,
      midEntries.flatMap((entry) => entry.children ?? []).length,
    ]).toEqual([tops, mids, smalls].map(Number));
  });

  it("本目录共涉及 23 个重点发展领域 (8 ITO, 6 BPO, 9 KPO)", () => {
    const match = zhengzhou.match(
      /本目录共涉及(\d+)个重点发展领域。其中，(\d+)个领域属于信息技术外包（ITO）范畴，(\d+)个领域属于业务流程外包（BPO）范畴，(\d+)个领域属于知识流程外包（KPO）范畴/,
    );
    const fields = guidanceCatalogue2018.fields;
    const count = (category: string) => fields.filter((field) => field.category === category).length;
    expect([fields.length, count("ITO"), count("BPO"), count("KPO")]).toEqual(match?.slice(1).map(Number));
  });

  it("共认定…等21个城市为中国服务外包示范城市", () => {
    const [, names, total] = gazette.match(/共认定(.+?)等(\d+)个城市为中国服务外包示范城市/) ?? [];
    expect(names?.split("、")).toEqual(demonstrationCities.entries.map((city) => city.label.zh));
    expect(Number(total)).toBe(demonstrationCities.entries.length);
  });

  it("企业2表 209 prints the 45 小类 of 表1 in the same order", () => {
    const start = statistics.indexOf("合同业务类型209");
    const block = statistics.slice(start, statistics.indexOf("发包企业210", start));
    const printed = block
      .split("〇")
      .slice(1)
      .map((item) => item.split(/\d\.|业务流程外包|知识流程外包/)[0]);
    const table = businessClassification2022.entries
      .flatMap((entry) => entry.children ?? [])
      .flatMap((entry) => entry.children ?? [])
      .map((entry) => entry.label.zh);
    expect(printed).toEqual(table);
  });
});
