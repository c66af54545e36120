import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { officialForm } from "../story-helpers/official-form";

const { table } = officialForm("enterprise-3");

describe("ErrorSummary", () => {
  it("has no axe violations", async () => {
    const { user, container } = renderTable(table, { lang: "bilingual" });
    await user.click(screen.getByRole("button", { name: /检查填写内容/ }));
    await screen.findByRole("alert");
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("takes focus and lists every problem with a link to its field", async () => {
    const { user } = renderTable(table, { lang: "en" });
    await user.click(screen.getByRole("button", { name: /review answers/i }));
    const summary = await screen.findByRole("alert");
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole("link");
    expect(links.length).toBeGreaterThan(3);
    expect(within(summary).getByText(/problems to fix/)).toBeTruthy();
    await user.click(links[0] as HTMLElement);
    expect(document.activeElement?.tagName).toMatch(/INPUT|TEXTAREA|SELECT|BUTTON/);
    expect(document.activeElement?.closest("[data-path]")).not.toBeNull();
  });

  it("reads in Chinese for a Chinese form", async () => {
    const { user } = renderTable(table, { lang: "zh" });
    await user.click(screen.getByRole("button", { name: /检查填写内容/ }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toMatch(/为必填项/);
    expect(summary.textContent).not.toMatch(/required/);
  });
});
