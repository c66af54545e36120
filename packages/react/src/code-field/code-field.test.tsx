import { fireEvent, screen } from "@testing-library/react";
import type { CodeField } from "@tianbiao/core";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { expectedMessage } from "../story-helpers/expected-message";
import { renderField } from "../story-helpers/field-test-kit";
import { creditCode as creditCodeExample, orgCode as orgCodeExample } from "./code-field.examples";
import { codeLayout } from "./code-layout";

const creditCode = creditCodeExample.field;
const orgCode = orgCodeExample.field;

// 106 区划代码 □□□□□□□□□□□□ sits inside the 106 group on 企业1表; framed alone here for its digit keyboard.
const divisionCode: CodeField = {
  id: "divisionCode",
  kind: "code",
  codeType: "divisionCode",
  label: { zh: "区划代码", en: "Division code" },
};

function input(label: RegExp) {
  return screen.getByLabelText(label) as HTMLInputElement;
}

function count(field: HTMLInputElement) {
  return document.getElementById(`${field.id}-count`);
}

describe("CodeField", () => {
  it("has no axe violations, empty, filled and with an error showing", async () => {
    const { container, user } = renderField([creditCode, orgCode, divisionCode], {
      value: { orgCode: "708461136" },
    });
    expect((await axe.run(container)).violations).toEqual([]);
    await user.type(input(/^101\s*统一社会信用代码/), "91440300");
    await user.tab();
    await screen.findByText(expectedMessage([creditCode], { creditCode: "91440300" }, "creditCode").zh);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("normalises a pasted whole code: full-width digits, spaces and hyphens", async () => {
    const { user, values } = renderField([creditCode]);
    const field = input(/统一社会信用代码/);
    await user.click(field);
    await user.paste("９１４４ 0300-1922 038216");
    expect(values().creditCode).toBe("914403001922038216");
    expect(field.value).toBe("914403001922038216");
  });

  it("upper-cases letters as the filer types and keeps the caret after the same character", async () => {
    const { user, values } = renderField([creditCode]);
    const field = input(/统一社会信用代码/);
    await user.type(field, "91440300ma5f3k2r49");
    expect(values().creditCode).toBe("91440300MA5F3K2R49");
    // A space typed in the middle disappears, and the next character lands where the filer expects.
    await user.type(field, " ", { initialSelectionStart: 8, initialSelectionEnd: 8 });
    expect(field.value).toBe("91440300MA5F3K2R49");
    expect(field.selectionStart).toBe(8);
  });

  it("keeps every character typed beyond the boxes, so validation can report the length", async () => {
    const { user, values } = renderField([orgCode]);
    const field = input(/组织机构代码/);
    await user.type(field, "70846113-6 12");
    expect(values().orgCode).toBe("70846113612");
    expect(field.maxLength).toBe(-1);
  });

  it("draws one box per character in the printed groups", () => {
    const { container } = renderField([orgCode, divisionCode]);
    const [org, division] = Array.from(container.querySelectorAll(".tb-code-boxes"));
    expect(org?.querySelectorAll(".tb-code-box").length).toBe(9);
    expect(org?.querySelectorAll(".tb-code-box[data-group-start]").length).toBe(1);
    expect(org?.getAttribute("aria-hidden")).toBe("true");
    expect(division?.querySelectorAll(".tb-code-box").length).toBe(12);
    expect(codeLayout(divisionCode)).toEqual({ groups: [12], length: 12 });
    expect(codeLayout(orgCode)).toEqual({ groups: [8, 1], length: 9 });
  });

  it("announces the character count politely", async () => {
    const { user } = renderField([creditCode], { lang: "en" });
    const field = input(/Unified social credit code/);
    const counter = count(field);
    expect(counter?.getAttribute("aria-live")).toBe("polite");
    expect(field.getAttribute("aria-describedby")?.split(" ")).toContain(counter?.id);
    await user.type(field, "91440300MA5F3K2R4");
    expect(counter?.textContent).toMatch(/17\D+18/);
  });

  it("gives digit-only codes the numeric keyboard and asks phones to capitalise", () => {
    renderField([creditCode, divisionCode]);
    expect(input(/统一社会信用代码/).getAttribute("inputmode")).toBe("text");
    expect(input(/统一社会信用代码/).getAttribute("autocapitalize")).toBe("characters");
    expect(input(/区划代码/).getAttribute("inputmode")).toBe("numeric");
  });

  it("shows the message for a wrong check character in Chinese and in English", async () => {
    const wrong = "91440300MA5F3K2R48";
    const expected = expectedMessage([creditCode], { creditCode: wrong }, "creditCode");
    expect(expected.key).toBe("validation.checksum");
    for (const lang of ["zh", "en"] as const) {
      const { user, unmount } = renderField([creditCode], { lang });
      const field = input(lang === "zh" ? /统一社会信用代码/ : /Unified social credit code/);
      await user.type(field, wrong);
      await user.tab();
      await screen.findByText(expected[lang]);
      expect(field.getAttribute("aria-invalid")).toBe("true");
      unmount();
    }
  });

  it("keeps raw text while an input method is composing, then normalises it", () => {
    const { values } = renderField([creditCode]);
    const field = input(/统一社会信用代码/);
    fireEvent.compositionStart(field);
    fireEvent.input(field, { target: { value: "９１ｍａ" }, isComposing: true });
    expect(values().creditCode).toBe("９１ｍａ");
    fireEvent.compositionEnd(field);
    expect(values().creditCode).toBe("91MA");
  });

  it("is read-only when the form is", () => {
    renderField([creditCode], { readOnly: true, value: { creditCode: "91440300MA5F3K2R49" } });
    expect(input(/统一社会信用代码/).readOnly).toBe(true);
    expect(input(/统一社会信用代码/).value).toBe("91440300MA5F3K2R49");
  });
});
