import { screen } from "@testing-library/react";
import type { Field } from "@tianbiao/core";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderField } from "../story-helpers/field-test-kit";
import { provinceOptions } from "./region-picker";

const province: Field = {
  id: "province",
  kind: "text",
  label: { zh: "省(自治区、直辖市)", en: "Province (autonomous region, municipality)" },
  required: true,
  picker: "province",
};

describe("RegionPicker", () => {
  it("has no axe violations, closed and open", async () => {
    const { container, user } = renderField([province], { lang: "bilingual" });
    expect((await axe.run(container)).violations).toEqual([]);
    await user.type(screen.getByRole("combobox"), "河");
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("lists the 31 provincial divisions and 新疆生产建设兵团", () => {
    expect(provinceOptions).toHaveLength(32);
    expect(provinceOptions.map((option) => option.value)).toContain("河南省");
    expect(provinceOptions.at(-1)?.value).toBe("新疆生产建设兵团");
  });

  it("writes 河南省 when the filer types 河南 and presses Enter", async () => {
    const { user, values } = renderField([province]);
    const input = screen.getByRole("combobox", { name: /省\(自治区、直辖市\)/ });
    await user.type(input, "河南");
    expect(screen.getByRole("option", { name: "河南省" })).toBeTruthy();
    await user.keyboard("{Enter}");
    expect(values().province).toBe("河南省");
    expect((input as HTMLInputElement).value).toBe("河南省");
    await user.tab();
    expect(values().province).toBe("河南省");
  });

  it("finds the province by its English name and still writes the Chinese name", async () => {
    const { user, values } = renderField([province], { lang: "en" });
    const input = screen.getByRole("combobox", { name: /Province/ });
    await user.type(input, "Henan");
    await user.keyboard("{Enter}");
    expect(values().province).toBe("河南省");
    expect((input as HTMLInputElement).value).toBe("Henan Province");
  });

  it("keeps free text as the filer typed it", async () => {
    const { user, values } = renderField([province]);
    const input = screen.getByRole("combobox");
    await user.type(input, "河南 ");
    await user.tab();
    expect(values().province).toBe("河南 ");
    expect((input as HTMLInputElement).value).toBe("河南 ");
    await user.click(input);
    await user.keyboard("{Escape}");
    await user.tab();
    expect(values().province).toBe("河南 ");
  });

  it("stores free text as it is typed, so a draft saved before the filer leaves keeps it", async () => {
    const { user, values } = renderField([province]);
    const input = screen.getByRole("combobox");
    await user.type(input, "内蒙");
    expect(values().province).toBe("内蒙");
    await user.type(input, "古自治区");
    await user.tab();
    expect(values().province).toBe("内蒙古自治区");
  });

  it("turns a division's English name typed in full into its Chinese name on leaving", async () => {
    const { user, values } = renderField([province], { lang: "en" });
    await user.type(screen.getByRole("combobox"), "Henan Province");
    expect(values().province).toBe("Henan Province");
    await user.tab();
    expect(values().province).toBe("河南省");
  });

  it("shows a stored value and is read-only when the form is", () => {
    renderField([province], { readOnly: true, value: { province: "河南省" } });
    const input = screen.getByRole("combobox") as HTMLInputElement;
    expect(input.value).toBe("河南省");
    expect(input.hasAttribute("readonly")).toBe(true);
  });

  it("reports a missing province like any required text", async () => {
    const { user } = renderField([province]);
    const input = screen.getByRole("combobox");
    await user.type(input, "x");
    await user.clear(input);
    await user.tab();
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });
});
