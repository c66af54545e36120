import type { DateField } from "@tianbiao/core";

export type DatePart = "year" | "month" | "day";

const partsByPrecision: Record<DateField["precision"], DatePart[]> = {
  year: ["year"],
  month: ["year", "month"],
  day: ["year", "month", "day"],
};

/** The parts a precision asks for, in paper order (年 月 日). */
export function datePartsFor(precision: DateField["precision"]): DatePart[] {
  return partsByPrecision[precision];
}

/**
 * Splits a stored value into its typed parts. The last part takes any remainder, so a value with
 * more parts than the precision (or a hyphen typed inside a part) is shown whole, never cut.
 */
export function splitDate(value: unknown, count: number): string[] {
  if (value === undefined || value === null || value === "") return Array.from({ length: count }, () => "");
  const pieces = String(value).split("-");
  const head = pieces.slice(0, count - 1);
  const rest = pieces.slice(count - 1).join("-");
  const parts = [...head, rest];
  while (parts.length < count) parts.push("");
  return parts;
}

const singleDigit = /^[0-9０-９]$/;

/**
 * Joins typed parts into the stored string. Nothing typed is ever dropped:
 * - all parts empty → undefined (no value);
 * - some parts empty → the parts joined with "-", trailing empty parts left off ("2024-1" while the day is
 *   still missing), so the core reports the incomplete date and splitDate gives the same parts back;
 * - all parts filled → joined with "-", a one-digit month or day padded with a zero of the same width
 *   ("2024-1-5" → "2024-01-05"), which is the YYYY-MM-DD form the core checks.
 */
export function joinDate(parts: string[]): string | undefined {
  if (parts.every((part) => part === "")) return undefined;
  if (parts.some((part) => part === "")) {
    let end = parts.length;
    while (end > 0 && parts[end - 1] === "") end -= 1;
    return parts.slice(0, end).join("-");
  }
  return parts.map((part, index) => (index > 0 && singleDigit.test(part) ? padDigit(part) : part)).join("-");
}

function padDigit(digit: string): string {
  return digit >= "０" ? `０${digit}` : `0${digit}`;
}
