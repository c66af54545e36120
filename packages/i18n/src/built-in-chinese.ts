import { zh } from "./locales/zh";
import type { LocaleResources } from "./resources";

/**
 * built-in-locales.ts as a script for pages in one language carries it (the embed's build swaps
 * one for the other): Chinese only, English loaded by `loadLocale` when a page asks for it.
 */
export const builtInLocales: ReadonlyArray<readonly [string, LocaleResources]> = [["zh", zh]];
