import { screen } from "@testing-library/react";
import type { Field } from "@tianbiao/core";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { fieldExample } from "../rows-field/field-example";
import { renderField, renderTable } from "../story-helpers/field-test-kit";

const industryCode: Field = {
  id: "industryCode",
  kind: "code",
  codeType: "industryCode",
  label: { zh: "行业代码", en: "Industry code" },
  groups: [4],
  required: true,
  picker: "industrySection",
};

function sectionSelect(name: RegExp): HTMLSelectElement {
  return screen.getByRole("combobox", { name }) as HTMLSelectElement;
}

describe("IndustryPicker", () => {
  it("has no axe violations, before and after a section is chosen", async () => {
    const { container, user } = renderField([industryCode], { lang: "bilingual" });
    expect((await axe.run(container)).violations).toEqual([]);
    await user.selectOptions(sectionSelect(/行业门类/), "I");
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("offers the 20 sections A–T and shows nothing until one is chosen", () => {
    renderField([industryCode]);
    const select = sectionSelect(/行业门类/);
    expect(select.options).toHaveLength(21);
    expect(select.options[9]?.textContent).toBe("I 信息传输、软件和信息技术服务业");
    expect(screen.getByRole("status").textContent).toBe("");
  });

  it("shows the 大类 range of the chosen section", async () => {
    const { user } = renderField([industryCode]);
    await user.selectOptions(sectionSelect(/行业门类/), "I");
    expect(screen.getByRole("status").textContent).toBe("I 信息传输、软件和信息技术服务业：63–65");
    await user.selectOptions(sectionSelect(/行业门类/), "A");
    expect(screen.getByRole("status").textContent).toBe("A 农、林、牧、渔业：01–05");
  });

  it("shows the range in English", async () => {
    const { user } = renderField([industryCode], { lang: "en" });
    await user.selectOptions(sectionSelect(/Industry section/), "K");
    expect(screen.getByRole("status").textContent).toBe("K Real estate: 70–70");
  });

  it("never changes the code the filer typed", async () => {
    const { user, values } = renderField([industryCode], { value: { industryCode: "6510" } });
    const code = screen.getByRole("textbox", { name: /行业代码/ }) as HTMLInputElement;
    await user.selectOptions(sectionSelect(/行业门类/), "C");
    expect(code.value).toBe("6510");
    expect(values().industryCode).toBe("6510");
    await user.type(code, "9");
    await user.selectOptions(sectionSelect(/行业门类/), "I");
    expect(values().industryCode).toBe("65109");
    expect(code.value).toBe("65109");
  });

  it("shows the ranges of GB/T 4754-2011 on 企业1表 107, which prints that edition", async () => {
    const industry = fieldExample("enterprise-1", "industry");
    const { user } = renderTable(industry.table, { value: industry.valid });
    await user.selectOptions(sectionSelect(/行业门类/), "T");
    expect(screen.getByRole("status").textContent).toBe("T 国际组织：96–96");
    await user.selectOptions(sectionSelect(/行业门类/), "N");
    expect(screen.getByRole("status").textContent).toBe("N 水利、环境和公共设施管理业：76–78");
  });

  it("shows the ranges of GB/T 4754-2017 for a 2017 industry code", async () => {
    const { user } = renderField([industryCode]);
    await user.selectOptions(sectionSelect(/行业门类/), "T");
    expect(screen.getByRole("status").textContent).toBe("T 国际组织：97–97");
  });

  it("is not offered on a read-only form", () => {
    renderField([industryCode], { readOnly: true, value: { industryCode: "6510" } });
    expect(screen.queryByRole("combobox")).toBeNull();
  });
});
