import type { Text } from "@tianbiao/core";

/** A value a message fills in: the same in both languages, or one per language. */
export type MessageParam = string | number | Text;

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** The message templates of one language, by key; `{name}` marks a parameter. */
export type MessageTemplates = Readonly<Record<string, string>>;

/** Formats one message in both languages. */
export type MessageFormatter<K extends string> = (key: K, params?: MessageParams) => Text;

const placeholder = /\{(\w+)\}/g;

/** The parameter names a template uses, sorted. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((match) => match[1] ?? ""))].sort();
}

function fill(template: string, params: MessageParams, lang: keyof Text, key: string): string {
  return template.replace(placeholder, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message "${key}" needs the parameter "${name}"`);
    return typeof value === "object" ? value[lang] : String(value);
  });
}

/** A formatter over two catalogues with the same keys: each message comes back in Chinese and English. */
export function createMessages<T extends MessageTemplates>(zh: T, en: Record<keyof T, string>) {
  return (key: keyof T & string, params: MessageParams = {}): Text => ({
    zh: fill(zh[key] ?? "", params, "zh", key),
    en: fill(en[key] ?? "", params, "en", key),
  });
}

/** Joins texts language by language. */
export function joinText(parts: readonly Text[], separator: Text): Text {
  return {
    zh: parts.map((part) => part.zh).join(separator.zh),
    en: parts.map((part) => part.en).join(separator.en),
  };
}
