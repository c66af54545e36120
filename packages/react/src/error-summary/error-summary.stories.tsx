import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "../table-form/table-form";

const { table, fixtures } = officialForm("enterprise-3");
const meta = {
  title: "Components/ErrorSummary",
  component: TableForm,
  args: { table, lang: "zh" },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Checking the answers of an empty form: the summary takes focus and links to each field. */
export const EmptyFormZh: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /检查填写内容/ }));
    const summary = await canvas.findByRole("alert");
    await expect(summary).toHaveFocus();
  },
};

export const OneProblemEn: Story = {
  args: { lang: "en", value: fixtures.invalid[0]?.value, context: fixtures.context },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /review answers/i }));
    const summary = await canvas.findByRole("alert");
    await expect(within(summary).getAllByRole("link")).toHaveLength(1);
  },
};
