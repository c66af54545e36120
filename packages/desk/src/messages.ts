import type { LangMode, Text } from "@tianbiao/core";
import { en } from "./locales/en";
import { type MessageKey, zh } from "./locales/zh";

export type { MessageKey };

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** A desk string in both languages; BilingualText shows the part(s) the desk's language asks for. */
export function t(key: MessageKey, params: Record<string, string | number | Text> = {}): Text {
  const pick = (lang: "zh" | "en") =>
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === "object" ? value[lang] : value]),
    );
  return { zh: fill(zh[key], pick("zh")), en: fill(en[key], pick("en")) };
}

/** Plain text for attributes (aria-label, title): one language, or both joined. */
export function plainText(text: Text, lang: LangMode): string {
  if (lang === "zh") return text.zh;
  if (lang === "en") return text.en;
  return text.zh === text.en ? text.zh : `${text.zh} ${text.en}`;
}

export const locales = { zh, en };
