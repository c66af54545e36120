import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { LangMode, ReferenceTable as ReferenceTableModel } from "@tianbiao/core";
import { createI18n } from "@tianbiao/i18n";
import { getTableModule, tableModules } from "@tianbiao/tables";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { filterRows, normalize, ReferenceTable } from "./reference-table";

const i18nFor = (lang: "zh" | "en" | "bilingual") => createI18n({ lang: lang === "en" ? "en" : "zh" });

function referenceTable(id: string): ReferenceTableModel {
  const table = getTableModule(id)?.table;
  if (table?.kind !== "reference") throw new Error(`${id} is not a reference table`);
  return table;
}

const scope = referenceTable("gazette-outsourcing-scope");
const references = tableModules.flatMap((m) => (m.table.kind === "reference" ? [m.table] : []));

function renderTable(lang: LangMode = "zh", table = scope) {
  return render(<ReferenceTable table={table} lang={lang} i18n={i18nFor(lang)} />);
}

const shownRows = (container: HTMLElement) =>
  Array.from(container.querySelectorAll("tbody tr")).map((tr) => [tr.getAttribute("data-row"), tr.className]);

describe("ReferenceTable", () => {
  it("has no axe violations in every language", async () => {
    for (const lang of ["zh", "en", "bilingual"] as const) {
      const { container, unmount } = renderTable(lang);
      expect((await axe.run(container)).violations).toEqual([]);
      unmount();
    }
  });

  it.each(references.map((table) => [table.id, table] as const))(
    "renders %s with every row, in Chinese, English and both",
    (_id, table) => {
      for (const lang of ["zh", "en", "bilingual"] as const) {
        const { container, unmount } = render(<ReferenceTable table={table} lang={lang} />);
        expect(container.querySelectorAll("tbody tr")).toHaveLength(table.rows.length);
        const heading = screen.getByRole("heading", { level: 1 }).textContent;
        expect(heading).toContain(lang === "en" ? table.title.en : table.title.zh);
        if (lang === "bilingual") expect(heading).toContain(table.title.en);
        unmount();
      }
    },
  );

  it("shows the official header: title, issuer and source document", () => {
    const { container } = renderTable("zh");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(scope.title.zh);
    const header = container.querySelector(".tb-identity") as HTMLElement;
    if (scope.issuer) expect(header.textContent).toContain(scope.issuer.zh);
    expect(header.textContent).toContain(scope.source.document.zh);
    expect(screen.getByRole("table", { name: scope.title.zh })).toBeTruthy();
  });

  it("marks nested levels for the stylesheet to indent, with no inline style (strict CSP)", () => {
    const { container } = renderTable("zh");
    for (const row of scope.rows) {
      const tr = container.querySelector(`tr[data-row="${row.id}"]`) as HTMLElement;
      expect(tr.getAttribute("data-level")).toBe(String(row.level ?? 0));
      expect(tr.querySelector("td")?.classList.contains("tb-reference-name")).toBe(true);
    }
    expect(container.querySelector("[style]")).toBeNull();
  });

  it("filters by Chinese, keeps the headings above each match and announces the count", async () => {
    const user = userEvent.setup();
    const { container } = renderTable("zh");
    const status = screen.getByRole("status");
    expect(status.textContent).toBe(`共 ${scope.rows.length} 条`);
    await user.type(screen.getByRole("searchbox", { name: "搜索本表" }), "集成电路");
    expect(shownRows(container)).toEqual([
      ["ito", "tb-reference-row tb-reference-context"],
      ["itoResearch", "tb-reference-row tb-reference-context"],
      ["integratedCircuitDesign", "tb-reference-row"],
      ["testingPlatforms", "tb-reference-row"],
    ]);
    expect(status.textContent).toBe("找到 2 条");
  });

  it("matches English ignoring case, in any display language", async () => {
    const user = userEvent.setup();
    const { container } = renderTable("zh");
    await user.type(screen.getByRole("searchbox"), "INTEGRATED circuit");
    expect(shownRows(container).filter(([, c]) => c === "tb-reference-row")).toHaveLength(2);
  });

  it("ignores full-width and half-width differences", async () => {
    const user = userEvent.setup();
    const { container } = renderTable("en");
    const search = screen.getByRole("searchbox", { name: "Search this table" });
    await user.type(search, "ＫＰＯ");
    expect(shownRows(container)).toEqual([["kpo", "tb-reference-row"]]);
    expect(screen.getByRole("status").textContent).toBe("1 match");
    await user.clear(search);
    await user.type(search, "（ito）");
    expect(shownRows(container)).toEqual([["ito", "tb-reference-row"]]);
  });

  it("says so when nothing matches", async () => {
    const user = userEvent.setup();
    const { container } = renderTable("bilingual");
    await user.type(screen.getByRole("searchbox"), "氨");
    expect(container.querySelectorAll("tbody tr")).toHaveLength(0);
    const status = screen.getByRole("status");
    expect(within(status).getByText("没有找到匹配的条目。")).toBeTruthy();
    expect(within(status).getByText("No matching entries.")).toBeTruthy();
  });

  it("uses the host's i18n instance when given one", () => {
    const i18n = createI18n({
      lang: "en",
      overrides: { en: { "ui.reference.searchLabel": "Find a business type" } },
    });
    render(<ReferenceTable table={scope} lang="en" i18n={i18n} headingLevel={2} />);
    expect(screen.getByRole("searchbox", { name: "Find a business type" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(scope.title.en);
  });
});

describe("reference search helpers", () => {
  it("normalizes width, case and blanks", () => {
    expect(normalize("ＩＴＯ　Ｓｅｒｖｉｃｅｓ（２０２２）")).toBe("ito services(2022)");
    expect(normalize("  Data\n  centres ")).toBe("data centres");
  });

  it("requires every word and keeps only the headings above a match", () => {
    const rows = scope.rows;
    const haystacks = rows.map((row) =>
      normalize(
        Object.values(row.cells)
          .flatMap((c) => [c.zh, c.en])
          .join(" "),
      ),
    );
    const shown = filterRows(rows, haystacks, "database supply");
    expect(shown.map((s) => [s.row.id, s.match])).toEqual([
      ["bpo", false],
      ["supplyChainDatabase", true],
    ]);
    expect(filterRows(rows, haystacks, "  ")).toHaveLength(rows.length);
  });
});
