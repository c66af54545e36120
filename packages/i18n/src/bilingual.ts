/** One language's part of a bilingual text, with the value for its `lang` attribute. */
export interface BilingualPart {
  lang: "zh-CN" | "en";
  text: string;
}

export interface Bilingual {
  parts: [BilingualPart, BilingualPart];
  separator: string;
}

/**
 * Chinese and English side by side, each part tagged with its language so a renderer can set the
 * `lang` attribute (screen readers then switch voice, browsers pick the right fonts and line breaks).
 */
export function bilingual(zh: string, en: string): Bilingual {
  return {
    parts: [
      { lang: "zh-CN", text: zh },
      { lang: "en", text: en },
    ],
    separator: " / ",
  };
}

/** The HTML `lang` value for a tianbiao language code: "zh" is simplified Chinese as used in China. */
export function htmlLang(lang: string): string {
  return lang === "zh" ? "zh-CN" : lang;
}

/** Each language named in itself, for a language switch that a reader of either can find. */
export const languageAutonyms: Readonly<Record<"zh" | "en", string>> = { zh: "中文", en: "English" };
