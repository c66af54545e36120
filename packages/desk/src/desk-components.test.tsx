import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { LangMode } from "@tianbiao/core";
import axe from "axe-core";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { DeskLang } from "./context";
import { EnterpriseDesk } from "./enterprise-desk";
import { ReviewerQueue } from "./reviewer-queue";
import { SignInForm } from "./sign-in";
import { storyDesk, storyQueue, storySummary } from "./story-data";
import { SummaryView } from "./summary-view";

const langs: LangMode[] = ["zh", "en", "bilingual"];
const inLang = (lang: LangMode, node: ReactNode) =>
  render(<DeskLang.Provider value={lang}>{node}</DeskLang.Provider>);

describe("the desk's components", () => {
  it("have no axe violations in zh, en and bilingual", async () => {
    for (const lang of langs) {
      const views = [
        <SignInForm key="s" onSignIn={async () => undefined} notice="signIn.expired" />,
        <ReviewerQueue
          key="q"
          items={storyQueue(["enterprise-1", "enterprise-2"])}
          total={2}
          filter={{}}
          ownStatus="district"
          onFilter={vi.fn()}
          onOpen={vi.fn()}
          onApproveMany={vi.fn()}
        />,
        <EnterpriseDesk key="e" today="2024-12-06" items={storyDesk()} onOpen={vi.fn()} />,
        <SummaryView key="v" summary={storySummary()} onRegion={vi.fn()} />,
      ];
      for (const view of views) {
        const { container, unmount } = inLang(lang, view);
        expect((await axe.run(container)).violations, `${lang}`).toEqual([]);
        unmount();
      }
    }
  });

  it("marks what is overdue in words, not colour alone, and says why a filing was returned", () => {
    const items = storyDesk();
    inLang("en", <EnterpriseDesk today="2024-12-06" items={items} onOpen={vi.fn()} />);
    expect(screen.getAllByText("Overdue").length).toBe(items.filter((item) => item.overdue).length);
    const returned = items.find((item) => item.status === "returned");
    expect(screen.getByText(returned?.returnedReason ?? "(none)")).toBeTruthy();
  });

  it("approves only the chosen filings at the reviewer's own level, by keyboard", async () => {
    const onApproveMany = vi.fn();
    const items = storyQueue(["enterprise-1", "enterprise-2", "enterprise-3"]);
    inLang(
      "zh",
      <ReviewerQueue
        items={items}
        total={3}
        filter={{}}
        ownStatus="district"
        onFilter={vi.fn()}
        onOpen={vi.fn()}
        onApproveMany={onApproveMany}
      />,
    );
    const user = userEvent.setup();
    const boxes = screen.getAllByRole("checkbox");
    boxes[1]?.focus();
    await user.keyboard(" ");
    await user.click(screen.getByRole("button", { name: /批量通过所选（1）/ }));
    expect(onApproveMany).toHaveBeenCalledWith([items[1]?.id]);
  });

  it("drills down: a region's name narrows the summary to it", async () => {
    const onRegion = vi.fn();
    inLang("en", <SummaryView summary={storySummary()} onRegion={onRegion} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Jinshui District" }));
    expect(onRegion).toHaveBeenCalledWith("410105");
    // Each chart has its figures as a table beside it.
    expect(screen.getAllByRole("figure").length).toBeGreaterThanOrEqual(2);
  });
});
