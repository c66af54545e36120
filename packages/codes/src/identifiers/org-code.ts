const weights = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const bodyPattern = /^[0-9A-Z]{8}$/;

// GB 11714-1997: a digit is its value, a letter is 10 + its place in A–Z.
function charValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/**
 * The GB 11714-1997 check character of an 8-character 组织机构代码 body (digits or A–Z):
 * C = 11 − (Σ value × weight mod 11), written "X" for 10 and "0" for 11.
 * Throws a RangeError when the body is not 8 such characters.
 */
export function orgCodeCheckCharacter(body8: string): string {
  if (!bodyPattern.test(body8)) throw new RangeError("An organization code body is 8 characters 0-9 or A-Z");
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body8.charAt(i)) * (weights[i] as number);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

export type CodeCheck =
  | { ok: true }
  | { ok: false; reason: "length" | "charset" | "checksum"; length?: number };

/** Checks an already normalised 组织机构代码 (9 characters, no hyphen). */
export function checkOrgCode(value: string): CodeCheck {
  if (!/^[0-9A-Z]*$/.test(value)) return { ok: false, reason: "charset" };
  if (value.length !== 9) return { ok: false, reason: "length", length: 9 };
  const body = value.slice(0, 8);
  return value.charAt(8) === orgCodeCheckCharacter(body) ? { ok: true } : { ok: false, reason: "checksum" };
}
