import type { Finding, LangMode, Text } from "@tianbiao/core";
import { formatFinding } from "@tianbiao/i18n";
import type { i18n as I18n } from "i18next";
import { useCallback, useMemo } from "react";
import { useFormContext } from "../table-form/form-context";

/** Translates a UI string key into both languages; the renderer picks per language mode. */
export type Ui = (key: string, params?: Record<string, unknown>) => Text;

/** A {@link Ui} over one i18next instance. */
export function bilingualTranslator(i18n: I18n): Ui {
  return (key, params) => ({
    zh: String(i18n.t(key, { ...params, lng: "zh" })),
    en: String(i18n.t(key, { ...params, lng: "en" })),
  });
}

/** A UI string in the form's language; in bilingual mode both languages. */
export function useUi(): Ui {
  const { i18n } = useFormContext();
  return useMemo(() => bilingualTranslator(i18n), [i18n]);
}

/** A finding's message in each language. */
export function useFindingText(): (finding: Finding) => { zh: string; en: string } {
  const { i18n } = useFormContext();
  return useCallback(
    (finding: Finding) => ({
      zh: formatFinding(i18n, finding, "zh"),
      en: formatFinding(i18n, finding, "en"),
    }),
    [i18n],
  );
}

/** Plain text of a bilingual pair in a mode, for attributes (aria-label, title). */
export function plain(text: { zh: string; en: string }, lang: LangMode): string {
  if (lang === "zh") return text.zh;
  if (lang === "en") return text.en;
  return text.zh === text.en ? text.zh : `${text.zh} / ${text.en}`;
}
