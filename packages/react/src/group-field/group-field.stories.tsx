import type { Meta, StoryObj } from "@storybook/react-vite";
import type { LangMode } from "@tianbiao/core";
import { expect, userEvent, within } from "storybook/test";
import { fieldExample } from "../rows-field/field-example";
import { formPainted } from "../story-helpers/form-painted";
import { TableForm } from "../table-form/table-form";

// 120 联系方式 of 服务外包统企业１表, with the table's own fixtures.
const contacts = fieldExample("enterprise-1", "contacts");

const meta = {
  title: "Fields/GroupField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table: contacts.table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = (lang: LangMode): Story => ({
  name: `120 联系方式 · filled · ${lang}`,
  args: { lang, value: lang === "en" ? contacts.english : contacts.valid },
});

export const Empty: Story = { name: "120 联系方式 · empty", args: { lang: "zh" } };
export const FilledZh = filled("zh");
export const FilledEn = filled("en");
export const FilledBilingual = filled("bilingual");

export const ReadOnly: Story = {
  name: "120 联系方式 · read-only",
  args: { lang: "bilingual", value: contacts.valid, readOnly: true },
};

/** A mobile number one digit short: the length message appears under 移动电话 once the field is left. */
export const WrongMobileZh: Story = {
  name: "120 联系方式 · error (zh)",
  args: { lang: "zh", value: contacts.valid },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const mobile = canvas.getByRole("textbox", { name: /^移动电话/ });
    await userEvent.clear(mobile);
    await userEvent.type(mobile, "1392345678");
    await userEvent.tab();
    await expect(await canvas.findByText(/移动电话.*应为 11 位/)).toBeVisible();
    await expect(mobile).toHaveAttribute("aria-invalid", "true");
  },
};

export const WrongMobileEn: Story = {
  name: "120 联系方式 · error (en)",
  args: { lang: "en", value: contacts.english },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const mobile = canvas.getByRole("textbox", { name: /^Mobile telephone/ });
    await userEvent.clear(mobile);
    await userEvent.type(mobile, "1392345678");
    await userEvent.tab();
    await expect(await canvas.findByText(/Mobile telephone: enter exactly 11 characters/)).toBeVisible();
  },
};
