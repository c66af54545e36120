import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { compileTable, type GroupField as GroupFieldModel, type Submission } from "@tianbiao/core";
import { createI18n, formatFinding } from "@tianbiao/i18n";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { fieldExample } from "../rows-field/field-example";
import { TableForm } from "../table-form/table-form";

const contacts = fieldExample("enterprise-1", "contacts");
const group = contacts.field as GroupFieldModel;

function renderGroup(
  options: { value?: Submission; lang?: "zh" | "en" | "bilingual"; readOnly?: boolean } = {},
) {
  const onChange = vi.fn();
  const view = render(
    <TableForm
      table={contacts.table}
      lang={options.lang ?? "zh"}
      value={options.value ?? contacts.valid}
      readOnly={options.readOnly}
      onChange={onChange}
      validateDelayMs={0}
    />,
  );
  return { ...view, onChange };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("GroupField", () => {
  it("has no axe violations, empty and filled, in every language", async () => {
    for (const lang of ["zh", "en", "bilingual"] as const) {
      for (const value of [{}, contacts.valid]) {
        const { container, unmount } = renderGroup({ lang, value });
        expect((await axe.run(container)).violations).toEqual([]);
        unmount();
      }
    }
  });

  it("is a fieldset whose legend carries the printed code and label", () => {
    renderGroup({ lang: "bilingual" });
    const fieldset = screen.getByRole("group", { name: new RegExp(`^${group.code}`) });
    const legend = fieldset.querySelector("legend");
    expect(legend?.querySelector(".tb-field-code")?.textContent).toBe(group.code);
    expect(legend?.textContent).toContain(group.label.zh);
    expect(legend?.textContent).toContain(group.label.en);
    for (const child of group.fields) {
      const input = within(fieldset).getByRole("textbox", {
        name: new RegExp(`^${escapeRegExp(child.label.zh)}`),
      });
      expect(input.closest(".tb-field")?.textContent).toContain(child.label.en);
    }
  });

  it("renders each child at <path>.<child id>", async () => {
    const user = userEvent.setup();
    const { onChange } = renderGroup({ value: {} });
    const child = group.fields[0];
    if (!child) throw new Error("the group has fields");
    await user.type(
      screen.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(child.label.zh)}`) }),
      "0371",
    );
    expect(onChange.mock.calls.at(-1)?.[0]).toEqual({ [group.id]: { [child.id]: "0371" } });
    const input = screen.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(child.label.zh)}`) });
    expect(input.closest("[data-path]")?.getAttribute("data-path")).toBe(`${group.id}.${child.id}`);
  });

  it("shows a child's message from the table's invalid fixture in the form's language", async () => {
    const fixture = contacts.invalid[0];
    if (!fixture) throw new Error("enterprise-1 has an invalid fixture for contacts");
    for (const lang of ["zh", "en"] as const) {
      const user = userEvent.setup();
      const { unmount } = renderGroup({ value: fixture.value, lang });
      await user.click(
        screen.getByRole("button", { name: lang === "en" ? /review answers/i : /检查填写内容/ }),
      );
      const finding = compileTable(contacts.table)
        .validate(fixture.value)
        .errors.find((e) => e.rule === fixture.expect.rule && e.path === fixture.expect.path);
      if (!finding) throw new Error(fixture.name);
      const field = document.querySelector(`[data-path="${fixture.expect.path}"]`) as HTMLElement;
      expect(within(field).getByText(formatFinding(createI18n({ lang }), finding, lang))).toBeTruthy();
      unmount();
    }
  });

  it("passes read-only to its children", () => {
    renderGroup({ readOnly: true });
    for (const input of screen.getAllByRole("textbox"))
      expect((input as HTMLInputElement).readOnly).toBe(true);
  });
});
