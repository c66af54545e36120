import { screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { officialForm } from "../story-helpers/official-form";

const { table, fixtures } = officialForm("key-enterprise-application");
const category = (fixtures.valid as Record<string, unknown>).category;

describe("Section", () => {
  it("has no axe violations, with its signature and seal blocks", async () => {
    const { container } = renderTable(table, { lang: "bilingual", value: fixtures.valid });
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("shows a section only while its condition holds (the 360号 manufacturing-only part)", () => {
    const { container } = renderTable(table, { lang: "zh", value: fixtures.valid });
    const shown = [...container.querySelectorAll("[data-section]")].map((s) =>
      s.getAttribute("data-section"),
    );
    const { container: other } = renderTable(table, { lang: "zh", value: fixtures.english });
    const shownOther = [...other.querySelectorAll("[data-section]")].map((s) =>
      s.getAttribute("data-section"),
    );
    expect(category).toBeDefined();
    expect(shown).not.toEqual(shownOther);
  });

  it("names signature and seal blocks as groups, not landmarks", () => {
    renderTable(table, { lang: "zh", value: fixtures.valid });
    const groups = screen.getAllByRole("group").filter((g) => g.classList.contains("tb-section"));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.tagName).toBe("DIV");
  });
});
