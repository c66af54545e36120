import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Field } from "@tianbiao/core";
import { expect, userEvent, within } from "storybook/test";
import { fieldExample } from "../rows-field/field-example";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";

const fields: Field[] = [
  {
    id: "industryCode",
    kind: "code",
    codeType: "industryCode",
    label: { zh: "行业代码", en: "Industry code" },
    groups: [4],
    required: true,
    picker: "industrySection",
  },
];
const table = singleFieldTable(fields);

const meta = {
  title: "Fields/IndustryPicker",
  component: TableForm,
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: { industryCode: "6510" } } };
export const FilledEnglish: Story = { args: { value: { industryCode: "6510" }, lang: "en" } };
export const Bilingual: Story = { args: { value: { industryCode: "6510" }, lang: "bilingual" } };
export const ReadOnly: Story = { args: { value: { industryCode: "6510" }, readOnly: true } };

export const SectionRangeZh: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const code = canvas.getByRole("textbox", { name: /行业代码/ });
    await userEvent.type(code, "99");
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: /行业门类/ }), "I");
    await expect(canvas.getByRole("status").textContent).toBe("I 信息传输、软件和信息技术服务业：63–65");
    await expect((code as HTMLInputElement).value).toBe("99");
  },
};

// 107 of 企业1表 as the table defines it: its boxes are a GB/T 4754-2011 code, the edition the form prints.
const industry2011 = fieldExample("enterprise-1", "industry");

/** 107 prints GB/T 4754-2011: T is 大类 96 there, and 97 (2017's T) is not a 2011 大类. */
export const Edition2011: Story = {
  name: "107 行业代码 · GB/T 4754-2011",
  args: { table: industry2011.table, value: industry2011.valid },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: /行业门类/ }), "T");
    await expect(canvas.getByRole("status").textContent).toBe("T 国际组织：96–96");
    const code = canvas.getByRole("textbox", { name: /行业代码/ });
    await userEvent.clear(code);
    await userEvent.type(code, "9700");
    await userEvent.tab();
    await expect(code.getAttribute("aria-invalid")).toBe("true");
  },
};

export const WrongCodeEn: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: /Industry section/ }), "I");
    await expect(canvas.getByRole("status").textContent).toBe(
      "I Information transmission, software and information technology services: 63–65",
    );
    const code = canvas.getByRole("textbox", { name: /Industry code/ });
    await userEvent.type(code, "99");
    await userEvent.tab();
    await expect(code.getAttribute("aria-invalid")).toBe("true");
  },
};
