import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IdentifierType } from "../types";
import { identifierSpecs } from "./specs";
import { validateIdentifier } from "./validate-identifier";

const types = Object.keys(identifierSpecs) as IdentifierType[];

const reason = (type: IdentifierType, raw: string) => {
  const result = validateIdentifier(type, raw);
  return result.ok ? "ok" : result.reason;
};

describe("validateIdentifier", () => {
  it("has a spec for every identifier type, and every example passes", () => {
    expect(types).toHaveLength(13);
    for (const type of types) {
      expect(validateIdentifier(type, identifierSpecs[type].example), type).toMatchObject({ ok: true });
    }
  });

  it("gives box groups that add up to the fixed length", () => {
    for (const type of types) {
      const { length, groups } = identifierSpecs[type];
      if (length !== undefined && groups)
        expect(
          groups.reduce((a, b) => a + b, 0),
          type,
        ).toBe(length);
    }
    expect(identifierSpecs.orgCode.groups).toEqual([8, 1]);
    expect(identifierSpecs.landline.groups).toEqual([8, 6]);
  });

  it("never throws, whatever the string", () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...types), anyString, (type, raw) => {
        const result = validateIdentifier(type, raw);
        return typeof result.ok === "boolean" && typeof result.value === "string";
      }),
      { numRuns: 1000 },
    );
  });

  it("answers format for a type it does not know, even one named like an object's own methods", () => {
    for (const type of ["nope", "", "toString", "valueOf", "hasOwnProperty", "constructor", "__proto__"]) {
      expect(validateIdentifier(type as IdentifierType, "123"), type).toEqual({
        ok: false,
        value: "123",
        reason: "format",
      });
    }
  });

  it("never throws on a value untyped JavaScript passes in, even one without a toString", () => {
    const throwing = {
      toString() {
        throw new Error("no text");
      },
    };
    for (const raw of [null, undefined, 12, {}, Object.create(null), throwing, Symbol("x")]) {
      expect(validateIdentifier("uscc", raw as string).ok).toBe(false);
    }
  });

  it("returns the normalised value, also on failure", () => {
    expect(validateIdentifier("postcode", " １００ ７３１ ")).toEqual({ ok: true, value: "100731" });
    expect(validateIdentifier("postcode", "10073")).toEqual({
      ok: false,
      value: "10073",
      reason: "length",
      length: 6,
    });
  });
});

describe("divisionCode (统计用区划代码)", () => {
  it("accepts 12 digits under a provincial prefix", () => {
    expect(reason("divisionCode", "110108000000")).toBe("ok");
    expect(reason("divisionCode", "6590 0100 0000")).toBe("ok");
  });

  it("rejects an unknown provincial prefix as format", () => {
    expect(reason("divisionCode", "100108000000")).toBe("format");
    expect(reason("divisionCode", "660000000000")).toBe("format");
  });

  it("rejects a wrong length or non-digits", () => {
    expect(validateIdentifier("divisionCode", "110108")).toMatchObject({ reason: "length", length: 12 });
    expect(reason("divisionCode", "11010800000A")).toBe("charset");
  });
});

describe("urbanRuralCode (城乡代码)", () => {
  it("accepts the seven codes and nothing else", () => {
    for (const code of ["111", "112", "121", "122", "123", "210", "220"])
      expect(reason("urbanRuralCode", code)).toBe("ok");
    expect(reason("urbanRuralCode", "113")).toBe("format");
    expect(reason("urbanRuralCode", "200")).toBe("format");
    expect(reason("urbanRuralCode", "11")).toBe("length");
  });
});

describe("industryCode (行业代码, GB/T 4754-2017)", () => {
  it("accepts four digits whose 大类 is 01–97", () => {
    expect(reason("industryCode", "0111")).toBe("ok");
    expect(reason("industryCode", "6513")).toBe("ok");
    expect(reason("industryCode", "9700")).toBe("ok");
  });

  it("rejects 大类 00 and 98–99 as format", () => {
    expect(reason("industryCode", "0011")).toBe("format");
    expect(reason("industryCode", "9800")).toBe("format");
    expect(reason("industryCode", "9999")).toBe("format");
  });

  it("rejects other lengths and characters", () => {
    expect(reason("industryCode", "651")).toBe("length");
    expect(reason("industryCode", "I651")).toBe("charset");
  });
});

describe("industryCode2011 (行业代码, GB/T 4754-2011, as 企业1表 107 prints it)", () => {
  it("accepts four digits whose 大类 is 01–96", () => {
    expect(reason("industryCode2011", "0111")).toBe("ok");
    expect(reason("industryCode2011", "6510")).toBe("ok");
    expect(reason("industryCode2011", "9600")).toBe("ok");
  });

  it("rejects 大类 00 and 97–99, which the 2011 edition does not have", () => {
    expect(reason("industryCode2011", "0011")).toBe("format");
    expect(reason("industryCode2011", "9700")).toBe("format");
    expect(reason("industryCode2011", "9900")).toBe("format");
  });

  it("rejects other lengths and characters", () => {
    expect(reason("industryCode2011", "651")).toBe("length");
    expect(reason("industryCode2011", "I651")).toBe("charset");
  });
});

describe("registrationType (登记注册类型)", () => {
  it("accepts the printed leaf codes", () => {
    for (const code of ["110", "151", "159", "190", "240", "290", "310", "390"]) {
      expect(reason("registrationType", code)).toBe("ok");
    }
  });

  it("rejects headings and codes the form does not print", () => {
    expect(reason("registrationType", "1")).toBe("length");
    expect(reason("registrationType", "150")).toBe("format");
    expect(reason("registrationType", "100")).toBe("format");
    expect(reason("registrationType", "399")).toBe("format");
  });
});

