import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { expectedMessage } from "../story-helpers/expected-message";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";
import { creditCode, orgCode } from "./code-field.examples";

const table = singleFieldTable([creditCode.field, orgCode.field], [], "code-field");

const meta = {
  title: "Fields/CodeField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: { creditCode: creditCode.valid } } };

export const FilledEnglish: Story = { args: { lang: "en", value: { creditCode: creditCode.english } } };

export const FilledBilingual: Story = {
  args: { lang: "bilingual", value: { creditCode: creditCode.valid } },
};

/** A code pasted as printed on a licence, with full-width digits, spaces and a hyphen, lands in the boxes. */
export const PasteWholeCode: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(/^101\s*统一社会信用代码/) as HTMLInputElement;
    await userEvent.click(input);
    await userEvent.paste("９１４４ 0300-1922 038216");
    await expect(input).toHaveValue("914403001922038216");
  },
};

/** A wrong check character: the message appears once the filer moves on. */
export const ErrorChinese: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/^101\s*统一社会信用代码/), "91440300MA5F3K2R48");
    await userEvent.tab();
    const expected = expectedMessage(table, { creditCode: "91440300MA5F3K2R48" }, "creditCode");
    await expect(await canvas.findByText(expected.zh)).toBeVisible();
  },
};

/** Too few characters for the organization code, in English. */
export const ErrorEnglish: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/Original organization code/), "7084611");
    await userEvent.tab();
    const expected = expectedMessage(table, { orgCode: "7084611" }, "orgCode");
    await expect(await canvas.findByText(expected.en)).toBeVisible();
  },
};

export const ReadOnly: Story = { args: { value: { creditCode: creditCode.valid }, readOnly: true } };
