import type { Finding } from "@tianbiao/core";
import type { i18n } from "i18next";
import { htmlLang } from "./bilingual";
import { createI18n } from "./create-i18n";

// The core passes each label twice: `x` in Chinese and `xEn` in English (label, wholeLabel…).
const englishSuffix = "En";

function pickLanguage(params: Finding["params"], lang: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith(englishSuffix) && key.length > englishSuffix.length) continue;
    const english = params[`${key}${englishSuffix}`];
    // Table labels exist in Chinese and English only: every language but Chinese reads the English one.
    out[key] = lang !== "zh" && english !== undefined && english !== "" ? english : value;
  }
  return out;
}

function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(htmlLang(lang), { maximumFractionDigits: 10 }).format(value);
}

export interface FormatOptions {
  /**
   * For a message read away from its field (the error summary, a server's answer, a report): name
   * the row a place is in, and the group a place without a printed code of its own belongs to.
   * Beside the field itself, where both are in plain sight, leave it out.
   */
  place?: boolean;
}

/**
 * A finding as one sentence in `lang`: the field reference first (the printed code, when there is
 * one, then the label in that language), then what is wrong and how to fix it. Numbers are
 * formatted for the language, units and format names translated. An unknown message key falls
 * back to a general "check this answer" sentence rather than showing the key.
 */
export function formatFinding(
  i18n: i18n,
  finding: Finding,
  lang: string,
  options: FormatOptions = {},
): string {
  const params = pickLanguage(finding.params, lang);
  const t = i18n.getFixedT(lang);
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    values[key] = typeof value === "number" ? formatNumber(value, lang) : value;
  }

  const code = String(finding.code ?? params.code ?? "").trim();
  values.code = code === "" ? "" : t("finding.codePrefix", { code });
  values.label = String(params.label ?? finding.path);
  // A matrix cell is its row's label with the column (上年同期 / 本年) beside it.
  if (typeof params.column === "string" && params.column !== "") {
    values.label = t("finding.cellLabel", { label: values.label, column: params.column });
  }
  if (options.place === true) {
    const within = typeof params.within === "string" ? params.within : "";
    const row = values.row ?? "";
    let key = "";
    // A row alone (a whole row, in a rows field at the top) reads as the rows field's cells do.
    if (row !== "") key = within === "" ? "ui.rows.cellLabel" : "finding.inRowOf";
    else if (within !== "") key = "finding.inGroup";
    if (key !== "") values.label = t(key, { label: values.label, within, row, n: row });
  }
  const unit = params.unit === undefined ? "" : String(params.unit);
  values.unit = unit === "" ? "" : t(`unitSuffix.${unit}`, { defaultValue: unit });
  if (typeof params.format === "string") {
    values.format = t(`format.${params.format}`, { defaultValue: params.format });
  }

  const key = i18n.exists(finding.messageKey, { lng: lang }) ? finding.messageKey : "finding.fallback";
  return t(key, { ...values, interpolation: { escapeValue: false } });
}

let shared: i18n | undefined;

/**
 * A finding's message in Chinese and in English, for a CLI or a server that has no i18next
 * instance of its own (a private one is created on first use). Read away from the form, it names
 * the place's row and group (`place`).
 */
export function messagesFor(finding: Finding): { zh: string; en: string } {
  shared ??= createI18n({ lang: "zh" });
  return {
    zh: formatFinding(shared, finding, "zh", { place: true }),
    en: formatFinding(shared, finding, "en", { place: true }),
  };
}
