import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { expectedMessage } from "../story-helpers/expected-message";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";
import { contractAmount, registeredCapital } from "./money-field.examples";

const table = singleFieldTable([registeredCapital.field, contractAmount.field], [], "money-field");
const valid = { registeredCapital: registeredCapital.valid, contractAmount: contractAmount.valid };
const english = { registeredCapital: registeredCapital.english, contractAmount: contractAmount.english };

const meta = {
  title: "Fields/MoneyField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};

export const Filled: Story = { args: { value: valid } };

/** The English fixture: a contract in US dollars, where 折万美元 equals the amount. */
export const FilledEnglish: Story = { args: { lang: "en", value: english } };

export const FilledBilingual: Story = { args: { lang: "bilingual", value: valid } };

/** Typing the amount and the rate fills 折万美元 as the filer types. */
export const DerivesUsd: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const capital = within(canvas.getByRole("group", { name: /117\s*注册资本/ }));
    await userEvent.type(capital.getByLabelText(/原币金额/), "3550");
    await userEvent.type(capital.getByLabelText(/^汇率$/), "7.1");
    await expect(capital.getByLabelText("折万美元")).toHaveTextContent("500");
  },
};

export const ErrorChinese: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const capital = within(canvas.getByRole("group", { name: /117\s*注册资本/ }));
    await userEvent.type(capital.getByLabelText(/原币金额/), "三千");
    await userEvent.tab();
    const expected = expectedMessage(
      table,
      { registeredCapital: { amount: "三千", currency: "CNY" } },
      "registeredCapital",
    );
    await expect(await canvas.findByText(expected.zh)).toBeVisible();
  },
};

/** An amount without its currency, in English. */
export const ErrorEnglish: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const contract = within(canvas.getByRole("group", { name: /206\s*Contract amount/ }));
    await userEvent.type(contract.getByLabelText(/Amount in original currency/), "100");
    await userEvent.tab();
    const expected = expectedMessage(table, { contractAmount: { amount: "100" } }, "contractAmount");
    await expect(await canvas.findByText(expected.en)).toBeVisible();
  },
};

export const ReadOnly: Story = { args: { value: valid, readOnly: true, lang: "bilingual" } };
