import { act, fireEvent, render, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import "../go.test-helper";
import { App, pages } from "../app";
import { pageTexts } from "./page-texts";
import { createSearchIndex, search, searchDocuments } from "./search";
import { tokenize } from "./tokenize";

async function index() {
  return createSearchIndex(searchDocuments(await pageTexts(pages)));
}

describe("the docs search", () => {
  it("cuts Chinese into characters and bigrams, and Latin text into lower-cased words", () => {
    expect(tokenize("报表目录 Table catalogue")).toEqual([
      "报",
      "表",
      "目",
      "录",
      "报表",
      "表目",
      "目录",
      "table",
      "catalogue",
    ]);
  });

  it("finds the catalogue page by a Chinese and by an English term", async () => {
    const site = await index();
    expect(search(site, "报表目录").map((hit) => hit.id)).toContain("page:catalogue");
    expect(search(site, "catalogue").map((hit) => hit.id)).toContain("page:catalogue");
  });

  it("finds words inside a page's text, not only its title", async () => {
    const site = await index();
    // Said on the theming page only: the element's shadow boundary (Chinese: 自定义元素).
    expect(search(site, "shadow boundary").map((hit) => hit.id)).toContain("page:theming-and-events");
    expect(search(site, "自定义元素").map((hit) => hit.id)).toContain("page:theming-and-events");
  });

  it("finds an export of the API reference and a table of the catalogue", async () => {
    const site = await index();
    expect(search(site, "compileTable")[0]?.href).toBe("#/reference/core.compileTable");
    expect(search(site, "服务外包合同").map((hit) => hit.kind)).toContain("table");
  });

  it("answers nothing for a term no page holds", async () => {
    expect(search(await index(), "量子纠缠")).toEqual([]);
  });

  it("searches from the header's box and lists linked results, without axe violations", async () => {
    const { container } = render(<App />);
    fireEvent.change(screen.getByRole("searchbox", { name: /Search/ }), { target: { value: "报表目录" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /Go/ }));
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(window.location.hash).toBe(`#/search/${encodeURIComponent("报表目录")}`);
    const results = await screen.findByRole("list", { name: /Search results/ });
    expect(within(results).getByRole("link", { name: "Table catalogue 报表目录" }).getAttribute("href")).toBe(
      "#/catalogue",
    );
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});
