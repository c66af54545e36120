import { describe, expect, it } from "vitest";
import { glossary } from "../../../i18n/src/glossary";
import { findCodeEntry, leafEntries } from "../code-list";
import type { CodeEntry, CodeList, Text } from "../types";
import { businessClassification2022 } from "./business-classification-2022";
import { cciipFunctionalAreas, cciipIndustries } from "./cciip";
import { certifications } from "./certifications";
import { demonstrationCities } from "./demonstration-cities";
import {
  gbt4754DivisionRanges,
  gbt4754DivisionRanges2011,
  gbt4754Editions,
  gbt4754Sections,
  gbt4754Sections2011,
  sectionOfIndustryCode,
} from "./gbt4754-sections";
import { guidanceCatalogue2018 } from "./guidance-catalogue-2018";
import { provinceQuotaSource, provinces, quotaForProvince } from "./provinces";
import { registrationTypeLists, registrationTypes2011 } from "./registration-types";
import { trainingCategories } from "./training-categories";
import { urbanRuralCodes } from "./urban-rural-codes";

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

const walk = (entries: CodeEntry[]): CodeEntry[] =>
  entries.flatMap((entry) => [entry, ...walk(entry.children ?? [])]);

/** Every Text of every list: titles, sources, labels, definitions, catalogue fields, provinces. */
const allTexts = (): Array<[where: string, text: Text]> => [
  ...codeLists.flatMap((list) => [
    [`${list.id} title`, list.title] as [string, Text],
    [`${list.id} source`, list.source] as [string, Text],
    ...walk(list.entries).flatMap((entry) => {
      const texts: Array<[string, Text]> = [[`${list.id} ${entry.code}`, entry.label]];
      if (entry.definition) texts.push([`${list.id} ${entry.code} definition`, entry.definition]);
      return texts;
    }),
  ]),
  ["guidance title", guidanceCatalogue2018.title],
  ["guidance source", guidanceCatalogue2018.source],
  ...guidanceCatalogue2018.fields.flatMap(
    (field): Array<[string, Text]> => [
      [`guidance ${field.code}`, field.label],
      [`guidance ${field.code} definition`, field.definition],
      [`guidance ${field.code} businessTypes`, field.businessTypes],
      [`guidance ${field.code} sectors`, field.sectors],
    ],
  ),
  ...provinces.flatMap(
    (province): Array<[string, Text]> => [
      [`province ${province.code}`, province.label],
      [`province ${province.code} short`, province.shortLabel],
    ],
  ),
  ["province quota source", provinceQuotaSource],
];

// CJK ideographs and radicals, CJK symbols and punctuation, kana, full-width forms.
const cjk = /[\u2E80-\u2FDF\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]/u;

describe("every list", () => {
  it("has a non-empty Chinese and English text everywhere, with no CJK characters in the English", () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(400);
    for (const [where, text] of texts) {
      expect(text.zh.trim(), where).not.toBe("");
      expect(text.en.trim(), where).not.toBe("");
      expect(text.en, where).not.toMatch(cjk);
    }
  });

  it("has unique codes within each list", () => {
    for (const list of codeLists) {
      const codes = walk(list.entries).map((entry) => entry.code);
      expect(new Set(codes).size, list.id).toBe(codes.length);
    }
  });

  it("follows the glossary: where the Chinese has a term, the English has its term", () => {
    // The glossary lives in @tianbiao/i18n, which this package does not depend on; the test imports
    // its source file (plain data, no imports), so entries of any layout count.
    const terms = glossary;
    expect(terms.length).toBeGreaterThan(50);
    const plural = (term: string) => (term.endsWith("y") ? `${term.slice(0, -1)}ies` : `${term}s`);
    for (const [where, text] of allTexts()) {
      const en = text.en.toLowerCase();
      for (const [zh, term] of terms) {
        if (!text.zh.includes(zh)) continue;
        const wanted = term.toLowerCase();
        expect(en.includes(wanted) || en.includes(plural(wanted)), `${where}: ${zh} → ${term}`).toBe(true);
      }
    }
  });
});

