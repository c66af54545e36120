import type { Meta, StoryObj } from "@storybook/react-vite";
import { BilingualText } from "./bilingual-text";

const meta = {
  title: "Components/BilingualText",
  component: BilingualText,
  args: {
    text: { zh: "服务外包企业基本信息表", en: "Service outsourcing enterprise basic information form" },
  },
} satisfies Meta<typeof BilingualText>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Chinese: Story = { args: { lang: "zh" } };
export const English: Story = { args: { lang: "en" } };
export const Bilingual: Story = { args: { lang: "bilingual" } };
