export { type Bilingual, type BilingualPart, bilingual, htmlLang, languageAutonyms } from "./bilingual";
export { checkLocale, flattenResources, interpolationParams } from "./check-locale";
export {
  type CreateI18nOptions,
  createI18n,
  createLightI18n,
  type ExtraResources,
  loadLocale,
  locales,
  registerLocale,
} from "./create-i18n";
export { type CurrencyCode, currencyCodes } from "./currencies";
export { type FormatOptions, formatFinding, messagesFor } from "./format-finding";
export { glossary, unitLabels } from "./glossary";
export { en } from "./locales/en";
export { zh } from "./locales/zh";
export { type BuiltInLang, defaultNamespace, type LocaleResources, type ResourceTree } from "./resources";
export { type TableResources, tableKey, tableResources } from "./table-resources";
