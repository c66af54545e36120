import type { Meta, StoryObj } from "@storybook/react-vite";
import type { LangMode } from "@tianbiao/core";
import { expect, userEvent, within } from "storybook/test";
import { fieldExample } from "../rows-field/field-example";
import { formPainted } from "../story-helpers/form-painted";
import { TableForm } from "../table-form/table-form";

// The 401–426 matrix of 服务外包统企业４表 with its sum rules and fixtures.
const hr = fieldExample("enterprise-4", "humanResources");
const notSummed = hr.invalid.find((fixture) => fixture.expect.rule === "employees-education-sum");

const meta = {
  title: "Fields/MatrixField",
  component: TableForm,
  parameters: { layout: "padded" },
  args: { table: hr.table, lang: "zh" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const filled = (lang: LangMode): Story => ({
  name: `401–426 · filled · ${lang}`,
  args: { lang, value: lang === "en" ? hr.english : hr.valid },
});

export const Empty: Story = { name: "401–426 · empty" };
export const FilledZh = filled("zh");
export const FilledEn = filled("en");
export const FilledBilingual = filled("bilingual");

export const ReadOnly: Story = {
  name: "401–426 · read-only",
  args: { lang: "bilingual", value: hr.valid, readOnly: true },
};

/** The table's fixture where 401 本年 does not equal 402–406: checking shows the sum message on 401. */
export const NotSummedFixture: Story = {
  name: "401–426 · error fixture (zh)",
  args: { value: notSummed?.value },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /检查填写内容/ }));
    const total = canvas.getByRole("textbox", { name: /401$/, description: /分项合计/ });
    await expect(total).toHaveAttribute("aria-invalid", "true");
  },
};

/** Typing a wrong 401 本年 beside the live sum of 402–406, then leaving the cell. */
export const WrongTotalZh: Story = {
  name: "401–426 · type a wrong total (zh)",
  args: { value: hr.valid },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const total = canvas.getByRole("textbox", { name: "一、从业人员期末人数 本年 401" });
    await expect(canvas.getByText("分项合计：356")).toBeVisible();
    await userEvent.clear(total);
    await userEvent.type(total, "360");
    await userEvent.tab();
    await expect(await canvas.findByText(/401.*应等于.*356.*现为 360/)).toBeVisible();
  },
};

export const WrongTotalEn: Story = {
  name: "401–426 · type a wrong total (en)",
  args: { lang: "en", value: hr.english },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    const total = canvas.getByRole("textbox", { name: /401$/, description: /Sum of the breakdown: 612/ });
    await userEvent.clear(total);
    await userEvent.type(total, "600");
    await userEvent.tab();
    await expect(await canvas.findByText(/should equal the sum of .*612, but is 600/)).toBeVisible();
  },
};

// 平台１表: heading rows (一、服务采购商) and three levels of indentation.
const platform = fieldExample("platform-1", "platform");

export const PlatformHeadingsZh: Story = {
  name: "平台１表 601–626 · filled · zh",
  args: { table: platform.table, value: platform.valid },
};

export const PlatformHeadingsBilingual: Story = {
  name: "平台１表 601–626 · filled · bilingual",
  args: { table: platform.table, lang: "bilingual", value: platform.valid },
};
