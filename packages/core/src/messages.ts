/**
 * Every validation message key the core can report, with the parameters it passes.
 * Each language's resources in @tianbiao/i18n must translate every key here (a parity test checks).
 * `code` is the printed field number (may be ""). Labels come in both languages: `label` is the
 * Chinese label and `labelEn` the English one; likewise `wholeLabel`/`wholeLabelEn`,
 * `labels`/`labelsEn`, `parts`/`partsEn`, and `column`/`columnEn` for matrix cells.
 */
export const messageKeys = {
  "validation.required": ["label", "code"],
  "validation.number": ["label", "code"],
  "validation.integer": ["label", "code"],
  "validation.min": ["label", "code", "min", "unit"],
  "validation.max": ["label", "code", "max", "unit"],
  "validation.scale": ["label", "code", "scale"],
  "validation.maxLength": ["label", "code", "max"],
  "validation.option": ["label", "code"],
  "validation.otherText": ["label", "code"],
  "validation.date": ["label", "code", "format"],
  "validation.text": ["label", "code"],
  "validation.rows.min": ["label", "code", "min"],
  "validation.rows.max": ["label", "code", "max"],
  "validation.length": ["label", "code", "length"],
  "validation.charset": ["label", "code"],
  "validation.checksum": ["label", "code"],
  "validation.format": ["label", "code", "format"],
  "validation.money.currency": ["label", "code"],
  "validation.money.rate": ["label", "code"],
  "validation.money.usd": ["label", "code", "expected"],
  "validation.shape": ["label", "code"],
  "rule.requiredWhen": ["label", "code"],
  "rule.onlyWhen": ["label", "code"],
  "rule.sum": ["label", "code", "expected", "actual", "parts"],
  "rule.atMost": ["label", "code", "whole", "wholeLabel", "actual"],
  "rule.totalEquals": ["label", "code", "expected", "actual"],
  "rule.requireOne": ["label", "code", "labels"],
  "rule.threshold.min": ["label", "code", "min", "unit"],
  "rule.threshold.max": ["label", "code", "max", "unit"],
  "rule.derived": ["label", "code", "expected"],
} as const satisfies Record<string, readonly string[]>;

export type MessageKey = keyof typeof messageKeys;

/** Names used for the `format` parameter of validation.date and validation.format. */
export const formatNames = [
  "date.day",
  "date.month",
  "date.year",
  "uscc",
  "orgCode",
  "divisionCode",
  "urbanRuralCode",
  "industryCode",
  "industryCode2011",
  "registrationType",
  "areaCode",
  "landline",
  "mobile",
  "postcode",
  "email",
  "url",
] as const;

export type FormatName = (typeof formatNames)[number];
