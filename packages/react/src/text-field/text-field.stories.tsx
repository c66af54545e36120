import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Field } from "@tianbiao/core";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";

const fields: Field[] = [
  {
    id: "entityName",
    code: "102",
    kind: "text",
    label: { zh: "单位详细名称", en: "Full name of the entity" },
    required: true,
  },
  {
    id: "englishName",
    code: "103",
    kind: "text",
    textLang: "en",
    label: { zh: "英文名称", en: "English name" },
  },
  { id: "email", kind: "text", format: "email", label: { zh: "电子邮箱", en: "Email" } },
  { id: "content", code: "203", kind: "longText", label: { zh: "合同内容", en: "Contract content" } },
];
const table = singleFieldTable(fields);
const filled = {
  entityName: "郑州某某软件技术有限公司",
  englishName: "Zhengzhou Example Software Co., Ltd.",
  email: "info@example.cn",
  content: "定制软件研发",
};

const meta = { title: "Fields/TextField", component: TableForm, args: { table, lang: "zh" } } satisfies Meta<
  typeof TableForm
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: filled } };
export const FilledEnglish: Story = { args: { value: filled, lang: "en" } };
export const Bilingual: Story = { args: { value: filled, lang: "bilingual" } };
export const ReadOnly: Story = { args: { value: filled, readOnly: true } };

export const WrongEmailZh: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: /电子邮箱/ }), "info-at-example");
    await userEvent.tab();
    await expect(await canvas.findByText(/电子邮箱/, { selector: ".tb-message *" })).toBeTruthy();
  },
};

export const WrongEmailEn: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: /Email/ }), "info-at-example");
    await userEvent.tab();
    await expect((await canvas.findByText(/email address/i)).textContent).toMatch(/Email/);
  },
};
