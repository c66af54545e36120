import type { zh } from "./locales/zh";

/** A tree of translation strings, as i18next stores one namespace. */
export interface ResourceTree {
  [key: string]: string | ResourceTree;
}

type PluralCategory = "zero" | "one" | "two" | "few" | "many";

// Languages differ in plural forms: where Chinese has `x_other`, another locale may add `x_one`…
type PluralForms<T> = {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_${PluralCategory}` : never]?: string;
};

type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : Shape<T[K]>;
} & PluralForms<T>;

/**
 * Everything one language must translate: the key tree of the Chinese locale, with free plural forms.
 * Type a new locale file with it and the compiler reports any missing or misspelt key.
 */
export type LocaleResources = Shape<typeof zh>;

/** The languages tianbiao ships; others are added with `registerLocale`. */
export type BuiltInLang = "zh" | "en";

/** The i18next namespace holding every tianbiao string; `ui` is also registered as its own namespace. */
export const defaultNamespace = "translation";
