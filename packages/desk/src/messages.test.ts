import { describe, expect, it } from "vitest";
import { locales, t } from "./messages";

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("the desks' strings", () => {
  it("have the same keys in Chinese and English", () => {
    expect(Object.keys(locales.en).sort()).toEqual(Object.keys(locales.zh).sort());
  });

  it("are never empty and name the same placeholders in both languages", () => {
    for (const [key, text] of Object.entries(locales.zh)) {
      const english = locales.en[key as keyof typeof locales.en];
      expect(text.trim(), key).not.toBe("");
      expect(english.trim(), key).not.toBe("");
      expect(placeholders(english), key).toEqual(placeholders(text));
    }
  });

  it("fill placeholders per language, bilingual values by their own part", () => {
    expect(t("signIn.signedIn", { name: { zh: "金水", en: "Jinshui" } })).toEqual({
      zh: "已登录：金水",
      en: "Signed in: Jinshui",
    });
    expect(t("queue.count", { total: 3 }).en).toBe("3 in all");
  });
});
