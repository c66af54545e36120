import type { Meta, StoryObj } from "@storybook/react-vite";
import type { LangMode, Submission } from "@tianbiao/core";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { TableForm } from "../table-form/table-form";
import { fieldExample } from "./field-example";

// 119 投资者 of 服务外包统企业１表, with the table's own fixtures.
const investors = fieldExample("enterprise-1", "investors");
const sharesFixture = investors.warnings.find((fixture) => fixture.expect.rule === "investor-shares-total");

const meta = {
  title: "Fields/RowsField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table: investors.table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = (lang: LangMode): Story => ({
  name: `119 投资者 · filled · ${lang}`,
  args: { lang, value: lang === "en" ? investors.english : investors.valid },
});

/** minRows is 1: an empty value still shows one row to fill in. */
export const Empty: Story = { name: "119 投资者 · empty", args: { lang: "zh" } };
export const FilledZh = filled("zh");
export const FilledEn = filled("en");
export const FilledBilingual = filled("bilingual");

export const ReadOnly: Story = {
  name: "119 投资者 · read-only",
  args: { lang: "bilingual", value: investors.valid, readOnly: true },
};

/**
 * Shares adding up to 90%: the document does not say they must add up to 100%, so checking the answers asks
 * the filer to confirm or explain the total instead of blocking.
 */
export const SharesWarningZh: Story = {
  name: "119 投资者 · warning (zh)",
  args: { lang: "zh", value: sharesFixture?.value },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /检查填写内容/ }));
    const review = canvasElement.querySelector(".tb-warning-review") as HTMLElement;
    await expect(await within(review).findByText(/合计应为 100，现为 90/)).toBeVisible();
    await expect(within(review).getByRole("checkbox", { name: /核对/ })).toBeVisible();
  },
};

/** A share typed wrongly in English: the message names the column. */
export const ShareTypedWrongEn: Story = {
  name: "119 investors · error (en)",
  args: { lang: "en", value: investors.english },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const share = canvas.getAllByRole("textbox", { name: /^Share \(row 1\)/ })[0] as HTMLElement;
    await userEvent.clear(share);
    await userEvent.type(share, "sixty");
    await userEvent.tab();
    await expect(await canvas.findByText(/Share: enter a number/)).toBeVisible();
  },
};

/** Keyboard only: Enter on "添加一行" adds row 3 and puts focus in its first cell; removing it returns focus. */
export const AddRowWithKeyboard: Story = {
  name: "119 投资者 · add and remove a row with the keyboard",
  args: { lang: "zh", value: investors.valid },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const add = canvas.getByRole("button", { name: "添加一行" });
    add.focus();
    await userEvent.keyboard("{Enter}");
    const kind = await canvas.findByRole("combobox", { name: /第 3 行/ });
    await waitFor(() => expect(kind).toHaveFocus());
    await userEvent.selectOptions(kind, "foreign");
    await userEvent.tab();
    await expect(canvas.getByRole("textbox", { name: /^投资者名称（第 3 行）/ })).toHaveFocus();
    const remove = canvas.getByRole("button", { name: "删除第 3 行" });
    remove.focus();
    await userEvent.keyboard(" ");
    await waitFor(() => expect(add).toHaveFocus());
    await expect(canvasElement.querySelectorAll("tbody tr[data-row]")).toHaveLength(2);
  },
};

function manyInvestors(count: number): Submission {
  const sample = investors.valid.investors as unknown[];
  return { investors: Array.from({ length: count }, (_, i) => sample[i % sample.length]) };
}

/**
 * 1,000 rows, as a filer opens them: the first 50 rows, the count and the buttons for the rest. Showing
 * more is tested in rows-field.test.tsx; typing into 1,000 rows, shown in pages or all at once, is timed
 * by `pnpm bench`, not here.
 */
export const ThousandRows: Story = {
  name: "119 投资者 · 1,000 rows",
  args: { lang: "zh", value: manyInvestors(1000) },
  parameters: {
    // axe over all 50 rendered rows takes seconds; they are the rows of the filled stories, and the jsdom
    // test runs axe over a paged table. Here it checks what this story adds: the count and the buttons.
    a11y: { context: { include: [".tb-rows-more"] } },
  },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelectorAll("tbody tr[data-row]")).toHaveLength(50);
    await expect(canvas.getByText("已显示 50 行，共 1000 行")).toBeVisible();
    const more = canvasElement.querySelector(".tb-rows-more") as HTMLElement;
    await expect(within(more).getByRole("button", { name: "再显示 50 行" })).toBeVisible();
    await expect(within(more).getByRole("button", { name: "显示全部 1000 行" })).toBeVisible();
  },
};

// 城市３表: the printed column marks 甲 乙 丙 1 under the headers.
const certifications = fieldExample("city-3", "certifications");

export const City3EmptyZh: Story = {
  name: "城市３表 企业认证情况 · empty",
  args: { table: certifications.table },
};

export const City3FilledEn: Story = {
  name: "城市３表 enterprise certifications · filled · en",
  args: { table: certifications.table, lang: "en", value: certifications.english },
};
