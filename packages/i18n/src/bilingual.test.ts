import { describe, expect, it } from "vitest";
import { bilingual, htmlLang, languageAutonyms } from "./bilingual";
import { createI18n } from "./create-i18n";

describe("bilingual", () => {
  it("tags the Chinese part zh-CN and the English part en, in that order", () => {
    expect(bilingual("表号", "Table number")).toEqual({
      parts: [
        { lang: "zh-CN", text: "表号" },
        { lang: "en", text: "Table number" },
      ],
      separator: " / ",
    });
  });

  it("pairs one key in both languages from a single instance", () => {
    const i18n = createI18n({ lang: "zh" });
    const pair = bilingual(i18n.t("ui.money.rate", { lng: "zh" }), i18n.t("ui.money.rate", { lng: "en" }));
    expect(pair.parts.map((p) => p.text).join(pair.separator)).toBe("汇率 / Exchange rate");
  });

  it("maps language codes to HTML lang values and names each language in itself", () => {
    expect(htmlLang("zh")).toBe("zh-CN");
    expect(htmlLang("en")).toBe("en");
    expect(languageAutonyms).toEqual({ zh: "中文", en: "English" });
  });
});
