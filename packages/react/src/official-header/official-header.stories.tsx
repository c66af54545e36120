import type { Meta, StoryObj } from "@storybook/react-vite";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "../table-form/table-form";

const meta = {
  title: "Components/OfficialHeader",
  component: TableForm,
  args: { table: officialForm("enterprise-1").table, lang: "zh", readOnly: true },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The header as it opens 企业1表; the rest of the form follows it. */
export const Chinese: Story = {};
export const English: Story = { args: { lang: "en" } };
export const Bilingual: Story = { args: { lang: "bilingual" } };
export const MonthlyTable: Story = { args: { table: officialForm("enterprise-2").table } };
