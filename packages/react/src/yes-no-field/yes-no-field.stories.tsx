import type { Meta, StoryObj } from "@storybook/react-vite";
import { createI18n } from "@tianbiao/i18n";
import { expect, userEvent, within } from "storybook/test";
import { expectedMessage } from "../story-helpers/expected-message";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";
import { headOffice, multinational } from "./yes-no-field.examples";

const table = singleFieldTable([multinational.field, headOffice.field], [], "yes-no-field");
const valid = { multinational: multinational.valid, headOffice: headOffice.valid };
const english = { multinational: multinational.english, headOffice: headOffice.english };

const i18n = createI18n({ lang: "zh" });
const review = {
  zh: i18n.t("ui.action.review", { lng: "zh" }),
  en: i18n.t("ui.action.review", { lng: "en" }),
};

const meta = {
  title: "Fields/YesNoField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: valid } };

export const FilledEnglish: Story = { args: { lang: "en", value: english } };

export const FilledBilingual: Story = { args: { lang: "bilingual", value: valid } };

/** Checking answers with 109 unanswered shows the required message at the question. */
export const ErrorChinese: Story = {
  args: { value: { headOffice: true } },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: review.zh }));
    const expected = expectedMessage(table, { headOffice: true }, "multinational");
    const group = canvas.getByRole("group", { name: /109\s*跨国公司/ });
    await expect(within(group).getByText(expected.zh)).toBeVisible();
  },
};

export const ErrorEnglish: Story = {
  args: { lang: "en", value: { multinational: true } },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: review.en }));
    const expected = expectedMessage(table, { multinational: true }, "headOffice");
    const group = canvas.getByRole("group", { name: /111\s*Head office/ });
    await expect(within(group).getByText(expected.en)).toBeVisible();
  },
};

export const ReadOnly: Story = { args: { value: valid, readOnly: true } };
