import { screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { officialForm } from "../story-helpers/official-form";

const { table } = officialForm("enterprise-2");

describe("OfficialHeader", () => {
  it("has no axe violations", async () => {
    const { container } = renderTable(table, { lang: "bilingual" });
    expect((await axe.run(container.querySelector("header") as HTMLElement)).violations).toEqual([]);
  });

  it("prints the table's identity as the paper does", () => {
    const { container } = renderTable(table, { lang: "zh" });
    const header = container.querySelector("header");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("服务外包合同协议情况登记表");
    for (const text of [
      "服务外包统企业２表",
      "商务部",
      "国家统计局",
      "国统制〔2022〕45号",
      "2025 年 03 月",
      "月报",
    ]) {
      expect(header?.textContent).toContain(text);
    }
  });

  it("reads in English with the glossary's terms", () => {
    const { container } = renderTable(table, { lang: "en" });
    const header = container.querySelector("header")?.textContent ?? "";
    for (const text of [
      "Table number",
      "Formulated by",
      "Approved by",
      "Approval number",
      "Valid until",
      "Monthly report",
    ]) {
      expect(header).toContain(text);
    }
  });
});
