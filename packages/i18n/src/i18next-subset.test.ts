import { describe, expect, it, vi } from "vitest";
import { flattenResources, type ResourceTree, zh } from "./index";

// createI18n twice: over i18next itself, then over the subset the embed's script carries instead.
// createLightI18n (the form's own instance when the host passes none) is the subset everywhere.
const real = await import("./index");
vi.doMock("i18next", () => import("./i18next-subset"));
vi.resetModules();
const subset = await import("./index");

const plural = /_(zero|one|two|few|many|other)$/;
const keys = [
  ...new Set([...flattenResources(zh as unknown as ResourceTree).keys()].map((k) => k.replace(plural, ""))),
];
const paramsOf = (key: string) => {
  const names = new Set<string>();
  for (const [k, text] of flattenResources(zh as unknown as ResourceTree))
    if (k.replace(plural, "") === key)
      for (const m of text.matchAll(/\{\{\s*(\w+)/g)) names.add(m[1] as string);
  return [...names];
};

describe("the i18next subset", () => {
  it("is what createI18n gets when the embed's build aliases i18next, and what createLightI18n gets", () => {
    // By class name: resetModules loaded the subset a second time, so its classes are not the same.
    const i18next = real.createI18n({ lang: "zh" }).constructor.name;
    const subsetClass = subset.createI18n({ lang: "zh" }).constructor.name;
    expect(subsetClass).not.toBe(i18next);
    expect(real.createLightI18n({ lang: "zh" }).constructor.name).toBe(subsetClass);
  });

  it.each(["zh", "en", "zh-CN", "en-GB", "fr"])(
    "answers every tianbiao string as i18next does (lang %s)",
    (lang) => {
      const overrides = { en: { "ui.action.submit": "Send" } };
      const a = real.createI18n({ lang, overrides });
      const b = subset.createI18n({ lang, overrides });
      const light = real.createLightI18n({ lang, overrides });
      for (const key of [...keys, "ui.no.such.key"]) {
        const params = Object.fromEntries(paramsOf(key).map((p) => [p, `<${p}>`]));
        const cases: Array<Record<string, unknown>> = [{}, params, { ...params, lng: "en" }, { lng: "zh" }];
        if ("count" in params)
          for (const count of [0, 1, 2, 5]) cases.push({ ...params, count }, { count, lng: "en" });
        for (const options of cases) {
          expect(b.t(key, options), `${key} ${JSON.stringify(options)}`).toBe(a.t(key, options));
          expect(b.exists(key, options)).toBe(a.exists(key, options));
          expect(light.t(key, options)).toBe(a.t(key, options));
        }
        expect(b.t(key, { defaultValue: "—" })).toBe(a.t(key, { defaultValue: "—" }));
      }
      expect(b.t("action.submit", { ns: "ui" })).toBe(a.t("action.submit", { ns: "ui" }));
      expect(b.t("ui:action.addRow")).toBe(a.t("ui:action.addRow"));
      expect(b.getFixedT("en")("ui.action.submit")).toBe(a.getFixedT("en")("ui.action.submit"));
    },
  );

  it("keeps a variable it was not given, and empties one given as undefined", () => {
    for (const create of [real.createI18n, subset.createI18n, real.createLightI18n]) {
      const i18n = create({ lang: "en" });
      expect(i18n.t("ui.draft.offer")).toContain("{{time}}");
      expect(i18n.t("ui.draft.offer", { time: undefined })).not.toContain("{{time}}");
    }
  });
});
