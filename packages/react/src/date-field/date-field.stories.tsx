import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { expectedMessage } from "../story-helpers/expected-message";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";
import { establishedOn, reportYear, signingDate } from "./date-field.examples";

const table = singleFieldTable([signingDate.field, establishedOn.field, reportYear.field], [], "date-field");
const valid = {
  signingDate: signingDate.valid,
  establishedOn: establishedOn.valid,
  reportPeriod: reportYear.valid,
};
const english = {
  signingDate: signingDate.english,
  establishedOn: establishedOn.english,
  reportPeriod: reportYear.english,
};

const meta = {
  title: "Fields/DateField",
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

/** 2024年2月30日 does not exist: the message appears once focus leaves the date. */
export const ErrorChinese: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const date = within(canvas.getByRole("group", { name: /204\s*签字日期/ }));
    const [year, month, day] = date.getAllByRole("textbox");
    await userEvent.type(year as HTMLElement, "2024");
    await userEvent.type(month as HTMLElement, "2");
    await userEvent.type(day as HTMLElement, "30");
    await userEvent.tab();
    const expected = expectedMessage(table, { signingDate: "2024-02-30" }, "signingDate");
    await expect(await canvas.findByText(expected.zh)).toBeVisible();
  },
};

/** A month left empty, in English: the date is kept as typed and reported incomplete. */
export const ErrorEnglish: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const date = within(canvas.getByRole("group", { name: /104\s*Date of opening/ }));
    await userEvent.type(date.getByLabelText("Year"), "2016");
    await userEvent.tab();
    await userEvent.tab();
    const expected = expectedMessage(table, { establishedOn: "2016" }, "establishedOn");
    await expect(await canvas.findByText(expected.en)).toBeVisible();
  },
};

export const ReadOnly: Story = { args: { value: valid, readOnly: true } };
