import { en } from "./locales/en";
import { zh } from "./locales/zh";
import type { LocaleResources } from "./resources";

/** The languages every createI18n call knows from the start. */
export const builtInLocales: ReadonlyArray<readonly [string, LocaleResources]> = [
  ["zh", zh],
  ["en", en],
];
