import { createInstance, type i18n } from "i18next";
import { builtInLocales } from "./built-in-locales";
import { checkLocale } from "./check-locale";
import { type BuiltInLang, defaultNamespace, type LocaleResources, type ResourceTree } from "./resources";

/** Extra strings per language, deep-merged over the built-in ones: `{ en: { tables: { … } } }`. */
export type ExtraResources = Record<string, ResourceTree>;

export interface CreateI18nOptions {
  /** "zh" (zh-CN strings), "en", or any code added with `registerLocale` or `resources`. */
  lang: BuiltInLang | (string & {});
  /** Extra or replacement strings per language, e.g. `tableResources(table)`. */
  resources?: ExtraResources;
  /** Single strings by dotted key per language: `{ en: { "tables.t1.name.label": "Company name" } }`. */
  overrides?: Record<string, Record<string, string>>;
}

const registered = new Map<string, LocaleResources>(builtInLocales);

/**
 * Makes sure the built-in strings of `lang` are registered before `createI18n` is called for it.
 * Everywhere but the embed's script they are already there; that script carries Chinese only and
 * fetches English the first time a page shows it.
 */
export async function loadLocale(lang: string): Promise<void> {
  if (lang.split("-")[0] !== "en" || registered.has("en")) return;
  const { en } = await import("./locales/en");
  if (!registered.has("en")) registered.set("en", en);
}

/**
 * Adds a language for every `createI18n` call that follows. Throws when the locale misses a key or
 * uses different interpolation parameters than the Chinese one, so a gap shows at start-up.
 */
export function registerLocale(code: string, resources: LocaleResources): void {
  const problems = checkLocale(resources);
  if (problems.length > 0) throw new Error(`Locale "${code}" is incomplete: ${problems.join("; ")}`);
  registered.set(code, resources);
}

/** The registered locales by language code, the built-in zh and en first. */
export function locales(): ReadonlyMap<string, LocaleResources> {
  return registered;
}

function isTree(value: unknown): value is ResourceTree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function mergeInto(target: ResourceTree, source: ResourceTree): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isTree(value) && isTree(current)) mergeInto(current, value);
    else target[key] = isTree(value) ? structuredClone(value) : value;
  }
}

/**
 * A new i18next instance with tianbiao's strings, ready to use on return (initialised synchronously).
 * It never touches the global i18next instance, so a host page's own i18next is left alone.
 * Every string lives in the default namespace (`t("ui.action.submit")`, `t("validation.required")`);
 * the `ui` subtree is also the namespace "ui" (`t("action.submit", { ns: "ui" })`).
 * Strings are not HTML-escaped: render them as text.
 */
export function createI18n(options: CreateI18nOptions): i18n {
  const languages = new Set([...registered.keys(), ...Object.keys(options.resources ?? {})]);
  const store: Record<string, Record<string, ResourceTree>> = {};
  for (const lang of languages) {
    // Cloned so that resources added to one instance never reach another.
    const tree: ResourceTree = structuredClone((registered.get(lang) ?? {}) as ResourceTree);
    const extra = options.resources?.[lang];
    if (extra) mergeInto(tree, extra);
    const ui = isTree(tree.ui) ? tree.ui : {};
    tree.ui = ui;
    store[lang] = { [defaultNamespace]: tree, ui };
  }

  const instance = createInstance();
  instance.init({
    lng: options.lang,
    fallbackLng: "zh",
    ns: [defaultNamespace, "ui"],
    defaultNS: defaultNamespace,
    resources: store,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  for (const [lang, strings] of Object.entries(options.overrides ?? {})) {
    for (const [key, text] of Object.entries(strings))
      instance.addResource(lang, defaultNamespace, key, text);
  }
  return instance;
}