describe("areaCode (长途区号)", () => {
  it("accepts 010, 02x and 0 + three digits", () => {
    for (const code of ["010", "021", "029", "0371", "0755", "0991"])
      expect(reason("areaCode", code)).toBe("ok");
    expect(reason("areaCode", "０７５５")).toBe("ok");
  });

  it("rejects codes without the leading 0, or of the wrong shape", () => {
    for (const code of ["10", "755", "0", "011", "0100", "01234", "02", "00755"]) {
      expect(reason("areaCode", code), code).toBe("format");
    }
    expect(reason("areaCode", "0a55")).toBe("charset");
  });
});

describe("landline (固定电话)", () => {
  it("accepts 7–8 digits with an optional extension of up to 6 digits", () => {
    expect(validateIdentifier("landline", "65978801-307")).toEqual({ ok: true, value: "65978801-307" });
    expect(reason("landline", "6597880")).toBe("ok");
    expect(reason("landline", "65978801－123456")).toBe("ok");
    expect(validateIdentifier("landline", "6597 8801 转 307")).toEqual({ ok: true, value: "65978801-307" });
  });

  it("rejects numbers that include the area code, long extensions and other characters", () => {
    expect(reason("landline", "010-65978801")).toBe("format");
    expect(reason("landline", "01065978801")).toBe("format");
    expect(reason("landline", "659788")).toBe("format");
    expect(reason("landline", "659788011")).toBe("format");
    expect(reason("landline", "65978801-1234567")).toBe("format");
    expect(reason("landline", "65978801-")).toBe("format");
    expect(reason("landline", "6597-8801-307")).toBe("format");
    expect(reason("landline", "65978801 ext 307")).toBe("charset");
  });
});

describe("mobile (移动电话)", () => {
  it("accepts 11 digits starting 13–19, also written with +86 or spaces", () => {
    expect(reason("mobile", "13800138000")).toBe("ok");
    expect(reason("mobile", "199 0000 0000")).toBe("ok");
    expect(validateIdentifier("mobile", "+86 138-0013-8000")).toEqual({ ok: true, value: "13800138000" });
  });

  it("rejects other prefixes, lengths and characters", () => {
    expect(reason("mobile", "12800138000")).toBe("format");
    expect(reason("mobile", "23800138000")).toBe("format");
    expect(validateIdentifier("mobile", "1380013800")).toMatchObject({ reason: "length", length: 11 });
    expect(reason("mobile", "+4413800138000")).toBe("charset");
  });
});

describe("postcode (邮政编码)", () => {
  it("accepts six digits", () => {
    expect(reason("postcode", "100731")).toBe("ok");
    expect(reason("postcode", "010000")).toBe("ok");
  });

  it("rejects other lengths and characters", () => {
    expect(reason("postcode", "1007310")).toBe("length");
    expect(reason("postcode", "10073A")).toBe("charset");
  });
});

describe("email (电子邮箱)", () => {
  it("accepts ordinary addresses, including a full-width @ and an internationalised domain", () => {
    for (const address of [
      "contact@example.com",
      "first.last+tag@mail.example.com.cn",
      "a@b.co",
      "x_y@例子.中国",
    ]) {
      expect(reason("email", address), address).toBe("ok");
    }
    expect(validateIdentifier("email", " contact＠example.com ")).toEqual({
      ok: true,
      value: "contact@example.com",
    });
  });

  it("rejects malformed addresses", () => {
    for (const address of [
      "",
      "contact",
      "@example.com",
      "contact@",
      "contact@example",
      "con tact@example.com",
      "a@@example.com",
      "a@b@example.com",
      ".a@example.com",
      "a.@example.com",
      "a..b@example.com",
      "a@-example.com",
      "a@example-.com",
      "a@example..com",
      "a@1.2.3.4",
      `${"a".repeat(65)}@example.com`,
    ]) {
      expect(reason("email", address), address).toBe("format");
    }
  });

  // 1 MB each: a backtracking or quadratic pass would run far past the test's 5-minute hang guard, so
  // the test needs no clock of its own.
  it("answers long hostile input", () => {
    const mega = 1 << 20;
    expect(validateIdentifier("email", `${"a.".repeat(mega / 4)}@${"b-".repeat(mega / 4)}`).ok).toBe(false);
    expect(validateIdentifier("email", `a@${"b".repeat(mega)}.`).ok).toBe(false);
  });
});

describe("url (网址)", () => {
  it("accepts http and https addresses", () => {
    for (const address of [
      "https://www.example.com",
      "http://example.com.cn/path?q=1",
      "https://例子.中国",
    ]) {
      expect(reason("url", address), address).toBe("ok");
    }
    expect(validateIdentifier("url", "\u3000https://www.example.com\u3000")).toEqual({
      ok: true,
      value: "https://www.example.com",
    });
  });

  it("rejects other schemes, bare host names and malformed addresses", () => {
    for (const address of [
      "",
      "www.example.com",
      "ftp://example.com",
      "javascript:alert(1)",
      "https://localhost",
      "https://",
      "https://exa mple.com",
      "https://example..com",
      `https://${"a.".repeat(127)}cn`,
      `https://${"a".repeat(64)}.cn`,
    ]) {
      expect(reason("url", address), address.slice(0, 40)).toBe("format");
    }
    expect(reason("url", `https://${"a.".repeat(125)}cn`)).toBe("ok");
    expect(reason("url", `https://${"a".repeat(63)}.cn`)).toBe("ok");
  });
});
