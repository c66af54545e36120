import type { Meta, StoryObj } from "@storybook/react-vite";
import type { FormTable, LangMode } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { expect, userEvent, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { TableForm } from "./table-form";

function form(id: string) {
  const module = getTableModule(id);
  if (module?.table.kind !== "form" || !module.fixtures) throw new Error(`${id} is not a form table`);
  return { table: module.table as FormTable, fixtures: module.fixtures };
}

/** A catalogue table in one language, filled from its fixtures (the English fixture in English). */
function filled(id: string, lang: LangMode): Story {
  const { table, fixtures } = form(id);
  return {
    name: `${table.title.zh} · ${lang}`,
    args: {
      table,
      lang,
      value: lang === "en" ? fixtures.english : fixtures.valid,
      context: fixtures.context,
    },
  };
}

const meta = {
  title: "Tables/TableForm",
  component: TableForm,
  parameters: { layout: "padded" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Enterprise1Zh = filled("enterprise-1", "zh");
export const Enterprise1En = filled("enterprise-1", "en");
export const Enterprise1Bilingual = filled("enterprise-1", "bilingual");
export const Enterprise2Zh = filled("enterprise-2", "zh");
export const Enterprise2En = filled("enterprise-2", "en");
export const Enterprise2Bilingual = filled("enterprise-2", "bilingual");
export const Enterprise3Zh = filled("enterprise-3", "zh");
export const Enterprise3En = filled("enterprise-3", "en");
export const Enterprise3Bilingual = filled("enterprise-3", "bilingual");
export const Enterprise4Zh = filled("enterprise-4", "zh");
export const Enterprise4En = filled("enterprise-4", "en");
export const Enterprise4Bilingual = filled("enterprise-4", "bilingual");
export const Enterprise5Zh = filled("enterprise-5", "zh");
export const Enterprise5En = filled("enterprise-5", "en");
export const Enterprise5Bilingual = filled("enterprise-5", "bilingual");
export const Platform1Zh = filled("platform-1", "zh");
export const Platform1En = filled("platform-1", "en");
export const Platform1Bilingual = filled("platform-1", "bilingual");
export const City1Zh = filled("city-1", "zh");
export const City1En = filled("city-1", "en");
export const City1Bilingual = filled("city-1", "bilingual");
export const City2Zh = filled("city-2", "zh");
export const City2En = filled("city-2", "en");
export const City2Bilingual = filled("city-2", "bilingual");
export const City3Zh = filled("city-3", "zh");
export const City3En = filled("city-3", "en");
export const City3Bilingual = filled("city-3", "bilingual");
export const PlatformRegistrationZh = filled("platform-registration", "zh");
export const PlatformRegistrationEn = filled("platform-registration", "en");
export const PlatformRegistrationBilingual = filled("platform-registration", "bilingual");
export const KeyEnterpriseApplicationZh = filled("key-enterprise-application", "zh");
export const KeyEnterpriseApplicationEn = filled("key-enterprise-application", "en");
export const KeyEnterpriseApplicationBilingual = filled("key-enterprise-application", "bilingual");
export const CciipFunctionalAreasZh = filled("cciip-functional-areas", "zh");
export const CciipFunctionalAreasEn = filled("cciip-functional-areas", "en");
export const CciipFunctionalAreasBilingual = filled("cciip-functional-areas", "bilingual");

export const Enterprise1Empty: Story = {
  name: "企业1表 · empty",
  args: { table: form("enterprise-1").table, lang: "zh" },
};

export const Enterprise1ReadOnly: Story = {
  name: "企业1表 · read-only submission",
  args: {
    table: form("enterprise-1").table,
    lang: "bilingual",
    value: form("enterprise-1").fixtures.valid,
    readOnly: true,
  },
};

/** Checking answers on an empty form lists every missing answer at the top, linked to its field. */
export const Enterprise3ErrorSummaryZh: Story = {
  name: "企业3表 · error summary (zh)",
  args: { table: form("enterprise-3").table, lang: "zh" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /检查填写内容/ }));
    const summary = await canvas.findByRole("alert");
    await expect(summary.textContent).toMatch(/请填写/);
  },
};

export const Enterprise3ErrorSummaryEn: Story = {
  name: "企业3表 · error summary (en)",
  args: { table: form("enterprise-3").table, lang: "en" },
  play: async ({ canvasElement }) => {
    await formPainted(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: /review answers/i }));
    const summary = await canvas.findByRole("alert");
    await expect(summary.textContent).toMatch(/enter/i);
  },
};
