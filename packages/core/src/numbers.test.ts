import { describe, expect, it } from "vitest";
import { hasScale, largestFigure, nearlyEqual, parseNumeric, roundTo, tidy, toNumber } from "./numbers";

describe("parseNumeric", () => {
  it("reads numbers as typed in an input", () => {
    expect(parseNumeric("12.5")).toBe(12.5);
    expect(parseNumeric("１２．５")).toBe(12.5);
    expect(parseNumeric("－３")).toBe(-3);
    expect(parseNumeric("\u22123")).toBe(-3);
    expect(parseNumeric(" 1,234.5 ")).toBe(1234.5);
    expect(parseNumeric("１，２３４")).toBe(1234);
    expect(parseNumeric(".5")).toBe(0.5);
    expect(parseNumeric("+7")).toBe(7);
  });

  it("refuses words, units, exponents and misplaced separators", () => {
    for (const text of ["", "abc", "12万", "1e5", "1,23", "1.2.3", "Infinity", "NaN", "--1"]) {
      expect(parseNumeric(text)).toBeUndefined();
    }
  });

  it("refuses digits too many for a finite number, half-width or full-width", () => {
    for (const text of ["9".repeat(400), `-${"9".repeat(400)}`, "９".repeat(400)]) {
      expect(parseNumeric(text), text.slice(0, 3)).toBeUndefined();
    }
    expect(parseNumeric("9".repeat(300))).toBe(Number("9".repeat(300)));
  });
});

describe("number helpers", () => {
  it("converts only finite numbers and numeric strings", () => {
    expect(toNumber(3)).toBe(3);
    expect(toNumber("3")).toBe(3);
    expect(toNumber(Number.NaN)).toBeUndefined();
    expect(toNumber(true)).toBeUndefined();
  });

  it("converts only figures within largestFigure, so that sums of them stay finite", () => {
    expect(toNumber(largestFigure)).toBe(largestFigure);
    expect(toNumber(-largestFigure)).toBe(-largestFigure);
    for (const value of [largestFigure + 2, 1e308, -1e308, "1".repeat(20), Number.POSITIVE_INFINITY]) {
      expect(toNumber(value), String(value)).toBeUndefined();
    }
  });

  it("checks decimal places despite float noise", () => {
    expect(hasScale(0.07, 2)).toBe(true);
    expect(hasScale(12.5, 1)).toBe(true);
    expect(hasScale(1.005, 2)).toBe(false);
    expect(hasScale(3, 0)).toBe(true);
    expect(hasScale(3.1, 0)).toBe(false);
    expect(hasScale(-1e308, 2)).toBe(true);
    expect(hasScale(Number.MAX_VALUE, 4)).toBe(true);
  });

  it("rounds half away from zero and removes float noise", () => {
    expect(roundTo(89.743589, 4)).toBe(89.7436);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.125, 2)).toBe(0.13);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(1, 1.001)).toBe(false);
  });
});
