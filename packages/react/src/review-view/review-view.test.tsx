import { screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { officialForm } from "../story-helpers/official-form";

const { table, fixtures } = officialForm("enterprise-3");

async function review(lang: "zh" | "en" | "bilingual") {
  const kit = renderTable(table, { lang, value: fixtures.valid, context: fixtures.context });
  await kit.user.click(
    screen.getByRole("button", { name: lang === "en" ? /review answers/i : /检查填写内容/ }),
  );
  const continueButton = screen.queryByRole("button", { name: lang === "en" ? /continue/i : /继续/ });
  if (continueButton) {
    for (const box of screen.getAllByRole("checkbox")) await kit.user.click(box);
    await kit.user.click(continueButton);
  }
  return kit;
}

describe("ReviewView", () => {
  it("has no axe violations", async () => {
    const { container } = await review("bilingual");
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("lists every answer, with the printed field codes", async () => {
    await review("zh");
    const list = document.querySelector(".tb-review");
    expect(list?.textContent).toContain(String((fixtures.valid as Record<string, unknown>).contractNumber));
    expect(list?.textContent).toContain("304");
    expect(list?.textContent).toContain("离岸合同");
  });

  it("goes back to the field the filer wants to change", async () => {
    const { user } = await review("en");
    const change = screen.getAllByRole("button", { name: /change.*contract number/i })[0];
    if (!change) throw new Error("no change button for 304");
    await user.click(change);
    expect(document.activeElement?.closest('[data-path="contractNumber"]')).not.toBeNull();
  });
});
