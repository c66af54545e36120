import { leafEntries } from "../code-list";
import { sectionOfIndustryCode } from "../lists/gbt4754-sections";
import { registrationTypes2011 } from "../lists/registration-types";
import { normalizeCode, normalizeText } from "../normalize";
import type { IdentifierType } from "../types";
import { isAreaCode, isEmail, isLandline, isMobile, isWebUrl } from "./contact-formats";
import { type ListedIdentifierType, listRules } from "./list-checks";
import { type CodeCheck, checkOrgCode } from "./org-code";
import { checkUscc } from "./uscc";

/**
 * The outcome of validateIdentifier. `value` is the normalised input; on failure `length` is the
 * expected length when the reason is "length".
 */
export type IdentifierResult =
  | { ok: true; value: string }
  | { ok: false; value: string; reason: "length" | "charset" | "checksum" | "format"; length?: number };

const registrationLeaves = new Set(leafEntries(registrationTypes2011).map((entry) => entry.code));

type Check = (value: string) => CodeCheck | { ok: false; reason: "format" };

// A fixed-length digit code whose value must also satisfy `rule`.
const digits =
  (length: number, rule: (value: string) => boolean = () => true): Check =>
  (value) => {
    if (!/^\d*$/.test(value)) return { ok: false, reason: "charset" };
    if (value.length !== length) return { ok: false, reason: "length", length };
    return rule(value) ? { ok: true } : { ok: false, reason: "format" };
  };

const digitsWithFormat =
  (rule: (value: string) => boolean): Check =>
  (value) => {
    if (!/^\d*$/.test(value)) return { ok: false, reason: "charset" };
    return rule(value) ? { ok: true } : { ok: false, reason: "format" };
  };

// A code a list must hold; read at each check, as the list's checks may arrive after this module.
const listed = (type: ListedIdentifierType, length: number): Check =>
  digits(length, (value) => listRules[type]?.(value) === true);

const formatOnly =
  (rule: (value: string) => boolean): Check =>
  (value) =>
    rule(value) ? { ok: true } : { ok: false, reason: "format" };

const checks: Record<IdentifierType, Check> = {
  uscc: checkUscc,
  orgCode: checkOrgCode,
  divisionCode: listed("divisionCode", 12),
  urbanRuralCode: listed("urbanRuralCode", 3),
  industryCode: digits(4, (value) => sectionOfIndustryCode(value, "2017") !== undefined),
  industryCode2011: digits(4, (value) => sectionOfIndustryCode(value, "2011") !== undefined),
  registrationType: digits(3, (value) => registrationLeaves.has(value)),
  areaCode: digitsWithFormat(isAreaCode),
  landline: (value) =>
    /^[\d-]*$/.test(value) ? formatOnly(isLandline)(value) : { ok: false, reason: "charset" },
  mobile: (value) => {
    if (!/^\d*$/.test(value)) return { ok: false, reason: "charset" };
    if (value.length !== 11) return { ok: false, reason: "length", length: 11 };
    return isMobile(value) ? { ok: true } : { ok: false, reason: "format" };
  },
  postcode: digits(6),
  email: formatOnly(isEmail),
  url: formatOnly(isWebUrl),
};

function normalizeFor(type: IdentifierType, raw: string): string {
  switch (type) {
    case "landline":
      // Keep one separator for the extension: any hyphen or 转 becomes "-".
      return normalizeText(raw)
        .replace(/\s/gu, "")
        .replace(/[\u2010\u2011\u2013\u2014转]/g, "-");
    case "mobile":
      return normalizeCode(raw).replace(/^(?:\+86|0086)(?=\d{11}$)/, "");
    case "email":
    case "url":
      return normalizeText(raw);
    default:
      return normalizeCode(raw);
  }
}

// A value from untyped JavaScript as text; one that cannot be (Object.create(null)) is blank.
function asText(raw: unknown): string {
  if (typeof raw === "string") return raw;
  try {
    return String(raw);
  } catch {
    return "";
  }
}

/**
 * Validates an identifier or contact detail as a filer typed it: full-width characters, spaces,
 * hyphens and lower case are normalised first. Never throws.
 */
export function validateIdentifier(type: IdentifierType, raw: string): IdentifierResult {
  const value = normalizeFor(type, asText(raw));
  // Own keys only: a type read from data may be "toString" or "__proto__".
  const check = Object.hasOwn(checks, type) ? checks[type] : undefined;
  if (!check) return { ok: false, value, reason: "format" };
  const result = check(value);
  if (result.ok) return { ok: true, value };
  return "length" in result && result.length !== undefined
    ? { ok: false, value, reason: result.reason, length: result.length }
    : { ok: false, value, reason: result.reason };
}
