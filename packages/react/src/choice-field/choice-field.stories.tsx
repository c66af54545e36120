import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Submission } from "@tianbiao/core";
import { expect, userEvent, within } from "storybook/test";
import { expectedMessage } from "../story-helpers/expected-message";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";
import {
  businessType,
  contractNature,
  industryCategories,
  parkType,
  registrationType,
} from "./choice-field.examples";

const examples = [parkType, contractNature, industryCategories, registrationType, businessType];
const table = singleFieldTable(
  examples.map((example) => example.field),
  [],
  "choice-field",
);
const valid: Submission = Object.assign({}, ...examples.map((example) => example.values.valid));
const english: Submission = Object.assign({}, ...examples.map((example) => example.values.english));
const asSelect = singleFieldTable(
  [{ ...contractNature.field, display: "select" }],
  [],
  "choice-field-select",
);

const meta = {
  title: "Fields/ChoiceField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Radios (114, 208), checkboxes (CCIIP 行业) and searchable selects (108, 209), nothing chosen. */
export const Empty: Story = {};

export const Filled: Story = { args: { value: valid } };

/** The English fixture chooses 其它 among the industries and states it. */
export const FilledEnglish: Story = { args: { lang: "en", value: english } };

export const FilledBilingual: Story = { args: { lang: "bilingual", value: valid } };

/** 208 asked for as a select: three options need no search, so it is a native <select>. */
export const NativeSelect: Story = { args: { table: asSelect, value: contractNature.values.valid } };

/** Choosing 其他 opens its text; leaving it empty asks for it once the filer moves on. */
export const OtherTextErrorChinese: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const park = within(canvas.getByRole("group", { name: /专业园区/ }));
    await userEvent.click(park.getByRole("radio", { name: "其他" }));
    await userEvent.click(canvas.getByRole("textbox", { name: /请注明/ }));
    await userEvent.click(canvas.getByRole("radio", { name: /离岸合同/ }));
    const expected = expectedMessage(table, { parkType: "other" }, "parkType");
    await expect(await park.findByText(expected.zh)).toBeVisible();
  },
};

/** 108 by keyboard: type to filter, arrow to an option, Enter to choose. */
export const SearchByKeyboard: Story = {
  args: { lang: "bilingual" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const input = await canvas.findByRole("combobox", { name: /108\s*登记注册类型/ });
    await userEvent.type(input, "私营");
    await userEvent.keyboard("{ArrowDown}{Enter}");
    await expect(input).toHaveValue("172 私营合伙 / Private partnership");
  },
};

/** A code typed that is in no list, then left: nothing is chosen, and 108 is required (English). */
export const ErrorEnglish: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const input = await canvas.findByRole("combobox", { name: /108\s*Registration type/ });
    await userEvent.type(input, "175");
    await userEvent.keyboard("{Escape}");
    await userEvent.tab();
    const expected = expectedMessage(table, {}, "registrationType");
    await expect(await canvas.findByText(expected.en)).toBeVisible();
  },
};

export const ReadOnly: Story = { args: { value: valid, readOnly: true } };
