import type { Field } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { formatLeaf, formatNumber } from "./format-value";

const ui = (key: string, params?: Record<string, unknown>) => ({
  zh: `${key}:zh${params ? JSON.stringify(params) : ""}`,
  en: `${key}:en${params ? JSON.stringify(params) : ""}`,
});

describe("formatNumber", () => {
  it("groups thousands for zh-CN and en, keeping the decimals as typed", () => {
    expect(formatNumber("1234567", "zh")).toBe("1,234,567");
    expect(formatNumber("1234567", "en")).toBe("1,234,567");
    expect(formatNumber("18640.50", "zh")).toBe("18,640.50");
    expect(formatNumber(9850.2, "en")).toBe("9,850.2");
    expect(formatNumber("-3200", "en")).toBe("-3,200");
  });

  it("reads what a filer may type: full-width digits and separators already there", () => {
    expect(formatNumber("１２３４５", "zh")).toBe("12,345");
    expect(formatNumber("1,234.5", "en")).toBe("1,234.5");
  });

  it("gives back text that is not a number as it was", () => {
    expect(formatNumber("约一千", "zh")).toBe("约一千");
  });
});

describe("formatLeaf", () => {
  it("shows a figure with its unit and thousands separators", () => {
    const field: Field = { id: "a", kind: "decimal", unit: "万元", label: { zh: "金额", en: "Amount" } };
    expect(formatLeaf(field, "486500", ui)).toEqual({
      zh: "486,500 ui.unit.万元:zh",
      en: "486,500 ui.unit.万元:en",
    });
  });
});
