import type { Finding, LangMode } from "@tianbiao/core";
import { formatFinding } from "@tianbiao/i18n";
import { useCallback } from "react";
import { useFormContext } from "../table-form/form-context";

/** A UI string in the form's language; in bilingual mode both languages. */
export function useUi(): (key: string, params?: Record<string, unknown>) => { zh: string; en: string } {
  const { i18n } = useFormContext();
  return useCallback(
    (key: string, params?: Record<string, unknown>) => ({
      zh: String(i18n.t(key, { ...params, lng: "zh" })),
      en: String(i18n.t(key, { ...params, lng: "en" })),
    }),
    [i18n],
  );
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
