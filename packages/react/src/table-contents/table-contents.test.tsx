import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FormTable } from "@tianbiao/core";
import { createI18n } from "@tianbiao/i18n";
import { getTableModule } from "@tianbiao/tables";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { formComplete } from "../story-helpers/form-complete";
import { TableForm } from "../table-form/table-form";
import { wantsContents } from "./table-contents";

// jsdom has no layout.
Element.prototype.scrollIntoView ??= () => {};

const application = getTableModule("key-enterprise-application")?.table as FormTable;

function renderApplication(lang: "zh" | "en" | "bilingual" = "zh") {
  return render(
    <TableForm
      table={application}
      lang={lang}
      i18n={createI18n({ lang: lang === "en" ? "en" : "zh" })}
      validateDelayMs={0}
    />,
  );
}

const nav = () => screen.getByRole("navigation", { name: /目录|Contents/ });
const figure = () => nav().querySelector(".tb-contents-progress")?.textContent ?? "";

describe("TableContents", () => {
  it("has no axe violations, opened, in every language", async () => {
    for (const lang of ["zh", "en", "bilingual"] as const) {
      const { container, unmount } = renderApplication(lang);
      fireEvent.click(nav().querySelector("summary") as HTMLElement);
      expect((await axe.run(container)).violations).toEqual([]);
      unmount();
    }
  });

  it("is given to long forms only", () => {
    expect(wantsContents(application)).toBe(true);
    expect(wantsContents(getTableModule("city-1")?.table as FormTable)).toBe(false);
  });

  it("counts the answered fields as the filer types, and each section's errors once they show", async () => {
    const user = userEvent.setup();
    const { container } = renderApplication("zh");
    const [, total] = /已填 0\/(\d+) 项/.exec(figure()) ?? [];
    expect(Number(total)).toBeGreaterThan(20);
    const input = container.querySelector<HTMLInputElement>(".tb-section input[type=text]");
    if (!input) throw new Error("the application has a text field");
    await user.type(input, "某");
    expect(figure()).toBe(`已填 1/${total} 项`);
    await user.clear(input);
    expect(figure()).toBe(`已填 0/${total} 项`);
    expect(nav().querySelector(".tb-contents-errors")).toBeNull();
    await user.click(screen.getAllByRole("button", { name: /检查|核对|review/i })[0] as HTMLElement);
    await waitFor(() => expect(nav().querySelectorAll(".tb-contents-errors").length).toBeGreaterThan(0));
    expect(nav().querySelector(".tb-contents-errors")?.textContent).toMatch(/\d+ 处错误/);
  });

  it("counts again when a choice shows a section or swaps it for another", async () => {
    const user = userEvent.setup();
    const { container } = renderApplication("zh");
    await formComplete(container);
    const links = () =>
      within(nav())
        .getAllByRole("link")
        .map((link) => link.textContent);
    const [, total] = /已填 0\/(\d+) 项/.exec(figure()) ?? [];
    expect(links()).not.toContain("申请制造业类重点企业选填");
    // 申请重点企业种类 is read by two sections' showWhen: choosing shows one of them and its questions.
    await user.click(screen.getByRole("radio", { name: /制造业类重点企业/ }));
    expect(links()).toContain("申请制造业类重点企业选填");
    const [, answered, grown] = /已填 (\d+)\/(\d+) 项/.exec(figure()) ?? [];
    expect(Number(answered)).toBe(1);
    expect(Number(grown)).toBeGreaterThan(Number(total));
    const input = container.querySelector<HTMLInputElement>('[data-path="enterpriseName"] input');
    if (!input) throw new Error("the application asks for the enterprise's name");
    await user.type(input, "某某公司");
    expect(figure()).toBe(`已填 2/${grown} 项`);
    // From one filled answer to another: the same count of answers, another section.
    await user.click(screen.getByRole("radio", { name: /信息技术外包类重点企业/ }));
    expect(links()).not.toContain("申请制造业类重点企业选填");
    expect(links()).toContain("申请信息技术外包类重点企业选填");
    expect(container.querySelector('[data-section="manufacturing"]')).toBeNull();
    expect(container.querySelector('[data-section="ito"]')).not.toBeNull();
  });

  it("shows a section's error once the filer leaves the field, with no further keystroke", async () => {
    const user = userEvent.setup();
    const { container } = renderApplication("zh");
    await formComplete(container);
    const input = container.querySelector<HTMLInputElement>('[data-path="enterpriseName"] input');
    if (!input) throw new Error("the application asks for the enterprise's name");
    await user.type(input, "某");
    await user.clear(input);
    expect(nav().querySelector(".tb-contents-errors")).toBeNull();
    // Leaving the emptied required field shows its message, and the contents counts it as it appears.
    await user.tab();
    const field = input.closest(".tb-field") as HTMLElement;
    await waitFor(() => expect(field.querySelector(".tb-message-error")).not.toBeNull());
    await waitFor(() => expect(nav().querySelector(".tb-contents-errors")?.textContent).toMatch(/1 处错误/));
  });

  it("jump links move focus to the section's heading", async () => {
    const user = userEvent.setup();
    renderApplication("en");
    await user.click(nav().querySelector("summary") as HTMLElement);
    const links = within(nav()).getAllByRole("link");
    const last = links.at(-1) as HTMLElement;
    await user.click(last);
    expect(document.activeElement?.tagName).toBe("H2");
    expect(document.activeElement?.textContent).toBe(last.textContent);
    // A section printed without a title: its first control.
    await user.click(links[0] as HTMLElement);
    expect(document.activeElement?.closest("[data-section]")?.getAttribute("data-section")).toBe("cover");
  });
});
