import { isPlainObject } from "./paths";

/**
 * The largest magnitude a figure may have: zod already bounds integers by it, beyond it integers
 * lose precision, and sums of figures this size stay finite however many rows there are.
 */
export const largestFigure = Number.MAX_SAFE_INTEGER;

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const groupedNumber = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads a number as typed in an input: full-width digits and signs, surrounding blanks and
 * thousands separators in groups of three are accepted ("１２．５", " 1,234.5 ").
 * Returns undefined for anything else (exponents, units, words, digits too many for a finite number).
 */
export function parseNumeric(text: string): number | undefined {
  if (plainNumber.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  }
  // NFKC folds full-width digits, point, comma and signs to ASCII; U+2212 is the typographic minus.
  let t = text
    .normalize("NFKC")
    .replace(/\u2212/g, "-")
    .replace(/\s+/g, "");
  if (groupedNumber.test(t)) t = t.replace(/,/g, "");
  if (!plainNumber.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A figure from a number or a numeric string, at most {@link largestFigure} in magnitude;
 * undefined otherwise (the field check reports a larger one).
 */
export function toNumber(value: unknown): number | undefined {
  const number = typeof value === "string" ? parseNumeric(value) : value;
  return typeof number === "number" && Math.abs(number) <= largestFigure ? number : undefined;
}

/** A number for sums: a money value counts by its amount. */
export function amountOf(value: unknown): number | undefined {
  return toNumber(isPlainObject(value) ? value.amount : value);
}

/** Whether `value` has at most `scale` decimal places (with float noise tolerated). */
export function hasScale(value: number, scale: number): boolean {
  // Every double beyond 2^53 is whole, and scaling one may overflow to Infinity.
  if (Number.isInteger(value)) return true;
  const factor = 10 ** scale;
  const scaled = value * factor;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled));
}

/** Rounds to `digits` decimal places, half away from zero. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/** Removes binary float noise (0.1 + 0.2) from a computed figure before it is shown or stored. */
export function tidy(value: number): number {
  return Number(value.toPrecision(15));
}

/** Two computed figures agree up to float noise: 1e-9, or 1e-12 of their size when larger. */
export function nearlyEqual(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= Math.max(tolerance, 1e-12 * Math.max(Math.abs(a), Math.abs(b)));
}
