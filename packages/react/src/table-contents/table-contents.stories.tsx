import type { Meta, StoryObj } from "@storybook/react-vite";
import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { TableForm } from "../table-form/table-form";

const application = getTableModule("key-enterprise-application")?.table as FormTable;

/** The nine-section 360号 application: the contents bar with its progress, in each language mode. */
const meta = {
  title: "Components/TableContents",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table: application, lang: "zh" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const nav = within(canvasElement).getByRole("navigation");
    const summary = nav.querySelector("summary");
    if (summary) await userEvent.click(summary);
    await expect(within(nav).getAllByRole("link").length).toBeGreaterThanOrEqual(4);
  },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Chinese: Story = {};
export const English: Story = { args: { lang: "en" } };
export const Bilingual: Story = { args: { lang: "bilingual" } };
