import { screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { officialForm } from "../story-helpers/official-form";

const { table, fixtures } = officialForm("enterprise-3");
const warned = fixtures.warnings?.[0];
if (!warned) throw new Error("enterprise-3 has no warning fixture");

async function openWarnings(lang: "zh" | "en" | "bilingual") {
  const kit = renderTable(table, { lang, value: warned?.value, context: fixtures.context });
  await kit.user.click(
    screen.getByRole("button", { name: lang === "en" ? /review answers/i : /检查填写内容/ }),
  );
  return kit;
}

describe("WarningReview", () => {
  it("has no axe violations", async () => {
    const { container } = await openWarnings("bilingual");
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("asks the filer to confirm or explain each warning before continuing", async () => {
    const { user } = await openWarnings("en");
    await user.click(screen.getByRole("button", { name: /continue/i }));
    expect(await screen.findByText(/confirm the answer is correct, or explain it/i)).toBeTruthy();
    await user.type(screen.getByRole("textbox", { name: /explanation/i }), "Settled in two currencies");
    await user.click(screen.getByRole("button", { name: /continue/i }));
    await waitFor(() =>
      expect(screen.getByRole("heading", { level: 2, name: /review answers/i })).toBeTruthy(),
    );
  });

  it("accepts a confirmation instead of an explanation", async () => {
    const { user } = await openWarnings("zh");
    await user.click(screen.getByRole("checkbox", { name: /核对/ }));
    await user.click(screen.getByRole("button", { name: /继续/ }));
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: /检查填写内容/ })).toBeTruthy());
  });
});
