import type { Text } from "@tianbiao/core";
import { createMessages } from "./messages";

const zh = {
  wanYuan: "{value} 万元",
  wanUsd: "{value} 万美元",
  yuan: "{value} 元",
  fxRate: "{value} 元/美元",
  persons: "{value} 人",
  years: "{value} 年",
  months: "{value} 个月",
  squareMetres: "{value} 平方米",
  items: "{value} 项",
  person: "{value} 人",
  year: "{value} 年",
  month: "{value} 个月",
  item: "{value} 项",
  range: "{min}—{max}",
} as const;

const en: Record<keyof typeof zh, string> = {
  wanYuan: "{value} (CNY 10,000)",
  wanUsd: "{value} (USD 10,000)",
  yuan: "CNY {value}",
  fxRate: "CNY {value} per USD",
  persons: "{value} persons",
  years: "{value} years",
  months: "{value} months",
  squareMetres: "{value} square metres",
  items: "{value} items",
  person: "{value} person",
  year: "{value} year",
  month: "{value} month",
  item: "{value} item",
  range: "{min} to {max}",
};

/** Unit templates, exported for the parity test. */
export const formatTemplates = { zh, en };

const unit = createMessages(zh, en);

/** Rounds to the fen (0.01 yuan, or 0.01 of any currency), where every award is kept. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** 万 with two decimals: 123456.78 → "12.35". */
export function wanFixed(amount: number): string {
  const hundredths = Math.round(amount / 100);
  return (hundredths / 100).toFixed(2);
}

/** An amount in yuan shown in 万元 with two decimals. */
export function formatWanYuan(yuan: number): Text {
  return unit("wanYuan", { value: wanFixed(yuan) });
}

/** An amount in US dollars shown in 万美元 with two decimals. */
export function formatWanUsd(usd: number): Text {
  return unit("wanUsd", { value: wanFixed(usd) });
}

/** A range of yuan amounts, both in 万元. */
export function formatWanYuanRange(min: number, max: number): Text {
  return unit("range", { min: formatWanYuan(min), max: formatWanYuan(max) });
}

/** A small amount in yuan, kept in yuan (500 元 per person). */
export function formatYuan(yuan: number): Text {
  return unit("yuan", { value: String(roundCents(yuan)) });
}

/** An exchange rate in yuan per US dollar, as entered. */
export function formatFxRate(rate: number): Text {
  return unit("fxRate", { value: String(rate) });
}

/** A share as a percentage: 0.03 → "3%". */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 10000) / 100}%`;
}

const singular = { persons: "person", years: "year", months: "month", items: "item" } as const;

/** A count or length with its unit. */
export function formatQuantity(
  value: number,
  kind: "persons" | "years" | "months" | "squareMetres" | "items",
): Text {
  const plural = unit(kind, { value: String(value) });
  if (value !== 1 || kind === "squareMetres") return plural;
  return { zh: plural.zh, en: unit(singular[kind], { value: "1" }).en };
}

/** A label placed inside an English sentence: "Offshore business" → "offshore business"; acronyms stay. */
export function midSentence(text: Text): Text {
  const [first = "", second = ""] = text.en;
  const lower = second !== "" && second === second.toLowerCase() && second !== second.toUpperCase();
  return lower ? { zh: text.zh, en: first.toLowerCase() + text.en.slice(1) } : text;
}
