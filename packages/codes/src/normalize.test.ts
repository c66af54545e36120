import { describe, expect, it } from "vitest";
import { normalizeCode, normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("turns full-width ASCII into half-width", () => {
    expect(normalizeText("９１４４ＡＢｃ！～")).toBe("9144ABc!~");
  });

  it("turns the ideographic space into a space and trims", () => {
    expect(normalizeText("\u3000北京\u3000市\u3000")).toBe("北京 市");
  });

  it("leaves Chinese text and half-width text alone", () => {
    expect(normalizeText("服务外包（ITO）")).toBe("服务外包(ITO)");
    expect(normalizeText("abc 123")).toBe("abc 123");
  });
});

describe("normalizeCode", () => {
  it("drops spaces and every kind of hyphen", () => {
    expect(normalizeCode(" 7084 6113-6 ")).toBe("708461136");
    expect(normalizeCode("70846113－6")).toBe("708461136");
    for (const hyphen of ["\u2010", "\u2011", "\u2013", "\u2014"]) {
      expect(normalizeCode(`70846113${hyphen}6`)).toBe("708461136");
    }
  });

  it("upper-cases ASCII letters only", () => {
    expect(normalizeCode("91440300708461136t")).toBe("91440300708461136T");
    expect(normalizeCode("ı")).toBe("ı");
    expect(normalizeCode("ſ")).toBe("ſ");
  });

  it("handles full-width input", () => {
    expect(normalizeCode("９１４４０３００７０８４６１１３６ｔ")).toBe("91440300708461136T");
  });
});
