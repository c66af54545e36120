import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orgCodeCheckCharacter } from "./org-code";
import { fromAlphabet, typedVariant } from "./test-arbitraries";
import { validateIdentifier } from "./validate-identifier";

const bodyAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const checkAlphabet = "0123456789X";
const charValue = (ch: string) => bodyAlphabet.indexOf(ch);
const withCheck = (body: string) => body + orgCodeCheckCharacter(body);

const validOrgCode = fromAlphabet(bodyAlphabet, 8).map(withCheck);
const validDigitOrgCode = fromAlphabet("0123456789", 8).map(withCheck);

const substitute = (code: string, position: number, replacement: string) =>
  code.slice(0, position) + replacement + code.slice(position + 1);

describe("组织机构代码 (GB 11714-1997)", () => {
  it("accepts the codes embedded in the public credit codes, with or without the hyphen", () => {
    expect(validateIdentifier("orgCode", "70846113-6")).toEqual({ ok: true, value: "708461136" });
    expect(validateIdentifier("orgCode", "192203821")).toEqual({ ok: true, value: "192203821" });
  });

  it("writes 10 as X and 11 as 0", () => {
    // Σ = 2 → 11 − 2 = 9; Σ = 0 → 11 → "0"; Σ = 4 × 3 = 12 ≡ 1 → 10 → "X".
    expect(orgCodeCheckCharacter("00000001")).toBe("9");
    expect(orgCodeCheckCharacter("00000000")).toBe("0");
    expect(orgCodeCheckCharacter("40000000")).toBe("X");
  });

  it("reads letters as 10 + their place in A–Z", () => {
    // A = 10: Σ = 10 × 3 = 30 → 30 mod 11 = 8 → 3.
    expect(orgCodeCheckCharacter("A0000000")).toBe("3");
    // Z = 35: Σ = 35 × 3 = 105 → 105 mod 11 = 6 → 5.
    expect(orgCodeCheckCharacter("Z0000000")).toBe("5");
  });

  it("reports a wrong check character as checksum, and a wrong length with the expected length", () => {
    expect(validateIdentifier("orgCode", "70846113-7")).toMatchObject({ ok: false, reason: "checksum" });
    expect(validateIdentifier("orgCode", "70846113-A")).toMatchObject({ ok: false, reason: "checksum" });
    expect(validateIdentifier("orgCode", "7084611-3")).toMatchObject({
      ok: false,
      reason: "length",
      length: 9,
    });
    expect(validateIdentifier("orgCode", "70846113*6")).toMatchObject({ ok: false, reason: "charset" });
  });

  it("rejects a body that is not 8 characters 0-9 or A-Z", () => {
    expect(() => orgCodeCheckCharacter("7084611")).toThrow(RangeError);
    expect(() => orgCodeCheckCharacter("7084611a")).toThrow(RangeError);
  });

  it("passes every code whose check character was computed", () => {
    fc.assert(fc.property(validOrgCode, (code) => validateIdentifier("orgCode", code).ok));
  });

  it("fails every all-digit code with one body digit changed", () => {
    fc.assert(
      fc.property(validDigitOrgCode, fc.nat({ max: 7 }), fc.nat({ max: 9 }), (code, position, digit) => {
        fc.pre(code.charAt(position) !== String(digit));
        const result = validateIdentifier("orgCode", substitute(code, position, String(digit)));
        return !result.ok && result.reason === "checksum";
      }),
    );
  });

  it("fails every code with its check character changed", () => {
    fc.assert(
      fc.property(validOrgCode, fc.constantFrom(...checkAlphabet.split("")), (code, replacement) => {
        fc.pre(code.charAt(8) !== replacement);
        const result = validateIdentifier("orgCode", substitute(code, 8, replacement));
        return !result.ok && result.reason === "checksum";
      }),
    );
  });

  it("fails every body substitution the mod-11 check can see", () => {
    fc.assert(
      fc.property(
        validOrgCode,
        fc.nat({ max: 7 }),
        fc.constantFrom(...bodyAlphabet.split("")),
        (code, position, replacement) => {
          const difference = charValue(replacement) - charValue(code.charAt(position));
          fc.pre(difference % 11 !== 0);
          const result = validateIdentifier("orgCode", substitute(code, position, replacement));
          return !result.ok && result.reason === "checksum";
        },
      ),
    );
  });

  it("cannot see a letter substitution whose values differ by a multiple of 11", () => {
    // 0 → B (11): GB 11714 allows letters in the body but its mod-11 check cannot tell these apart.
    expect(orgCodeCheckCharacter("00000000")).toBe(orgCodeCheckCharacter("B0000000"));
  });

  it("passes full-width, lower-case, spaced and hyphenated variants of a valid code", () => {
    fc.assert(
      fc.property(
        validOrgCode.chain((code) => fc.tuple(fc.constant(code), typedVariant(code))),
        ([code, typed]) => {
          const result = validateIdentifier("orgCode", typed);
          return result.ok && result.value === code;
        },
      ),
    );
  });
});