describe("businessClassification2022", () => {
  const tops = businessClassification2022.entries;
  const mids = tops.flatMap((top) => top.children ?? []);
  const smalls = mids.flatMap((mid) => mid.children ?? []);

  it("has 3 大类, 9 中类 and 45 小类", () => {
    expect(tops.map((top) => top.code)).toEqual(["ITO", "BPO", "KPO"]);
    expect(mids.map((mid) => mid.code)).toEqual(["I1", "I2", "I3", "B1", "B2", "B3", "K1", "K2", "K3"]);
    expect(smalls).toHaveLength(45);
  });

  it("nests every code under its parent and gives every entry a definition starting 指", () => {
    for (const top of tops) {
      for (const mid of top.children ?? []) {
        expect(mid.code.charAt(0)).toBe(top.code.charAt(0));
        for (const small of mid.children ?? []) expect(small.code).toMatch(new RegExp(`^${mid.code}\\d$`));
      }
    }
    for (const entry of walk(tops)) expect(entry.definition?.zh, entry.code).toMatch(/^指/);
  });

  it("keeps the 主要包括 and 不包括 blocks line for line in both languages", () => {
    for (const entry of walk(tops)) {
      const zh = entry.definition?.zh.split("\n") ?? [];
      const en = entry.definition?.en.split("\n") ?? [];
      expect(en.length, entry.code).toBe(zh.length);
      zh.forEach((line, i) => {
        if (line === "主要包括：") expect(en[i]).toBe("Main inclusions:");
        if (line === "不包括：") expect(en[i]).toBe("Exclusions:");
        if (line.startsWith("• ")) expect(en[i]?.startsWith("• "), `${entry.code} line ${i}`).toBe(true);
      });
    }
  });

  it("has the 小类 counts per 中类 of 表1", () => {
    expect(mids.map((mid) => mid.children?.length)).toEqual([5, 4, 7, 4, 7, 5, 4, 5, 4]);
  });
});

describe("gbt4754Sections", () => {
  it("has the 20 门类 A–T", () => {
    expect(gbt4754Sections.entries.map((entry) => entry.code).join("")).toBe("ABCDEFGHIJKLMNOPQRST");
  });

  it.each([
    ["2017", 97],
    ["2011", 96],
  ] as const)("has %s division ranges that cover 01–%i without gaps or overlaps", (edition, last) => {
    const { sections, divisionRanges } = gbt4754Editions[edition];
    expect(sections.version).toBe(`GB/T 4754-${edition}`);
    let next = 1;
    for (const section of sections.entries) {
      const [from, to] = divisionRanges[section.code] ?? [0, -1];
      expect(from, section.code).toBe(next);
      next = to + 1;
    }
    expect(next).toBe(last + 1);
  });

  it("has the same 门类 in both editions; the 大类 differ from N on, where 2017 added 79", () => {
    expect(gbt4754Sections2011.entries).toEqual(gbt4754Sections.entries);
    const moved = gbt4754Sections.entries
      .map((entry) => entry.code)
      .filter((code) => gbt4754DivisionRanges[code]?.join() !== gbt4754DivisionRanges2011[code]?.join());
    expect(moved).toEqual(["N", "O", "P", "Q", "R", "S", "T"]);
    expect(gbt4754DivisionRanges.N).toEqual([76, 79]);
    expect(gbt4754DivisionRanges2011.N).toEqual([76, 78]);
  });

  it("maps industry codes to their section in each edition", () => {
    expect(sectionOfIndustryCode("6513")).toBe("I");
    expect(sectionOfIndustryCode("0111")).toBe("A");
    expect(sectionOfIndustryCode("97")).toBe("T");
    expect(sectionOfIndustryCode("9800")).toBeUndefined();
    expect(sectionOfIndustryCode("x1")).toBeUndefined();
    expect(sectionOfIndustryCode("6510", "2011")).toBe("I");
    expect(sectionOfIndustryCode("9600", "2011")).toBe("T");
    expect(sectionOfIndustryCode("9600", "2017")).toBe("S");
    expect(sectionOfIndustryCode("8200", "2011")).toBe("P");
    expect(sectionOfIndustryCode("8200", "2017")).toBe("O");
    expect(sectionOfIndustryCode("9700", "2011")).toBeUndefined();
  });
});

