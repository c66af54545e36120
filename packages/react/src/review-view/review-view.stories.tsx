import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "../table-form/table-form";

const { table, fixtures } = officialForm("enterprise-3");
const meta = {
  title: "Components/ReviewView",
  component: TableForm,
  args: { table, lang: "zh", value: fixtures.valid, context: fixtures.context },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

async function toReview(canvasElement: HTMLElement, review: RegExp, proceed: RegExp) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole("button", { name: review }));
  const continueButton = canvas.queryByRole("button", { name: proceed });
  if (continueButton) {
    for (const box of canvas.getAllByRole("checkbox")) await userEvent.click(box);
    await userEvent.click(continueButton);
  }
  await expect(await canvas.findByRole("heading", { level: 2, name: review })).toBeTruthy();
}

/** Check your answers, in Chinese. */
export const CheckAnswersZh: Story = {
  play: ({ canvasElement }) => toReview(canvasElement, /检查填写内容/, /继续/),
};

export const CheckAnswersEn: Story = {
  args: { lang: "en", value: fixtures.english },
  play: ({ canvasElement }) => toReview(canvasElement, /review answers/i, /continue/i),
};
