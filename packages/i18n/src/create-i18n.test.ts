import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { createI18n, createLightI18n, loadLocale, locales, registerLocale } from "./create-i18n";
import { en } from "./locales/en";
import { testXx } from "./locales/test-xx";
import { zh } from "./locales/zh";
import { defaultNamespace } from "./resources";

// The light instance (the form's own when the host passes none) answers as the i18next one.
describe.each([
  ["createI18n", createI18n],
  ["createLightI18n", createLightI18n],
])("%s", (_, create) => {
  it("is ready on return, in Chinese and in English", () => {
    const zhI18n = create({ lang: "zh" });
    const enI18n = create({ lang: "en" });
    expect(zhI18n.isInitialized).toBe(true);
    expect(zhI18n.t("ui.action.submit")).toBe("提交");
    expect(enI18n.t("ui.action.submit")).toBe("Submit");
    expect(enI18n.t("ui.header.tableNo")).toBe("Table number");
  });

  it("falls back to Chinese for a language it does not have, and reads zh-CN as zh", () => {
    expect(create({ lang: "fr" }).t("ui.action.print")).toBe("打印");
    expect(create({ lang: "zh-CN" }).t("ui.action.print")).toBe("打印");
    expect(create({ lang: "en-GB" }).t("ui.action.print")).toBe("Print");
  });

  it("also serves the UI strings as the namespace ui", () => {
    const i18n = create({ lang: "en", overrides: { en: { "ui.action.submit": "Send" } } });
    expect(i18n.t("action.back", { ns: "ui" })).toBe("Back");
    expect(i18n.t("ui:action.addRow")).toBe("Add row");
    expect(i18n.t("action.submit", { ns: "ui" })).toBe("Send");
  });

  it("uses each language's plural forms", () => {
    const enI18n = create({ lang: "en" });
    const zhI18n = create({ lang: "zh" });
    expect(enI18n.t("ui.errorSummary.count", { count: 1 })).toBe("1 problem to fix");
    expect(enI18n.t("ui.errorSummary.count", { count: 3 })).toBe("3 problems to fix");
    expect(zhI18n.t("ui.errorSummary.count", { count: 1 })).toBe("共 1 处需要修改");
  });

  it("does not escape interpolated values: the renderer shows strings as text", () => {
    const i18n = create({ lang: "en" });
    expect(i18n.t("ui.draft.offer", { time: "<09:30>" })).toContain("<09:30>");
  });

  it("creates independent instances and leaves the global i18next instance alone", () => {
    const a = create({ lang: "zh" });
    const b = create({ lang: "zh", overrides: { zh: { "ui.action.submit": "报送" } } });
    a.changeLanguage("en");
    expect(a.language).toBe("en");
    expect(b.language).toBe("zh");
    expect(a.t("ui.action.submit")).toBe("Submit");
    expect(b.t("ui.action.submit")).toBe("报送");
    expect(create({ lang: "zh" }).t("ui.action.submit")).toBe("提交");
    a.addResource("en", "translation", "ui.action.print", "Print this form");
    expect(create({ lang: "en" }).t("ui.action.print")).toBe("Print");
    expect(en.ui.action.print).toBe("Print");
    a.addResource("en", defaultNamespace, "ui.action.back", "Go back");
    expect(a.t("ui.action.back")).toBe("Go back");
    expect(create({ lang: "en" }).t("ui.action.back")).toBe("Back");
    expect(b.t("ui.action.back", { lng: "en" })).toBe("Back");
    expect(en.ui.action.back).toBe("Back");
    expect(zh.ui.action.submit).toBe("提交");
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.language).toBeUndefined();
    // The global instance is never initialised, so it has no store at all.
    expect(i18next.store?.data ?? {}).toEqual({});
  });

  it("merges extra resources over the built-in ones without losing the rest", () => {
    const i18n = create({
      lang: "en",
      resources: { en: { ui: { action: { submit: "File the return" } } } },
    });
    expect(i18n.t("ui.action.submit")).toBe("File the return");
    expect(i18n.t("ui.action.back")).toBe("Back");
  });
});

describe("adding a language", () => {
  it("works through the resources option alone", () => {
    const i18n = createI18n({ lang: "qx", resources: { qx: testXx as never } });
    expect(i18n.t("ui.action.submit")).toBe("⟦Šúbmít⟧");
    expect(i18n.t("ui.draft.offer", { time: "09:30" })).toBe(
      "⟦Á šávéd dráft fróm 09:30 wáš fóúñd; réštóré ít tó çárrý óñ.⟧",
    );
    expect(locales().has("qx")).toBe(false);
  });

  it("works through registerLocale for every instance created afterwards", () => {
    registerLocale("xx", testXx);
    const i18n = createI18n({ lang: "xx" });
    expect(i18n.t("ui.header.validUntil")).toBe("⟦Válíd úñtíl⟧");
    expect(i18n.t("ui.rows.count", { count: 2 })).toBe("⟦2 rówš⟧");
    expect(createI18n({ lang: "zh" }).t("ui.header.validUntil", { lng: "xx" })).toBe("⟦Válíd úñtíl⟧");
  });
});

describe("loadLocale", () => {
  it("answers at once where the built-in languages are already there, and adds none", async () => {
    const before = [...locales().keys()];
    await loadLocale("en-GB");
    await loadLocale("fr");
    expect([...locales().keys()]).toEqual(before);
    expect(locales().get("en")).toBe(en);
  });
});
