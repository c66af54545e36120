import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { expectedMessage } from "../story-helpers/expected-message";
import { renderField } from "../story-helpers/field-test-kit";
import {
  headOffice as headOfficeExample,
  multinational as multinationalExample,
} from "./yes-no-field.examples";

const multinational = multinationalExample.field;
const headOffice = headOfficeExample.field;

function group(name: RegExp) {
  return screen.getByRole("group", { name });
}

describe("YesNoField", () => {
  it("has no axe violations, empty, answered and with an error showing", async () => {
    const { container, user } = renderField([multinational, headOffice], { value: { headOffice: false } });
    expect((await axe.run(container)).violations).toEqual([]);
    await user.click(within(group(/跨国公司/)).getByRole("radio", { name: /是/ }));
    await user.tab();
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("prints 1.是 2.否 as on paper in a group named by the field", () => {
    renderField([multinational]);
    const fieldset = group(/109\s*跨国公司/);
    expect(fieldset.tagName).toBe("FIELDSET");
    const radios = within(fieldset).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual(["1.是", "2.否"]);
  });

  it("labels the answers in English and in both languages", () => {
    renderField([multinational], { lang: "en" });
    const radios = within(group(/Multinational company/)).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual(["1.Yes", "2.No"]);
    renderField([headOffice], { lang: "bilingual" });
    const yes = within(group(/总公司/)).getAllByRole("radio")[0] as HTMLInputElement;
    expect(yes.labels?.[0]?.querySelector('[lang="en"]')?.textContent).toBe("Yes");
    expect(yes.labels?.[0]?.querySelector('[lang="zh-CN"]')?.textContent).toBe("是");
  });

  it("stores true for 是 and false for 否, by mouse and by keyboard", async () => {
    const { user, values } = renderField([multinational]);
    const [yes, no] = within(group(/跨国公司/)).getAllByRole("radio") as HTMLInputElement[];
    await user.click(yes as HTMLElement);
    expect(values().multinational).toBe(true);
    await user.click(no as HTMLElement);
    expect(values().multinational).toBe(false);
    expect(no?.checked).toBe(true);
    (yes as HTMLElement).focus();
    await user.keyboard(" ");
    expect(values().multinational).toBe(true);
    expect(yes?.checked).toBe(true);
  });

  it("shows a saved answer", () => {
    renderField([multinational, headOffice], { value: { multinational: true, headOffice: false } });
    expect((within(group(/跨国公司/)).getAllByRole("radio")[0] as HTMLInputElement).checked).toBe(true);
    expect((within(group(/总公司/)).getAllByRole("radio")[1] as HTMLInputElement).checked).toBe(true);
  });

  it("asks for an answer once the filer leaves the question unanswered, in Chinese and in English", async () => {
    const expected = expectedMessage([multinational], {}, "multinational");
    expect(expected.key).toBe("validation.required");
    for (const lang of ["zh", "en"] as const) {
      const { user, unmount } = renderField([multinational, headOffice], { lang });
      const name = lang === "zh" ? /跨国公司/ : /Multinational company/;
      // Into the group (its help, then its answers) and out again without answering.
      await user.tab();
      expect(document.activeElement?.closest("fieldset")).toBe(group(name));
      for (let step = 0; step < 5 && group(name).contains(document.activeElement); step += 1)
        await user.tab();
      expect(group(name).contains(document.activeElement)).toBe(false);
      const message = await screen.findByText(expected[lang]);
      expect(group(name).contains(message)).toBe(true);
      unmount();
    }
  });

  it("cannot be changed when the form is read-only", async () => {
    const { user, values } = renderField([multinational], {
      readOnly: true,
      value: { multinational: false },
    });
    const [yes] = within(group(/跨国公司/)).getAllByRole("radio") as HTMLInputElement[];
    expect(yes?.disabled).toBe(true);
    await user.click(yes as HTMLElement);
    expect(values().multinational).toBe(false);
  });
});