describe("registrationTypes2011", () => {
  it("has the three headings with the printed codes under them", () => {
    expect(registrationTypes2011.entries.map((entry) => entry.code)).toEqual(["1", "2", "3"]);
    expect(registrationTypes2011.entries.map((entry) => entry.children?.length)).toEqual([15, 5, 5]);
    expect(findCodeEntry(registrationTypes2011, "151")?.label.zh).toBe("国有独资公司");
    expect(findCodeEntry(registrationTypes2011, "190")?.label.zh).toBe("其他");
    for (const heading of registrationTypes2011.entries) {
      for (const child of heading.children ?? []) expect(child.code.charAt(0)).toBe(heading.code);
    }
  });

  it("is listed by version", () => {
    expect(registrationTypes2011.version).toBe("2011");
    expect(registrationTypeLists["2011"]).toBe(registrationTypes2011);
  });
});

describe("urbanRuralCodes", () => {
  it("has the seven codes with their national names", () => {
    expect(urbanRuralCodes.entries.map((entry) => `${entry.code} ${entry.label.zh}`)).toEqual([
      "111 主城区",
      "112 城乡结合区",
      "121 镇中心区",
      "122 镇乡结合区",
      "123 特殊区域",
      "210 乡中心区",
      "220 村庄",
    ]);
  });
});

describe("certifications", () => {
  it("has five CMM and five CMM(I) levels and the 20 other items as printed", () => {
    expect(findCodeEntry(certifications, "CMM")?.children?.map((entry) => entry.code)).toEqual([
      "CMM-1",
      "CMM-2",
      "CMM-3",
      "CMM-4",
      "CMM-5",
    ]);
    expect(findCodeEntry(certifications, "CMMI")?.children?.map((entry) => entry.label.zh)).toEqual([
      "一级",
      "二级",
      "三级",
      "四级",
      "五级",
    ]);
    expect(findCodeEntry(certifications, "OTHERS")?.children).toHaveLength(20);
    expect(leafEntries(certifications)).toHaveLength(30);
  });

  it("has the 21 definitions of 指标解释 （五）", () => {
    expect(walk(certifications.entries).filter((entry) => entry.definition)).toHaveLength(21);
  });

  it("uses stable ASCII codes", () => {
    for (const entry of walk(certifications.entries)) expect(entry.code).toMatch(/^[A-Z0-9/-]+$/);
  });
});

describe("trainingCategories", () => {
  it("has the seven categories 1–7 with definitions", () => {
    expect(trainingCategories.entries.map((entry) => entry.code)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
    ]);
    expect(trainingCategories.entries[0]?.label.zh).toBe("人才定制培训");
    expect(trainingCategories.entries[6]?.label.zh).toBe("入职培训");
    for (const entry of trainingCategories.entries) expect(entry.definition?.zh).toMatch(/^指/);
  });
});

describe("guidanceCatalogue2018", () => {
  const fields = guidanceCatalogue2018.fields;

  it("has 23 fields: 8 ITO, 6 BPO and 9 KPO, in that order", () => {
    expect(fields).toHaveLength(23);
    expect(fields.map((field) => field.code)).toEqual(
      Array.from({ length: 23 }, (_, i) => String(i + 1).padStart(2, "0")),
    );
    const count = (category: string) => fields.filter((field) => field.category === category).length;
    expect([count("ITO"), count("BPO"), count("KPO")]).toEqual([8, 6, 9]);
    expect(fields.map((field) => field.category).join(",")).toMatch(/^(ITO,){8}(BPO,){6}(KPO,){8}KPO$/);
  });

  it("puts each field in the category its definition names", () => {
    for (const field of fields) {
      expect(field.definition.zh, field.code).toMatch(new RegExp(`[（(]${field.category}[）)]。$`));
      expect(field.definition.en, field.code).toContain(`(${field.category})`);
    }
  });
});

