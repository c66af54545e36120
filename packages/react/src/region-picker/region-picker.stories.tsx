import type { Meta, StoryObj } from "@storybook/react-vite";
import type { Field } from "@tianbiao/core";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { TableForm } from "../table-form/table-form";

const fields: Field[] = [
  {
    id: "province",
    kind: "text",
    label: { zh: "省(自治区、直辖市)", en: "Province (autonomous region, municipality)" },
    required: true,
    picker: "province",
  },
];
const table = singleFieldTable(fields);

const meta = {
  title: "Fields/RegionPicker",
  component: TableForm,
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: { province: "河南省" } } };
export const FilledEnglish: Story = { args: { value: { province: "河南省" }, lang: "en" } };
export const Bilingual: Story = { args: { value: { province: "河南省" }, lang: "bilingual" } };
export const FreeText: Story = { args: { value: { province: "河南" } } };
export const ReadOnly: Story = { args: { value: { province: "河南省" }, readOnly: true } };

export const MissingZh: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const input = canvas.getByRole("combobox", { name: /省\(自治区、直辖市\)/ });
    await userEvent.type(input, "河");
    await userEvent.clear(input);
    await userEvent.tab();
    await expect(input.getAttribute("aria-invalid")).toBe("true");
    await expect(await canvas.findByText(/为必填项/, { selector: ".tb-message *" })).toBeTruthy();
  },
};

export const ChooseHenanEn: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const input = canvas.getByRole("combobox", { name: /Province/ });
    await userEvent.type(input, "Henan");
    await userEvent.keyboard("{Enter}");
    await expect((input as HTMLInputElement).value).toBe("Henan Province");
  },
};
