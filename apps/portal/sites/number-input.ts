import { roundCents } from "./format";

/** What one text box holds: nothing, a number, or something that is not an allowed number. */
export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false };

export interface NumberRules {
  /** Whole numbers only (persons, events, years). */
  integer?: boolean;
}

const fullWidthDigit = /[\uFF10-\uFF19]/g;

/** Turns what a Chinese keyboard may type into ASCII: full-width digits and point; drops group separators. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(fullWidthDigit, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。]/g, ".")
    .replace(/[,，\s\u3000]/g, "");
}

/** Reads a non-negative number from a text box; blank is no value. */
export function parseNonNegative(text: string, rules: NumberRules = {}): ParsedNumber {
  const normalized = normalizeNumberText(text);
  if (normalized === "") return { ok: true, value: undefined };
  const pattern = rules.integer ? /^\d+$/ : /^(\d+(\.\d*)?|\.\d+)$/;
  if (!pattern.test(normalized)) return { ok: false };
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** An amount typed in 万 (万元, 万美元) as units, kept to the cent. */
export function fromWan(value: number): number {
  return roundCents(value * 10_000);
}
