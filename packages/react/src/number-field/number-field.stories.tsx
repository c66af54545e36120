import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { expectedMessage } from "../story-helpers/expected-message";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";
import { contractTerm, employees, employeesMinimum, networkingRate } from "./number-field.examples";

const fields = [contractTerm.field, employees.field, networkingRate.field];
const table = singleFieldTable(fields, [], "number-field");
const withThreshold = singleFieldTable([employees.field], [employeesMinimum], "number-field-threshold");
const valid = {
  contractTerm: contractTerm.valid,
  employees: employees.valid,
  networkingRate: networkingRate.valid,
};
const english = {
  contractTerm: contractTerm.english,
  employees: employees.english,
  networkingRate: networkingRate.valid,
};

const meta = {
  title: "Fields/NumberField",
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

/** 205 accepts 无 where the contract sets no term. */
export const AcceptedWord: Story = { args: { value: { ...valid, contractTerm: "无" } } };

/** A decimal typed into 205, which takes whole months: the message appears once the filer moves on. */
export const ErrorChinese: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/合同期限/), "1.5");
    await userEvent.tab();
    const expected = expectedMessage(table, { contractTerm: "1.5" }, "contractTerm");
    await expect(await canvas.findByText(expected.zh)).toBeVisible();
  },
};

export const ErrorEnglish: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/Networking rate/), "120");
    await userEvent.tab();
    const expected = expectedMessage(table, { networkingRate: "120" }, "networkingRate");
    await expect(await canvas.findByText(expected.en)).toBeVisible();
  },
};

/** 360号: 从业人员1000人以上 — fewer asks the filer to confirm or explain; it does not block. */
export const Warning: Story = {
  args: { table: withThreshold, lang: "bilingual" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(/从业人数/), "300");
    await userEvent.tab();
    const expected = expectedMessage(withThreshold, { employees: "300" }, "employees");
    await expect(await canvas.findByText(expected.zh)).toBeVisible();
    await expect(canvas.getByText(expected.en)).toBeVisible();
  },
};

export const ReadOnly: Story = { args: { value: valid, readOnly: true } };