describe("provinces", () => {
  const byTier = (tier: string) =>
    provinces
      .filter((province) => province.gdpTier === tier)
      .map((province) => province.shortLabel.zh)
      .join("、");

  it("has the 31 provincial-level divisions and the 兵团", () => {
    expect(provinces).toHaveLength(32);
    const prefixes = provinces
      .filter((province) => province.kind !== "corps")
      .map((province) => province.code);
    expect(new Set(prefixes).size).toBe(31);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[1-6]\d$/);
    expect(provinces.at(-1)).toMatchObject({ code: "XPCC", divisionPrefix: "65", kind: "corps" });
  });

  it("puts each province in the tier the 360号 footnotes name", () => {
    // Order of the footnotes ②③④, which follow the division codes.
    expect(byTier("5+")).toBe("江苏、浙江、山东、河南、广东");
    expect(byTier("3-5")).toBe("北京、河北、上海、安徽、福建、湖北、湖南、四川");
    expect(byTier("1-3")).toBe(
      "天津、山西、内蒙古、辽宁、吉林、黑龙江、江西、广西、重庆、贵州、云南、陕西、新疆",
    );
    expect(byTier("<1")).toBe("海南、西藏、甘肃、青海、宁夏、兵团");
  });

  it("gives the quota per category of each tier", () => {
    expect(quotaForProvince("44")).toBe(10);
    expect(quotaForProvince("11")).toBe(6);
    expect(quotaForProvince("65")).toBe(3);
    expect(quotaForProvince("54")).toBe(1);
    expect(quotaForProvince("XPCC")).toBe(1);
    expect(quotaForProvince("99")).toBeUndefined();
  });
});

describe("demonstrationCities", () => {
  it("has the 21 cities, each in a known province", () => {
    expect(demonstrationCities.entries).toHaveLength(21);
    const codes = new Set(provinces.map((province) => province.code));
    for (const city of demonstrationCities.entries)
      expect(codes.has(city.provinceCode), city.code).toBe(true);
    expect(
      demonstrationCities.entries.filter((city) => city.provinceCode === "32").map((city) => city.label.zh),
    ).toEqual(["南京", "苏州", "无锡"]);
  });
});

describe("cciip lists", () => {
  it("has the eight industries of 表格1, each defined", () => {
    expect(cciipIndustries.entries).toHaveLength(8);
    for (const entry of cciipIndustries.entries) expect(entry.definition).toBeDefined();
  });

  it("has the 行业类别 checkboxes and the ITO/BPO/KPO areas of 表格2", () => {
    const industry = findCodeEntry(cciipFunctionalAreas, "industry");
    expect(industry?.children).toHaveLength(13);
    expect(industry?.children?.at(-1)).toMatchObject({ code: "other", label: { zh: "其它" } });
    const shape = cciipFunctionalAreas.entries
      .slice(1)
      .map((top) => `${top.code}:${top.children?.map((area) => area.children?.length).join("/")}`);
    expect(shape).toEqual(["ITO:3/8/3", "BPO:3/8/3", "KPO:6/3/3"]);
  });

  it("codes the 行业类别 items by the GB/T 4754 section whose name they carry", () => {
    for (const item of findCodeEntry(cciipFunctionalAreas, "industry")?.children ?? []) {
      if (item.code === "other") continue;
      expect(findCodeEntry(gbt4754Sections, item.code)?.label, item.code).toEqual(item.label);
    }
  });
});
