import { describe, expect, it } from "vitest";
import { formatNames, messageKeys } from "../../../core/src/messages";
import { checkLocale, flattenResources, interpolationParams } from "../check-locale";
import { locales, registerLocale } from "../create-i18n";
import { currencyCodes } from "../currencies";
import { glossary, unitLabels } from "../glossary";
import type { LocaleResources, ResourceTree } from "../resources";
import { en } from "./en";
import { testXx } from "./test-xx";
import { zh } from "./zh";

registerLocale("xx", testXx);

const cjk = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function strings(resources: LocaleResources): Map<string, string> {
  return flattenResources(resources as unknown as ResourceTree);
}

// Plural forms share one base key; any of them stands for the key.
function lookup(resources: LocaleResources, key: string): string | undefined {
  const all = strings(resources);
  return all.get(key) ?? [...all].find(([k]) => k.replace(pluralSuffix, "") === key)?.[1];
}

describe("locale parity", () => {
  it("registers zh, en and the test language", () => {
    expect([...locales().keys()]).toEqual(["zh", "en", "xx"]);
  });

  for (const [code, resources] of locales()) {
    it(`${code}: has every key of zh with the same interpolation parameters, and no other`, () => {
      expect(checkLocale(resources)).toEqual([]);
    });

    it(`${code}: translates every message key of the core with exactly its parameters`, () => {
      for (const [key, params] of Object.entries(messageKeys)) {
        const text = lookup(resources, key);
        expect(text, `${code} ${key}`).toBeTypeOf("string");
        expect(interpolationParams(text ?? ""), `${code} ${key}`).toEqual([...params].sort());
      }
    });

    it(`${code}: names every date and identifier format, unit and currency`, () => {
      const all = strings(resources);
      for (const name of formatNames) expect(all.has(`format.${name}`), `${code} format.${name}`).toBe(true);
      for (const unit of Object.keys(unitLabels)) {
        expect(all.has(`ui.unit.${unit}`), `${code} ui.unit.${unit}`).toBe(true);
        expect(all.has(`unitSuffix.${unit}`), `${code} unitSuffix.${unit}`).toBe(true);
      }
      for (const currency of currencyCodes) {
        expect(all.has(`ui.currency.${currency}`), `${code} ui.currency.${currency}`).toBe(true);
      }
    });
  }

  it("reports a missing key, an extra key and a changed parameter", () => {
    const broken = structuredClone(en) as unknown as {
      ui: { yes?: string; extra?: string };
      validation: { min: string };
    };
    delete broken.ui.yes;
    broken.ui.extra = "Extra";
    broken.validation.min = "{{code}}{{label}}: enter {{minimum}}{{unit}} or more.";
    expect(checkLocale(broken)).toEqual([
      "key validation.min uses {code, label, minimum, unit} instead of {code, label, min, unit}",
      "missing key ui.yes",
      "extra key ui.extra",
    ]);
  });

  it("refuses to register an incomplete locale", () => {
    const broken = structuredClone(en) as unknown as { ui: { no?: string } };
    delete broken.ui.no;
    expect(() => registerLocale("broken", broken as unknown as LocaleResources)).toThrow(
      /missing key ui\.no/,
    );
    expect(locales().has("broken")).toBe(false);
  });
});

describe("English strings", () => {
  for (const [code, resources] of [
    ["en", en],
    ["xx", testXx],
  ] as const) {
    it(`${code}: contain no Chinese characters or full-width punctuation`, () => {
      for (const [key, text] of strings(resources)) expect(text, `${code} ${key}`).not.toMatch(cjk);
    });
  }

  it("are written in the glossary's terms wherever the Chinese uses a glossary term", () => {
    const terms = [...glossary].sort((a, b) => b[0].length - a[0].length);
    const english = strings(en);
    const misses: string[] = [];
    for (const [key, zhText] of strings(zh)) {
      const enText = (
        english.get(key) ??
        [...english].find(([k]) => k.startsWith(key.replace(pluralSuffix, "")))?.[1] ??
        ""
      ).toLowerCase();
      let rest = zhText;
      for (const [term, translation] of terms) {
        if (!rest.includes(term)) continue;
        // A longer term consumes the shorter ones it contains.
        rest = rest.split(term).join("\u0000");
        if (!enText.includes(translation.toLowerCase())) misses.push(`${key}: ${term} → ${translation}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it("use the glossary's unit names", () => {
    for (const [unit, label] of Object.entries(unitLabels)) {
      expect(strings(zh).get(`ui.unit.${unit}`)).toBe(label.zh);
      expect(strings(en).get(`ui.unit.${unit}`)).toBe(label.en);
    }
  });

  it("print the official header labels exactly as on the forms", () => {
    expect(zh.ui.header).toMatchObject({
      tableNo: "表号",
      issuer: "制定机关",
      approver: "批准机关",
      approvalNo: "批准文号",
      validUntil: "有效期至",
    });
    expect(zh.ui.footer).toMatchObject({
      head: "单位负责人",
      statisticsHead: "统计负责人",
      preparer: "填表人",
      telephone: "联系电话",
      submissionDate: "报出日期",
    });
    expect([zh.ui.yes, zh.ui.no]).toEqual(["是", "否"]);
  });
});
