import { screen, within } from "@testing-library/react";
import type { ChoiceField } from "@tianbiao/core";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { expectedMessage } from "../story-helpers/expected-message";
import { renderField } from "../story-helpers/field-test-kit";
import * as examples from "./choice-field.examples";
import { choiceMode, otherPath } from "./choice-options";

const parkType = examples.parkType.field;
const contractNature = examples.contractNature.field;
const registrationType = examples.registrationType.field;
const industryCategories = examples.industryCategories.field;

function group(name: RegExp) {
  return screen.getByRole("group", { name });
}

describe("ChoiceField as radios", () => {
  it("has no axe violations, empty, with the other text open and with an error showing", async () => {
    const { container, user } = renderField([parkType, contractNature]);
    expect((await axe.run(container)).violations).toEqual([]);
    await user.click(screen.getByRole("radio", { name: "其他" }));
    await user.click(screen.getByRole("radio", { name: /离岸合同/ }));
    expect((await axe.run(container)).violations).toEqual([]);
    await screen.findByText(expectedMessage([parkType], { parkType: "other" }, "parkType").zh);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("is a fieldset named by the field with the printed code before each option", () => {
    renderField([contractNature]);
    const fieldset = group(/208\s*合同性质/);
    expect(fieldset.tagName).toBe("FIELDSET");
    const radios = within(fieldset).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      "1在岸合同",
      "2离岸合同",
      "3境外合同",
    ]);
    expect(radios[0]?.labels?.[0]?.querySelector(".tb-option-code")?.textContent).toBe("1");
  });

  it("stores the chosen option's value", async () => {
    const { user, values } = renderField([contractNature]);
    await user.click(screen.getByRole("radio", { name: /离岸合同/ }));
    expect(values().contractNature).toBe("offshore");
    await user.click(screen.getByRole("radio", { name: /境外合同/ }));
    expect(values().contractNature).toBe("overseas");
  });

  it("opens the other text only with the other option, stored beside the field, never lost", async () => {
    const { user, values } = renderField([parkType]);
    expect(screen.queryByRole("textbox")).toBeNull();
    await user.click(screen.getByRole("radio", { name: "软件园" }));
    expect(screen.queryByRole("textbox")).toBeNull();
    await user.click(screen.getByRole("radio", { name: "其他" }));
    const other = screen.getByRole("textbox", { name: /请注明/ });
    expect(other.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(String(other.getAttribute("aria-describedby")))?.textContent).toBe("其他");
    await user.type(other, "文化产业园");
    expect(values()).toMatchObject({ parkType: "other", parkTypeOther: "文化产业园" });
    await user.click(screen.getByRole("radio", { name: "高新区" }));
    expect(screen.queryByRole("textbox")).toBeNull();
    expect(values()).toMatchObject({ parkType: "highTech", parkTypeOther: "文化产业园" });
    await user.click(screen.getByRole("radio", { name: "其他" }));
    expect((screen.getByRole("textbox", { name: /请注明/ }) as HTMLInputElement).value).toBe("文化产业园");
  });

  it("asks for the other text once the filer leaves it empty, in Chinese and in English", async () => {
    const expected = expectedMessage([parkType], { parkType: "other" }, "parkType");
    expect(expected.key).toBe("validation.otherText");
    for (const lang of ["zh", "en"] as const) {
      const { user, unmount } = renderField([parkType, contractNature], { lang });
      await user.click(screen.getByRole("radio", { name: lang === "zh" ? "其他" : "Other" }));
      const other = screen.getByRole("textbox");
      await user.click(other);
      // Moving from the option to its text does not count as leaving the field.
      expect(screen.queryByText(expected[lang])).toBeNull();
      await user.tab();
      const message = await screen.findByText(expected[lang]);
      expect(message).toBeTruthy();
      expect(other.getAttribute("aria-invalid")).toBe("true");
      expect(other.getAttribute("aria-describedby")).toContain(message.closest("[id$='-messages']")?.id);
      unmount();
    }
  });

  it("shows options in both languages in bilingual mode", () => {
    renderField([contractNature], { lang: "bilingual" });
    const label = (screen.getAllByRole("radio")[0] as HTMLInputElement).labels?.[0];
    expect(label?.querySelector('[lang="zh-CN"]')?.textContent).toBe("在岸合同");
    expect(label?.querySelector('[lang="en"]')?.textContent).toBe("Onshore contract");
  });

  it("cannot be changed when the form is read-only", async () => {
    const { user, values } = renderField([contractNature], {
      readOnly: true,
      value: { contractNature: "onshore" },
    });
    const offshore = screen.getByRole("radio", { name: /离岸合同/ }) as HTMLInputElement;
    expect(offshore.disabled).toBe(true);
    await user.click(offshore);
    expect(values().contractNature).toBe("onshore");
  });
});

