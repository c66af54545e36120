import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "../table-form/table-form";

const { table, fixtures } = officialForm("enterprise-3");
const draftKey = "storybook-draft-offer";

const meta = {
  title: "Components/DraftOffer",
  component: TableForm,
  args: { table, lang: "zh", draftKey },
  beforeEach: () => {
    window.localStorage.setItem(
      `tianbiao:draft:${draftKey}`,
      JSON.stringify({ savedAt: new Date().toISOString(), values: fixtures.valid }),
    );
    return () => window.localStorage.removeItem(`tianbiao:draft:${draftKey}`);
  },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const OfferedZh: Story = {};
export const OfferedEn: Story = { args: { lang: "en" } };

export const Restored: Story = {
  args: { lang: "bilingual" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /恢复草稿/ }));
    await expect(canvas.queryByRole("button", { name: /恢复草稿/ })).toBeNull();
  },
};
