import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { allFields, compileTable, type FormTable, type LangMode } from "@tianbiao/core";
import { createI18n, formatFinding } from "@tianbiao/i18n";
import { getTableModule, tableModules } from "@tianbiao/tables";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { formComplete } from "../story-helpers/form-complete";
import { TableForm } from "./table-form";

const langs: LangMode[] = ["zh", "en", "bilingual"];
const forms = tableModules.filter((m) => m.table.kind === "form" && m.fixtures);
const i18n = createI18n({ lang: "zh" });

function formModule(id: string) {
  const module = getTableModule(id);
  if (module?.table.kind !== "form" || !module.fixtures) throw new Error(`${id} is not a form with fixtures`);
  return { table: module.table as FormTable, fixtures: module.fixtures };
}

const reviewButton = (lang: LangMode) =>
  screen.getByRole("button", { name: lang === "en" ? /review answers/i : /检查填写内容/ });

describe("TableForm", () => {
  it("has no axe violations on 企业1表 in bilingual mode", async () => {
    const { table, fixtures } = formModule("enterprise-1");
    const { container } = render(<TableForm table={table} lang="bilingual" value={fixtures.valid} />);
    const results = await axe.run(container);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  });

  describe.each(forms.map((m) => [m.table.id, m] as const))("renders %s", (_id, module) => {
    const table = module.table as FormTable;
    it.each(langs)("in %s from its definition alone, with every printed field code", async (lang) => {
      // Filled, so fields shown only for some answers (115, 116 for a head office) are on the page too.
      const value = module.fixtures?.valid;
      const { container } = render(
        <TableForm table={table} lang={lang} value={value} context={module.fixtures?.context} />,
      );
      await formComplete(container);
      const heading = screen.getByRole("heading", { level: 1 });
      expect(heading.textContent).toContain(lang === "en" ? table.title.en : table.title.zh);
      if (lang === "bilingual") expect(heading.textContent).toContain(table.title.en);
      const codes = allFields(table)
        .map((f) => f.field.code)
        .filter(Boolean);
      for (const code of codes) expect(container.textContent).toContain(code);
    });
  });

  describe.each(forms.map((m) => [m.table.id, m] as const))("%s fixtures", (id, module) => {
    const fixtures = module.fixtures;
    if (!fixtures) throw new Error(id);

    it("the valid fixture submits", async () => {
      const onSubmit = vi.fn().mockResolvedValue({ ok: true, reference: "R-1" });
      const user = userEvent.setup();
      render(
        <TableForm
          table={module.table as FormTable}
          lang="zh"
          value={fixtures.valid}
          context={fixtures.context}
          onSubmit={onSubmit}
        />,
      );
      await user.click(reviewButton("zh"));
      const continueButton = screen.queryByRole("button", { name: /继续/ });
      if (continueButton) {
        for (const box of screen.getAllByRole("checkbox", { name: /核对/ })) await user.click(box);
        await user.click(continueButton);
      }
      await user.click(screen.getByRole("button", { name: /提交/ }));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      expect((await screen.findByRole("status")).textContent).toContain("R-1");
    });

    it.each(
      fixtures.invalid.flatMap((f) => (["zh", "en"] as const).map((lang) => [f.name, lang, f] as const)),
    )("invalid %s shows its message on the field and in the summary (%s)", async (_name, lang, fixture) => {
      const user = userEvent.setup();
      const { container } = render(
        <TableForm
          table={module.table as FormTable}
          lang={lang}
          value={fixture.value}
          context={fixtures.context}
        />,
      );
      // The summary may come before the form's second step is in the page; the field is looked for once
      // every section is there.
      await user.click(reviewButton(lang));
      const summary = await screen.findByRole("alert");
      await formComplete(container);
      const finding = compileTable(module.table as FormTable, { context: fixtures.context })
        .validate(fixture.value)
        .errors.find((e) => e.rule === fixture.expect.rule && e.path === fixture.expect.path);
      expect(finding, "the fixture breaks the rule it names").toBeDefined();
      if (!finding) return;
      // The summary, read away from the field, names its row and group; the field's own message does not.
      const placed = formatFinding(i18n, finding, lang, { place: true });
      expect(within(summary).getByRole("link", { name: placed })).toBeTruthy();
      const message = formatFinding(i18n, finding, lang);
      const field = container.querySelector(`[data-path="${fixture.expect.path}"]`);
      expect(field, `a field at ${fixture.expect.path}`).not.toBeNull();
      expect(field?.textContent).toContain(message);
    });
  });

  it("restores a draft after a reload", async () => {
    const { table } = formModule("enterprise-3");
    const user = userEvent.setup();
    const first = render(<TableForm table={table} lang="zh" draftKey="test-draft" />);
    await formComplete(first.container);
    const input = first.container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input');
    if (!input) throw new Error("no 304 input");
    await user.type(input, "HT-2024-001");
    const saved = () => JSON.parse(window.localStorage.getItem("tianbiao:draft:test-draft") ?? "{}");
    await waitFor(() => expect(saved().values?.contractNumber).toBe("HT-2024-001"));
    first.unmount();
    const second = render(<TableForm table={table} lang="zh" draftKey="test-draft" />);
    await formComplete(second.container);
    await user.click(screen.getByRole("button", { name: /恢复/ }));
    expect(
      second.container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input')?.value,
    ).toBe("HT-2024-001");
  });

  it("keeps every value when the language switches mid-fill", async () => {
    const { table } = formModule("enterprise-3");
    const user = userEvent.setup();
    const { container, rerender } = render(<TableForm table={table} lang="zh" />);
    await formComplete(container);
    const input = container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input');
    if (!input) throw new Error("no 304 input");
    await user.type(input, "HT-9");
    rerender(<TableForm table={table} lang="en" />);
    expect(container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input')?.value).toBe(
      "HT-9",
    );
    rerender(<TableForm table={table} lang="bilingual" />);
    expect(container.querySelector<HTMLInputElement>('[data-path="contractNumber"] input')?.value).toBe(
      "HT-9",
    );
  });

  it("keeps what the filer typed when the submission fails", async () => {
    const { table, fixtures } = formModule("enterprise-3");
    const user = userEvent.setup();
    const onSubmit = vi.fn().mockRejectedValue(new Error("offline"));
    render(
      <TableForm
        table={table}
        lang="en"
        value={fixtures.valid}
        context={fixtures.context}
        onSubmit={onSubmit}
      />,
    );
    await formComplete();
    await user.click(reviewButton("en"));
    const continueButton = screen.queryByRole("button", { name: /continue/i });
    if (continueButton) {
      for (const box of screen.getAllByRole("checkbox")) await user.click(box);
      await user.click(continueButton);
    }
    await user.click(screen.getByRole("button", { name: /submit/i }));
    expect(await screen.findByRole("alert")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /back to editing/i }));
    const input = document.querySelector<HTMLInputElement>('[data-path="contractNumber"] input');
    expect(input?.value).toBe(String((fixtures.valid as Record<string, unknown>).contractNumber));
  });

  it("on leaving a field, shows messages about what it holds now, not before the last keystrokes", async () => {
    const { table } = formModule("enterprise-2");
    const { container } = render(<TableForm table={table} lang="zh" validateDelayMs={10_000} />);
    await formComplete(container);
    const input = container.querySelector<HTMLInputElement>('[data-path="contractTerm"] input');
    if (!input) throw new Error("no 205 input");
    fireEvent.input(input, { target: { value: "十二" } });
    fireEvent.blur(input);
    const message = container.querySelector('[data-path="contractTerm"] .tb-message-error');
    expect(message?.textContent).toBe(
      formatFinding(
        i18n,
        compileTable(table)
          .validate({ contractTerm: "十二" })
          .errors.find((f) => f.path === "contractTerm") ?? fail(),
        "zh",
      ),
    );
    fireEvent.input(input, { target: { value: "12" } });
    fireEvent.blur(input);
    expect(container.querySelector('[data-path="contractTerm"] .tb-message-error')).toBeNull();
  });
});

function fail(): never {
  throw new Error("the core finds nothing wrong with 205 = 十二");
}
