import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { formComplete } from "../story-helpers/form-complete";
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

  it("tells apart two fields of one label by the group a field sits in; beside the field, the label alone", async () => {
    // 企业2表 asks for 单位详细名称 twice: the filer's own in the header, and 201 接包企业's.
    const { user, container } = renderTable(officialForm("enterprise-2").table, { lang: "zh" });
    await formComplete(container);
    await user.click(screen.getByRole("button", { name: /检查填写内容/ }));
    const summary = await screen.findByRole("alert");
    const links = within(summary)
      .getAllByRole("link")
      .map((link) => link.textContent);
    expect(links).toContain("【单位详细名称】为必填项，请填写或选择。");
    expect(links).toContain("【单位详细名称（201 接包企业）】为必填项，请填写或选择。");
    const provider = container.querySelector('[data-path="provider.name"]');
    expect(provider?.textContent).toContain("【单位详细名称】为必填项，请填写或选择。");
    expect(provider?.textContent).not.toContain("201 接包企业）");
  });
});
