import { describe, expect, it } from "vitest";
import { estimatorTemplates } from "./estimator-messages";
import { estimatorViewTemplates } from "./estimator-view-messages";
import { formatTemplates } from "./format";
import { createMessages, joinText, placeholders } from "./messages";
import { siteTemplates } from "./site-messages";

type Catalogue = { zh: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> };

const catalogues: Record<string, Catalogue> = {
  estimator: estimatorTemplates,
  estimatorView: estimatorViewTemplates,
  format: formatTemplates,
  site: siteTemplates,
};

describe.each(Object.entries(catalogues))("the %s messages", (_name, { zh, en }) => {
  it("have the same keys in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("use the same parameters in both languages, and say something", () => {
    for (const key of Object.keys(zh)) {
      expect(placeholders(en[key] ?? ""), key).toEqual(placeholders(zh[key] ?? ""));
      expect(zh[key]?.trim(), key).not.toBe("");
      expect(en[key]?.trim(), key).not.toBe("");
    }
  });

  it("write Chinese in the Chinese catalogue and no Chinese in the English one beyond measure numbers", () => {
    for (const key of Object.keys(zh)) {
      const english = (en[key] ?? "").replace(/[（(][一二三四五六七八九][)）]/g, "");
      expect(english, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("createMessages", () => {
  const format = createMessages({ hello: "你好，{name}" }, { hello: "Hello, {name}" });

  it("fills parameters language by language", () => {
    expect(format("hello", { name: { zh: "河南", en: "Henan" } })).toEqual({
      zh: "你好，河南",
      en: "Hello, Henan",
    });
    expect(format("hello", { name: 41 })).toEqual({ zh: "你好，41", en: "Hello, 41" });
  });

  it("refuses a missing parameter", () => {
    expect(() => format("hello")).toThrow(/name/);
  });

  it("joins texts with a separator per language", () => {
    expect(
      joinText(
        [
          { zh: "甲", en: "A" },
          { zh: "乙", en: "B" },
        ],
        { zh: "、", en: ", " },
      ),
    ).toEqual({
      zh: "甲、乙",
      en: "A, B",
    });
  });
});
