import type { Finding, LangMode, Text } from "@tianbiao/core";
import { type FormatOptions, formatFinding } from "@tianbiao/i18n";
import type { i18n as I18n } from "i18next";
import { useCallback } from "react";
import { useFormContext } from "../table-form/form-context";

/** Translates a UI string key into both languages; the renderer picks per language mode. */
export type Ui = (key: string, params?: Record<string, unknown>) => Text;

const translators = new WeakMap<I18n, Ui>();

/**
 * A {@link Ui} over one i18next instance, shared by every component using it. A form asks for the same
 * strings over and over (指标解释 under every field with help, a unit after every amount), and an
 * i18next lookup costs far more than a map's, so each key and parameters is translated once; adding or
 * removing resources (a language loaded later, a host's overrides) forgets what was translated.
 */
export function bilingualTranslator(i18n: I18n): Ui {
  const known = translators.get(i18n);
  if (known) return known;
  const texts = new Map<string, Text>();
  const forget = () => texts.clear();
  i18n.store?.on("added", forget);
  i18n.store?.on("removed", forget);
  const ui: Ui = (key, params) => {
    const id = params ? `${key}\u0000${JSON.stringify(params)}` : key;
    let text = texts.get(id);
    if (!text) {
      text = { zh: uiString(i18n, key, "zh", params), en: uiString(i18n, key, "en", params) };
      texts.set(id, text);
    }
    return text;
  };
  translators.set(i18n, ui);
  return ui;
}

/**
 * One UI string in one language, as i18next's `t` gives it: read from the resources when nothing but
 * plain placeholders and a plural form can change it, from `t` otherwise. For strings whose parameters
 * differ by language (a label in each), where {@link bilingualTranslator} would translate both with one set.
 */
export function uiString(
  i18n: I18n,
  key: string,
  lng: "zh" | "en",
  params?: Record<string, unknown>,
): string {
  return plainString(i18n, key, lng, params) ?? String(i18n.t(key, { ...params, lng }));
}

/**
 * The string i18next's `t` would give, worked out here when nothing but plain `{{name}}` placeholders
 * and a plural form can change it: found in that language, not empty, no nesting, context, formats or
 * post-processing, values not escaped. A form's first render asks for a hundred such strings, and a
 * `t` call costs far more than reading them; anything else is left to `t`.
 */
function plainString(
  i18n: I18n,
  key: string,
  lng: string,
  params: Record<string, unknown> | undefined,
): string | undefined {
  const options = i18n.options;
  const ns = options?.defaultNS;
  if (!options || options.postProcess || i18n.modules?.i18nFormat || typeof ns !== "string") return undefined;
  if (key.includes(":") || (params && ("context" in params || "ordinal" in params))) return undefined;
  const count = params?.count;
  if (count !== undefined && typeof count !== "number") return undefined;
  // The keys i18next tries, in its order: key_zero for none, then the language's plural form, then key.
  const separator = options.pluralSeparator ?? "_";
  const keys =
    count === undefined
      ? [key]
      : [
          ...(count === 0 ? [`${key}${separator}zero`] : []),
          `${key}${separator}${pluralRule(lng).select(count)}`,
          key,
        ];
  const value = keys.map((k): unknown => i18n.getResource?.(lng, ns, k)).find((v) => v !== undefined);
  if (typeof value !== "string" || value === "") return undefined;
  const interpolation = options.interpolation ?? {};
  if (value.includes(interpolation.nestingPrefix ?? "$t(")) return undefined;
  const custom = (interpolation.prefix ?? "{{") !== "{{" || (interpolation.suffix ?? "}}") !== "}}";
  if (!value.includes("{{") && !custom) return value;
  if (!params || custom || interpolation.escapeValue !== false || interpolation.alwaysFormat)
    return undefined;
  let plain = true;
  const text = value.replace(/\{\{([^{}]*)\}\}/g, (_, name: string) => {
    const param = params[name.trim()];
    if (typeof param === "string" || typeof param === "number") return String(param);
    plain = false;
    return "";
  });
  return plain ? text : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralRule(lng: string): Intl.PluralRules {
  let rule = pluralRules.get(lng);
  if (!rule) {
    rule = new Intl.PluralRules(lng);
    pluralRules.set(lng, rule);
  }
  return rule;
}

/** A UI string in the form's language; in bilingual mode both languages. */
export function useUi(): Ui {
  const { i18n } = useFormContext();
  return bilingualTranslator(i18n);
}

/** A finding's message in each language; `place` for a message read away from its field. */
export function useFindingText(
  options: FormatOptions = {},
): (finding: Finding) => { zh: string; en: string } {
  const { i18n } = useFormContext();
  const place = options.place === true;
  return useCallback(
    (finding: Finding) => ({
      zh: formatFinding(i18n, finding, "zh", { place }),
      en: formatFinding(i18n, finding, "en", { place }),
    }),
    [i18n, place],
  );
}

/** Plain text of a bilingual pair in a mode, for attributes (aria-label, title). */
export function plain(text: { zh: string; en: string }, lang: LangMode): string {
  if (lang === "zh") return text.zh;
  if (lang === "en") return text.en;
  return text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`;
}