describe("ChoiceField as checkboxes", () => {
  it("has no axe violations, empty and with choices made", async () => {
    const { container, user } = renderField([industryCategories], { lang: "en" });
    expect((await axe.run(container)).violations).toEqual([]);
    await user.click(screen.getByRole("checkbox", { name: "Finance" }));
    await user.click(screen.getByRole("checkbox", { name: "Other" }));
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("stores every ticked option and opens the other text with 其它", async () => {
    const { user, values } = renderField([industryCategories]);
    await user.click(screen.getByRole("checkbox", { name: "金融业" }));
    await user.click(screen.getByRole("checkbox", { name: "制造业" }));
    expect(values().industryCategories).toEqual(["J", "C"]);
    expect(screen.queryByRole("textbox")).toBeNull();
    await user.click(screen.getByRole("checkbox", { name: "其它" }));
    await user.type(screen.getByRole("textbox", { name: /请注明/ }), "文化旅游");
    expect(values()).toMatchObject({
      industryCategories: ["J", "C", "other"],
      industryCategoriesOther: "文化旅游",
    });
    await user.click(screen.getByRole("checkbox", { name: "金融业" }));
    await user.click(screen.getByRole("checkbox", { name: "制造业" }));
    await user.click(screen.getByRole("checkbox", { name: "其它" }));
    expect(values().industryCategories).toBeUndefined();
    expect(screen.queryByRole("textbox")).toBeNull();
  });
});

describe("ChoiceField as a native select", () => {
  const asSelect: ChoiceField = { ...contractNature, display: "select" };

  it("has no axe violations", async () => {
    const { container } = renderField([asSelect], { value: { contractNature: "offshore" } });
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("lists the options with their codes and stores the choice", async () => {
    const { user, values } = renderField([asSelect]);
    const select = screen.getByRole("combobox", { name: /合同性质/ }) as HTMLSelectElement;
    expect(select.tagName).toBe("SELECT");
    expect(Array.from(select.options).map((option) => option.textContent)).toEqual([
      "请选择",
      "1 在岸合同",
      "2 离岸合同",
      "3 境外合同",
    ]);
    await user.selectOptions(select, "overseas");
    expect(values().contractNature).toBe("overseas");
  });

  it("keeps a saved value that is not an option and shows the message for it in English", async () => {
    const { user } = renderField([asSelect], { lang: "en", value: { contractNature: "4" } });
    const select = screen.getByRole("combobox", { name: /Contract nature/ }) as HTMLSelectElement;
    expect(select.value).toBe("4");
    await user.click(select);
    await user.tab();
    const expected = expectedMessage([asSelect], { contractNature: "4" }, "contractNature");
    expect(expected.key).toBe("validation.option");
    expect(await screen.findByText(expected.en)).toBeTruthy();
    expect(select.getAttribute("aria-invalid")).toBe("true");
  });
});

describe("ChoiceField as a searchable select", () => {
  function combobox(name: RegExp = /登记注册类型/) {
    return screen.getByRole("combobox", { name }) as HTMLInputElement;
  }
  function listbox() {
    return screen.getByRole("listbox", { hidden: true });
  }

  it("has no axe violations, closed, open with groups, and with an error showing", async () => {
    const { container, user } = renderField([registrationType], { lang: "bilingual" });
    expect((await axe.run(container)).violations).toEqual([]);
    await user.click(combobox());
    await user.keyboard("{ArrowDown}");
    expect(combobox().getAttribute("aria-expanded")).toBe("true");
    expect((await axe.run(container)).violations).toEqual([]);
    await user.keyboard("{Escape}");
    await user.tab();
    await screen.findByText(expectedMessage([registrationType], {}, "registrationType").zh);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("is chosen for long lists and for display select; radios stay for short ones", () => {
    expect(choiceMode(registrationType)).toBe("combobox");
    expect(choiceMode({ ...registrationType, display: undefined })).toBe("combobox");
    expect(choiceMode(parkType)).toBe("radio");
    expect(choiceMode({ ...contractNature, display: "select" })).toBe("select");
    expect(choiceMode(industryCategories)).toBe("checkbox");
  });

  it("filters by name and chooses with the keyboard: arrows, Enter", async () => {
    const { user, values } = renderField([registrationType]);
    const input = combobox();
    await user.type(input, "国有");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    const options = within(listbox()).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "110国有",
      "141国有联营",
      "143国有与集体联营",
      "151国有独资公司",
    ]);
    // The first match is active; ArrowDown moves on, ArrowUp comes back, wrapping at the ends.
    expect(input.getAttribute("aria-activedescendant")).toBe(options[0]?.id);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[2]?.id);
    await user.keyboard("{ArrowUp}");
    expect(input.getAttribute("aria-activedescendant")).toBe(options[1]?.id);
    await user.keyboard("{Enter}");
    expect(values().registrationType).toBe("141");
    expect(input.value).toBe("141 国有联营");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.getAttribute("aria-activedescendant")).toBeNull();
  });

  it("finds an option by its printed code or its English name", async () => {
    const { user, values } = renderField([registrationType], { lang: "en" });
    const input = combobox(/Registration type/);
    await user.type(input, "330");
    await user.keyboard("{Enter}");
    expect(values().registrationType).toBe("330");
    await user.clear(input);
    await user.type(input, "private partnership");
    expect(
      within(listbox())
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["172Private partnership"]);
    await user.keyboard("{Enter}");
    expect(values().registrationType).toBe("172");
  });

  it("groups options under their headings, which are not options", async () => {
    const { user } = renderField([registrationType]);
    await user.click(combobox());
    await user.keyboard("{ArrowDown}");
    const groups = within(listbox()).getAllByRole("group");
    expect(
      groups.map(
        (g) =>
          g.getAttribute("aria-labelledby") &&
          document.getElementById(String(g.getAttribute("aria-labelledby")))?.textContent,
      ),
    ).toEqual(["内资", "港澳台商投资", "外商投资"]);
    expect(within(listbox()).queryByRole("option", { name: "内资" })).toBeNull();
    expect(within(groups[0] as HTMLElement).getAllByRole("option")[0]?.textContent).toBe("110国有");
  });

  it("Escape closes the list and restores the chosen option's text", async () => {
    const { user, values } = renderField([registrationType], { value: { registrationType: "173" } });
    const input = combobox();
    expect(input.value).toBe("173 私营有限责任公司");
    await user.clear(input);
    await user.type(input, "外资");
    expect(input.getAttribute("aria-expanded")).toBe("true");
    await user.keyboard("{Escape}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
    expect(input.value).toBe("173 私营有限责任公司");
    expect(values().registrationType).toBe("173");
  });

  it("chooses with the mouse, and clearing the text then leaving clears the choice", async () => {
    const { user, values } = renderField([registrationType, contractNature]);
    const input = combobox();
    await user.click(input);
    await user.click(within(listbox()).getByRole("option", { name: /港澳台商独资/ }));
    expect(values().registrationType).toBe("230");
    expect(document.activeElement).toBe(input);
    await user.clear(input);
    await user.tab();
    expect(values().registrationType).toBeUndefined();
  });

  it("says when nothing matches", async () => {
    const { user } = renderField([registrationType]);
    await user.type(combobox(), "不存在的类型");
    expect(within(listbox()).queryAllByRole("option")).toEqual([]);
    expect(screen.getByRole("status").textContent).not.toBe("");
    await user.keyboard("{Enter}");
    expect(combobox().getAttribute("aria-expanded")).toBe("true");
  });

  it("shows the message for a saved code that is not in the list, in Chinese", async () => {
    const { user } = renderField([registrationType], { value: { registrationType: "175" } });
    const input = combobox();
    expect(input.value).toBe("175");
    await user.click(input);
    await user.keyboard("{Escape}");
    await user.tab();
    const expected = expectedMessage([registrationType], { registrationType: "175" }, "registrationType");
    expect(expected.key).toBe("validation.option");
    expect(await screen.findByText(expected.zh)).toBeTruthy();
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("cannot be opened when the form is read-only", async () => {
    const { user } = renderField([registrationType], { readOnly: true, value: { registrationType: "173" } });
    const input = combobox();
    expect(input.readOnly).toBe(true);
    await user.click(input);
    await user.keyboard("{ArrowDown}");
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });
});

describe("otherPath", () => {
  it("puts the other text beside the field, also inside groups and rows", () => {
    expect(otherPath("parkType")).toBe("parkTypeOther");
    expect(otherPath("certifications.0.type")).toBe("certifications.0.typeOther");
  });
});
