import { createI18n } from "@tianbiao/i18n";
import { describe, expect, it } from "vitest";
import { bilingualTranslator } from "./use-ui";

/** Every UI key of a language's resources, plural suffixes folded into their key. */
function uiKeys(tree: unknown, prefix: string, out: Set<string>): Set<string> {
  if (typeof tree === "string") out.add(prefix.replace(/_(zero|one|two|few|many|other)$/, ""));
  else if (tree && typeof tree === "object")
    for (const [key, child] of Object.entries(tree)) uiKeys(child, `${prefix}.${key}`, out);
  return out;
}

describe("bilingualTranslator", () => {
  it("gives what i18next's t gives for every UI string, with and without parameters", () => {
    const i18n = createI18n({ lang: "zh" });
    const ui = bilingualTranslator(i18n);
    const keys = new Set<string>();
    for (const lng of ["zh", "en"]) uiKeys(i18n.getResource(lng, "translation", "ui"), "ui", keys);
    expect(keys.size).toBeGreaterThan(100);
    for (const key of keys) {
      const zh = String(i18n.getResource("zh", "translation", key) ?? "");
      const en = String(i18n.getResource("en", "translation", key) ?? "");
      const names = [...`${zh}${en}`.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => (m[1] ?? "").trim());
      const params = Object.fromEntries(names.map((name, i) => [name, i % 2 ? i + 1 : `值${i}`]));
      const counts = [0, 1, 3].map((count) => ({ ...params, count }));
      for (const given of [undefined, params, ...counts]) {
        const expected = {
          zh: String(i18n.t(key, { ...given, lng: "zh" })),
          en: String(i18n.t(key, { ...given, lng: "en" })),
        };
        expect(ui(key, given), key).toEqual(expected);
      }
    }
  });

  it("is shared by one i18next instance and forgets its strings when resources change", () => {
    const i18n = createI18n({ lang: "zh" });
    const ui = bilingualTranslator(i18n);
    expect(bilingualTranslator(i18n)).toBe(ui);
    const before = ui("ui.action.print");
    i18n.addResource("en", "translation", "ui.action.print", "Print this form");
    expect(ui("ui.action.print")).toEqual({ zh: before.zh, en: "Print this form" });
  });

  it("leaves strings it cannot read plainly to i18next: escaping, missing values, unknown keys", () => {
    const i18n = createI18n({ lang: "zh" });
    i18n.addResource("zh", "translation", "ui.test.html", "值 {{value}}");
    i18n.addResource("en", "translation", "ui.test.html", "value {{value}}");
    const ui = bilingualTranslator(i18n);
    expect(ui("ui.test.html", { value: "<b>" })).toEqual({ zh: "值 <b>", en: "value <b>" });
    expect(ui("ui.test.html")).toEqual({
      zh: String(i18n.t("ui.test.html", { lng: "zh" })),
      en: String(i18n.t("ui.test.html", { lng: "en" })),
    });
    expect(ui("ui.test.missing")).toEqual({ zh: "ui.test.missing", en: "ui.test.missing" });
  });
});
