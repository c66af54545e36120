import { describe, expect, it } from "vitest";
import { fromWan, normalizeNumberText, parseNonNegative } from "./number-input";

describe("number input", () => {
  it("accepts what a Chinese keyboard types", () => {
    expect(normalizeNumberText("１２３．４５")).toBe("123.45");
    expect(normalizeNumberText("1,234，5 6")).toBe("123456");
    expect(parseNonNegative("１，２００")).toEqual({ ok: true, value: 1200 });
  });

  it("treats blank as no value and refuses negatives, words and extra points", () => {
    expect(parseNonNegative("  ")).toEqual({ ok: true, value: undefined });
    expect(parseNonNegative("-1")).toEqual({ ok: false });
    expect(parseNonNegative("12a")).toEqual({ ok: false });
    expect(parseNonNegative("1.2.3")).toEqual({ ok: false });
    expect(parseNonNegative(".5")).toEqual({ ok: true, value: 0.5 });
  });

  it("asks for whole numbers where counts are meant", () => {
    expect(parseNonNegative("20", { integer: true })).toEqual({ ok: true, value: 20 });
    expect(parseNonNegative("2.5", { integer: true })).toEqual({ ok: false });
  });

  it("turns 万 into units without floating-point dust", () => {
    expect(fromWan(1.15)).toBe(11_500);
    expect(fromWan(4000)).toBe(40_000_000);
    expect(fromWan(0.000001)).toBe(0.01);
  });
});
