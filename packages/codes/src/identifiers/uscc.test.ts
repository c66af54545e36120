import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromAlphabet, typedVariant } from "./test-arbitraries";
import { usccCharset, usccCheckCharacter, usccEmbeddedOrgCode } from "./uscc";
import { validateIdentifier } from "./validate-identifier";

const validUscc = fromAlphabet(usccCharset, 17).map((body) => body + usccCheckCharacter(body));

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts the public codes", () => {
    expect(validateIdentifier("uscc", "914403001922038216")).toEqual({
      ok: true,
      value: "914403001922038216",
    });
    expect(validateIdentifier("uscc", "91440300708461136T")).toEqual({
      ok: true,
      value: "91440300708461136T",
    });
  });

  it("computes the check character of the public codes", () => {
    expect(usccCheckCharacter("91440300192203821")).toBe("6");
    expect(usccCheckCharacter("91440300708461136")).toBe("T");
  });

  it("reports a wrong check character as checksum", () => {
    expect(validateIdentifier("uscc", "91440300708461136X")).toMatchObject({ ok: false, reason: "checksum" });
  });

  it("reports the letters I, O, Z, S, V and other characters as charset", () => {
    for (const letter of ["I", "O", "Z", "S", "V", "*", "中"]) {
      expect(validateIdentifier("uscc", `9144030070846113${letter}T`)).toMatchObject({
        ok: false,
        reason: "charset",
      });
    }
  });

  it("reports a wrong length with the expected length", () => {
    expect(validateIdentifier("uscc", "9144030070846113")).toEqual({
      ok: false,
      value: "9144030070846113",
      reason: "length",
      length: 18,
    });
    expect(validateIdentifier("uscc", "")).toMatchObject({ ok: false, reason: "length", length: 18 });
  });

  it("rejects a body that is not 17 characters of the set", () => {
    expect(() => usccCheckCharacter("9144030070846113")).toThrow(RangeError);
    expect(() => usccCheckCharacter("9144030070846113I")).toThrow(RangeError);
  });

  it("passes every code whose check character was computed", () => {
    fc.assert(fc.property(validUscc, (code) => validateIdentifier("uscc", code).ok));
  });

  it("fails every code with one character changed to another of the set", () => {
    fc.assert(
      fc.property(
        validUscc,
        fc.nat({ max: 17 }),
        fc.constantFrom(...usccCharset.split("")),
        (code, position, replacement) => {
          fc.pre(code.charAt(position) !== replacement);
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          const result = validateIdentifier("uscc", changed);
          return !result.ok && result.reason === "checksum";
        },
      ),
    );
  });

  it("passes full-width, lower-case, spaced and hyphenated variants of a valid code", () => {
    fc.assert(
      fc.property(
        validUscc.chain((code) => fc.tuple(fc.constant(code), typedVariant(code))),
        ([code, typed]) => {
          const result = validateIdentifier("uscc", typed);
          return result.ok && result.value === code;
        },
      ),
    );
  });
});

describe("usccEmbeddedOrgCode", () => {
  it("returns characters 9–17 and whether their GB 11714 check holds", () => {
    expect(usccEmbeddedOrgCode("91440300708461136T")).toEqual({ value: "708461136", ok: true });
    expect(usccEmbeddedOrgCode("914403001922038216")).toEqual({ value: "192203821", ok: true });
  });

  it("normalises its input", () => {
    expect(usccEmbeddedOrgCode(" 9144 0300 7084 6113 6t ")).toEqual({ value: "708461136", ok: true });
  });

  it("reports an embedded code whose own check fails, without rejecting the credit code", () => {
    const body = "92440300MA5F00001";
    const code = body + usccCheckCharacter(body);
    expect(validateIdentifier("uscc", code).ok).toBe(true);
    expect(usccEmbeddedOrgCode(code)).toEqual({ value: "MA5F00001", ok: false });
  });

  it("returns undefined for anything that is not 18 characters of the set", () => {
    expect(usccEmbeddedOrgCode("70846113-6")).toBeUndefined();
    expect(usccEmbeddedOrgCode("9144030070846113IT")).toBeUndefined();
  });
});
