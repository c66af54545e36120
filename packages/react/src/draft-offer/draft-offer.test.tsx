import { screen, waitFor } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { renderTable } from "../story-helpers/field-test-kit";
import { formComplete } from "../story-helpers/form-complete";
import { officialForm } from "../story-helpers/official-form";
import { clearDrafts, draftMaxAgeMs, readDraft } from "../table-form/use-draft";

const { table } = officialForm("enterprise-3");
const key = "draft-offer-test";

function saveDraft(values: Record<string, unknown>) {
  window.localStorage.setItem(
    `tianbiao:draft:${key}`,
    JSON.stringify({ savedAt: new Date().toISOString(), values }),
  );
}

describe("DraftOffer", () => {
  it("has no axe violations", async () => {
    saveDraft({ contractNumber: "HT-1" });
    const { container } = renderTable(table, { draftKey: key, lang: "bilingual" });
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("offers a saved draft back and restores it", async () => {
    saveDraft({ contractNumber: "HT-2024-7" });
    const { user, container } = renderTable(table, { draftKey: key });
    await user.click(screen.getByRole("button", { name: /恢复草稿/ }));
    // The rest of the form comes into the page a frame or more after the first section.
    await formComplete(container);
    expect(container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input')?.value).toBe(
      "HT-2024-7",
    );
    expect(screen.queryByRole("button", { name: /恢复草稿/ })).toBeNull();
  });

  it("keeps the form as it is when the filer discards the draft", async () => {
    saveDraft({ contractNumber: "OLD" });
    const { user, container } = renderTable(table, { draftKey: key, lang: "en" });
    await user.click(screen.getByRole("button", { name: /discard draft/i }));
    await formComplete(container);
    expect(container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input')?.value).toBe("");
  });

  it("ignores a corrupt saved draft", () => {
    window.localStorage.setItem(`tianbiao:draft:${key}`, "{not json");
    renderTable(table, { draftKey: key });
    expect(screen.queryByRole("button", { name: /恢复草稿/ })).toBeNull();
  });

  it("drops a draft older than 30 days, and offers one younger", () => {
    const at = (ms: number) =>
      window.localStorage.setItem(
        `tianbiao:draft:${key}`,
        JSON.stringify({
          savedAt: new Date(Date.now() - ms).toISOString(),
          values: { contractNumber: "HT-OLD" },
        }),
      );
    at(draftMaxAgeMs - 60_000);
    expect(readDraft(key)?.values.contractNumber).toBe("HT-OLD");
    at(draftMaxAgeMs + 60_000);
    renderTable(table, { draftKey: key });
    expect(screen.queryByRole("button", { name: /恢复草稿/ })).toBeNull();
    expect(window.localStorage.getItem(`tianbiao:draft:${key}`)).toBeNull();
  });

  it("clears one filer's drafts at sign-out, and nobody else's", () => {
    const put = (name: string) =>
      window.localStorage.setItem(
        `tianbiao:draft:${name}`,
        JSON.stringify({ savedAt: new Date().toISOString(), values: { contractNumber: name } }),
      );
    put("desk:91410105MA9K7T2X3G:enterprise-2:2024-11");
    put("desk:91410105MA9K7T2X3G:enterprise-1:2024");
    put("desk:91410103MA9L4R8N2F:enterprise-2:2024-11");
    window.localStorage.setItem("unrelated", "kept");
    expect(clearDrafts("desk:91410105MA9K7T2X3G:")).toBe(2);
    expect(readDraft("desk:91410105MA9K7T2X3G:enterprise-2:2024-11")).toBeUndefined();
    expect(readDraft("desk:91410103MA9L4R8N2F:enterprise-2:2024-11")).toBeDefined();
    expect(window.localStorage.getItem("unrelated")).toBe("kept");
  });

  it("saves what is typed shortly after each change", async () => {
    const { user, container } = renderTable(table, { draftKey: key });
    await formComplete(container);
    const input = container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input');
    if (!input) throw new Error("no 304 input");
    await user.type(input, "HT-9");
    const saved = () => JSON.parse(window.localStorage.getItem(`tianbiao:draft:${key}`) ?? "{}");
    await waitFor(() => expect(saved().values?.contractNumber).toBe("HT-9"));
  });
});
