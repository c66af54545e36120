import { setAt } from "@tianbiao/core";
import { createInstance, type i18n } from "i18next";
import { builtInLocales } from "./built-in-locales";
import { checkLocale } from "./check-locale";
import { createInstance as createSubsetInstance } from "./i18next-subset";
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

/**
 * `source` laid over `target` as a new tree: the objects on the paths it writes are copies, the rest
 * is shared, so neither argument changes.
 */
function merged(target: ResourceTree, source: ResourceTree): ResourceTree {
  const result: ResourceTree = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const current = result[key];
    result[key] =
      isTree(value) && isTree(current)
        ? merged(current, value)
        : isTree(value)
          ? structuredClone(value)
          : value;
  }
  return result;
}

/**
 * A new i18next instance with tianbiao's strings, ready to use on return (initialised synchronously).
 * It never touches the global i18next instance, so a host page's own i18next is left alone.
 * Every string lives in the default namespace (`t("ui.action.submit")`, `t("validation.required")`);
 * the `ui` subtree is also the namespace "ui" (`t("action.submit", { ns: "ui" })`).
 * Strings are not HTML-escaped: render them as text.
 */
export function createI18n(options: CreateI18nOptions): i18n {
  return setUp(createInstance(), options);
}

/**
 * The same strings as {@link createI18n}, answered the same way, without i18next: what TableForm and
 * ReferenceTable use when the host passes no instance of its own. It has the part of i18next's
 * interface the renderer calls (`t`, `exists`, `getFixedT`, `changeLanguage`, `addResource`) and
 * none of its plugins or events: a host that wants those passes `createI18n(…)`. Starting i18next is
 * most of the work before a form's first screen can render (6–12 ms of a 60 ms first commit in the
 * bench's Chromium, its code run for the first time), and this starts in well under one.
 */
export function createLightI18n(options: CreateI18nOptions): i18n {
  // The subset answers every call the renderer makes as i18next does (i18next-subset.test.ts), but
  // it does not implement the whole of i18next's type.
  return setUp(createSubsetInstance() as unknown as i18n, options, true);
}

function setUp(instance: i18n, options: CreateI18nOptions, shareBuiltIns = false): i18n {
  const languages = new Set([
    ...registered.keys(),
    ...Object.keys(options.resources ?? {}),
    ...Object.keys(options.overrides ?? {}),
  ]);
  const store: Record<string, Record<string, ResourceTree>> = {};
  for (const lang of languages) {
    const builtIn = (registered.get(lang) ?? {}) as ResourceTree;
    // i18next writes what is added later into the trees it is given, so it gets its own copy: what is
    // added to one instance never reaches another. The subset copies the path it writes instead, so it
    // shares the registered strings (a copy of them costs more than the rest of its start).
    let tree: ResourceTree = shareBuiltIns ? builtIn : structuredClone(builtIn);
    const extra = options.resources?.[lang];
    if (extra) tree = merged(tree, extra);
    // Each override at its dotted key, as i18next's addResource reads it, on copies of its path.
    for (const [key, text] of Object.entries(options.overrides?.[lang] ?? {})) tree = setAt(tree, key, text);
    // The `ui` subtree is also the namespace "ui": the same object under both names.
    const ui = isTree(tree.ui) ? tree.ui : {};
    tree = { ...tree, ui };
    store[lang] = { [defaultNamespace]: tree, ui };
  }

  instance.init({
    lng: options.lang,
    fallbackLng: "zh",
    ns: [defaultNamespace, "ui"],
    defaultNS: defaultNamespace,
    resources: store,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
