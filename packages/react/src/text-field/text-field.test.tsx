import { screen } from "@testing-library/react";
import type { Field } from "@tianbiao/core";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderField } from "../story-helpers/field-test-kit";

const name: Field = {
  id: "entityName",
  code: "102",
  kind: "text",
  label: { zh: "单位详细名称", en: "Full name of the entity" },
  required: true,
  maxLength: 10,
};
const email: Field = { id: "email", kind: "text", format: "email", label: { zh: "电子邮箱", en: "Email" } };
const content: Field = {
  id: "content",
  code: "203",
  kind: "longText",
  label: { zh: "合同内容", en: "Contract content" },
};

describe("TextField", () => {
  it("has no axe violations", async () => {
    const { container } = renderField([name, email, content], { lang: "bilingual" });
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("stores what the filer types, and keeps a text longer than allowed with a message", async () => {
    const { user, values } = renderField([name]);
    const input = screen.getByRole("textbox", { name: /单位详细名称/ });
    await user.type(input, "郑州某某软件技术有限公司");
    await user.tab();
    expect(values().entityName).toBe("郑州某某软件技术有限公司");
    expect((input as HTMLInputElement).value).toBe("郑州某某软件技术有限公司");
    expect(await screen.findByText(/最多填写 10 个字符/)).toBeTruthy();
  });

  it("gives a format field the matching keyboard and shows its message in English", async () => {
    const { user } = renderField([email], { lang: "en" });
    const input = screen.getByRole("textbox", { name: /Email/ });
    expect(input.getAttribute("inputmode")).toBe("email");
    await user.type(input, "not-an-address");
    await user.tab();
    expect((await screen.findByText(/email address/i)).textContent).toMatch(/Email/);
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("renders a long text as a textarea, read-only when the form is", () => {
    renderField([content], { readOnly: true, value: { content: "软件研发" } });
    const area = screen.getByRole("textbox", { name: /合同内容/ });
    expect(area.tagName).toBe("TEXTAREA");
    expect(area.hasAttribute("readonly")).toBe(true);
  });
});
