import type { Meta, StoryObj } from "@storybook/react-vite";
import type { FormTable, LangMode } from "@tianbiao/core";
import { createI18n } from "@tianbiao/i18n";
import { getTableModule } from "@tianbiao/tables";
import { useMemo } from "react";
import { expect } from "storybook/test";
import { TableForm } from "../table-form/table-form";
import { PrintPageHeader } from "./print-page-header";

const module = getTableModule("enterprise-4");
if (module?.table.kind !== "form" || !module.fixtures) throw new Error("enterprise-4 is a form table");
const table = module.table as FormTable;
const fixtures = module.fixtures;

function PrintPreview({ lang }: { lang: LangMode }) {
  const i18n = useMemo(() => createI18n({ lang: lang === "en" ? "en" : "zh" }), [lang]);
  return (
    <>
      <PrintPageHeader table={table} lang={lang} i18n={i18n} />
      <TableForm
        table={table}
        lang={lang}
        value={lang === "en" ? fixtures.english : fixtures.valid}
        i18n={i18n}
      />
    </>
  );
}

/** A filled 企业４表 to open in the browser's print preview: A4, 仿宋, ruled matrix, 表号 on every page. */
const meta = {
  title: "Print/A4 page",
  component: PrintPreview,
  parameters: { layout: "padded" },
  args: { lang: "zh" },
} satisfies Meta<typeof PrintPreview>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Zh: Story = {
  name: "企业４表 · print (zh)",
  play: async () => {
    // The @page rule is in a stylesheet the document adopts (a page's CSP may refuse a <style> element).
    const rules = document.adoptedStyleSheets.flatMap((sheet) =>
      Array.from(sheet.cssRules, (rule) => rule.cssText),
    );
    await expect(rules.join("\n")).toContain("服务外包统企业４表");
  },
};
export const En: Story = { name: "企业４表 · print (en)", args: { lang: "en" } };
export const Bilingual: Story = { name: "企业４表 · print (bilingual)", args: { lang: "bilingual" } };
