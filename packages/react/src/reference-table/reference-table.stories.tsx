import type { Meta, StoryObj } from "@storybook/react-vite";
import type { LangMode, ReferenceTable as ReferenceTableModel } from "@tianbiao/core";
import { tableModules } from "@tianbiao/tables";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { ReferenceTable } from "./reference-table";

const references = tableModules.flatMap((m) => (m.table.kind === "reference" ? [m.table] : []));

function reference(id: string): ReferenceTableModel {
  const table = references.find((t) => t.id === id);
  if (!table) throw new Error(`${id} is not a reference table`);
  return table;
}

const scope = reference("gazette-outsourcing-scope");

const meta = {
  title: "Reference/ReferenceTable",
  component: ReferenceTable,
  parameters: { layout: "padded" },
  args: { table: scope, lang: "zh" },
} satisfies Meta<typeof ReferenceTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const inLang = (lang: LangMode): Story => ({
  name: `国际服务外包主要业务范围 · ${lang}`,
  args: { lang },
});

export const Zh = inLang("zh");
export const En = inLang("en");
export const Bilingual = inLang("bilingual");

/** Full-width letters find the half-width (KPO) heading; the count is announced. */
export const SearchFullWidthZh: Story = {
  name: "国际服务外包主要业务范围 · search ＫＰＯ (zh)",
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("searchbox", { name: "搜索本表" }), "ＫＰＯ");
    await expect(await canvas.findByText("找到 1 条")).toBeVisible();
    await expect(canvasElement.querySelectorAll("tbody tr")).toHaveLength(1);
  },
};

/** An English search in the bilingual view keeps the headings above each match. */
export const SearchEnglishBilingual: Story = {
  name: "国际服务外包主要业务范围 · search in English (bilingual)",
  args: { lang: "bilingual" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("searchbox"), "integrated circuit");
    await expect(await canvas.findByText("2 matches")).toBeVisible();
    await expect(canvasElement.querySelectorAll("tbody tr.tb-reference-context")).toHaveLength(2);
  },
};

export const NoMatchEn: Story = {
  name: "国际服务外包主要业务范围 · no match (en)",
  args: { lang: "en", initialQuery: "ammonia" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    await expect(await within(canvasElement).findByText("No matching entries.")).toBeVisible();
  },
};

const everyTable = (lang: LangMode): Story => ({
  name: `every reference table · ${lang}`,
  render: () => (
    <>
      {references.map((table) => (
        <ReferenceTable key={table.id} table={table} lang={lang} headingLevel={2} />
      ))}
    </>
  ),
});

/** Every reference table of the catalogue, in each language mode. */
export const AllReferenceTables = everyTable("bilingual");
export const AllReferenceTablesZh = everyTable("zh");
export const AllReferenceTablesEn = everyTable("en");
