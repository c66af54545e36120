import { normalizeCode } from "../normalize";
import { type CodeCheck, checkOrgCode } from "./org-code";

/** The 31 characters of a 统一社会信用代码 (GB 32100-2015): digits and capitals without I, O, Z, S, V. */
export const usccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const charsetPattern = /^[0-9A-HJ-NP-RTUWXY]*$/;

/**
 * The GB 32100-2015 check character for the first 17 characters of a 统一社会信用代码:
 * (31 − Σ value × weight mod 31) mod 31, as a character of `usccCharset`.
 * Throws a RangeError when the input is not 17 characters of that set.
 */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !charsetPattern.test(first17)) {
    throw new RangeError("A unified social credit code body is 17 characters of the GB 32100 set");
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccCharset.indexOf(first17.charAt(i)) * (weights[i] as number);
  return usccCharset.charAt((31 - (sum % 31)) % 31);
}

/** Checks an already normalised 统一社会信用代码. */
export function checkUscc(value: string): CodeCheck {
  if (!charsetPattern.test(value)) return { ok: false, reason: "charset" };
  if (value.length !== 18) return { ok: false, reason: "length", length: 18 };
  return value.charAt(17) === usccCheckCharacter(value.slice(0, 17))
    ? { ok: true }
    : { ok: false, reason: "checksum" };
}

/** The 组织机构代码 inside a 统一社会信用代码 and whether its own check character holds. */
export interface EmbeddedOrgCode {
  /** Characters 9–17 of the credit code: the 8-character body and its check character. */
  value: string;
  ok: boolean;
}

/**
 * The 组织机构代码 carried in characters 9–17 of a 统一社会信用代码, or undefined when the input is not
 * 18 characters of the code's set. Not every credit code embeds a valid one (个体工商户 often do not),
 * which is why validateIdentifier does not check it.
 */
export function usccEmbeddedOrgCode(value: string): EmbeddedOrgCode | undefined {
  const code = normalizeCode(value);
  if (code.length !== 18 || !charsetPattern.test(code)) return undefined;
  const orgCode = code.slice(8, 17);
  return { value: orgCode, ok: checkOrgCode(orgCode).ok };
}
