import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "../table-form/table-form";

const { table, fixtures } = officialForm("enterprise-3");
const meta = {
  title: "Components/WarningReview",
  component: TableForm,
  args: { table, lang: "zh", value: fixtures.warnings?.[0]?.value, context: fixtures.context },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ConfirmOrExplainZh: Story = {
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /检查填写内容/ }));
    await userEvent.click(await canvas.findByRole("button", { name: /继续/ }));
    await expect(await canvas.findByText(/请确认填写无误，或说明原因/)).toBeTruthy();
  },
};

export const ConfirmOrExplainEn: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /review answers/i }));
    await userEvent.click(await canvas.findByRole("button", { name: /continue/i }));
    await expect(await canvas.findByText(/confirm the answer is correct, or explain it/i)).toBeTruthy();
  },
};
