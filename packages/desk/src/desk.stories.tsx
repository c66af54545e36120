import type { Decorator, Meta, StoryObj } from "@storybook/react-vite";
import type { LangMode } from "@tianbiao/core";
import { expect, fn, userEvent, within } from "storybook/test";
import { DeskLang } from "./context";
import "./desk.css";
import { EnterpriseDesk } from "./enterprise-desk";
import { FilingEditor } from "./filing-editor";
import { FilingReview } from "./filing-review";
import { ReviewerQueue } from "./reviewer-queue";
import {
  fixture,
  returnedFiling,
  storyChanges,
  storyDesk,
  storyFiling,
  storyQueue,
  storySummary,
  storyTable,
} from "./story-data";
import { SummaryView } from "./summary-view";

// The desks' components, filled from the tables' fixtures (see story-data.ts), in each language.

const inLang =
  (lang: LangMode): Decorator =>
  (Story) => (
    <DeskLang.Provider value={lang}>
      <div className="desk">
        <Story />
      </div>
    </DeskLang.Provider>
  );

const meta = { title: "Desk", decorators: [inLang("bilingual")] } satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const table2 = storyTable("enterprise-2");
const amended = {
  ...fixture("enterprise-2"),
  contractContent: fixture("enterprise-2", "english").contractContent,
};

export const ReviewerQueueBilingual: Story = {
  render: () => (
    <ReviewerQueue
      items={storyQueue(["enterprise-1", "enterprise-2", "enterprise-3", "enterprise-4"])}
      total={4}
      filter={{ status: "district" }}
      ownStatus="district"
      districts={[
        { code: "410103", name: { zh: "二七区", en: "Erqi District" } },
        { code: "410105", name: { zh: "金水区", en: "Jinshui District" } },
      ]}
      onFilter={fn()}
      onOpen={fn()}
      onApproveMany={fn()}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const approveMany = canvas.getByRole("button", { name: /批量通过/ });
    await expect(approveMany).toBeDisabled();
    await userEvent.click(canvas.getAllByRole("checkbox")[0] as HTMLElement);
    await expect(approveMany).toBeEnabled();
  },
};

export const ReviewerQueueEmptyEn: Story = {
  decorators: [inLang("en")],
  render: () => <ReviewerQueue items={[]} total={0} filter={{}} onFilter={fn()} onOpen={fn()} />,
};

export const FilingUnderReview: Story = {
  render: () => (
    <FilingReview
      filing={storyFiling("enterprise-2", { revision: 2, values: amended })}
      table={table2}
      changes={storyChanges(table2, fixture("enterprise-2"), amended)}
      level="district"
      onApprove={fn()}
      onReturn={fn()}
      onComment={fn()}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /^退回/ }));
    await userEvent.click(canvas.getByRole("button", { name: /^确认退回/ }));
    await expect(await canvas.findByText("请填写退回原因。")).toBeTruthy();
  },
};

export const FilingReturnedZh: Story = {
  decorators: [inLang("zh")],
  render: () => (
    <FilingEditor
      table={table2}
      filing={returnedFiling("enterprise-2", "203 合同内容过于简略，请补充服务交付内容。")}
      onSubmit={async () => ({ ok: true })}
    />
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("link", { name: /203/ })).toBeTruthy();
  },
};

export const MyFilingsEn: Story = {
  decorators: [inLang("en")],
  render: () => <EnterpriseDesk today="2024-12-06" items={storyDesk()} onOpen={fn()} />,
};

export const SummaryOfZhengzhou: Story = {
  render: () => <SummaryView summary={storySummary()} onRegion={fn()} />,
};
