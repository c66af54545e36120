import type { Meta, StoryObj } from "@storybook/react-vite";
import type { FormTable, LangMode } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { expect, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { TableForm } from "./table-form";

// Tables at phone widths, through the viewport global: Storybook's toolbar shows them at that width
// and the story tests size the page to it. What the layout must do there is item 2 of issue 14; these
// stories give it the places to be seen and checked.
const widths = { phone360: 360, phone390: 390 } as const;

function atPhone(id: string, viewport: keyof typeof widths, lang: LangMode = "zh"): Story {
  const module = getTableModule(id);
  if (module?.table.kind !== "form" || !module.fixtures) throw new Error(`${id} is not a form table`);
  const table = module.table as FormTable;
  return {
    name: `${table.title.zh} · ${lang} · ${widths[viewport]} px`,
    args: {
      table,
      lang,
      value: lang === "en" ? module.fixtures.english : module.fixtures.valid,
      context: module.fixtures.context,
    },
    globals: { viewport: { value: viewport, isRotated: false } },
    play: async ({ canvasElement }) => {
      await formPainted(canvasElement);
      await within(canvasElement).findByRole("heading", { level: 1 });
      await expect(window.innerWidth).toBe(widths[viewport]);
    },
  };
}

const meta = {
  title: "Tables/TableForm on phones",
  component: TableForm,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Enterprise4Phone360 = atPhone("enterprise-4", "phone360");
export const Enterprise4Phone390 = atPhone("enterprise-4", "phone390");
export const Platform1Phone360 = atPhone("platform-1", "phone360");
export const Platform1Phone390 = atPhone("platform-1", "phone390");
export const City1Phone360 = atPhone("city-1", "phone360");
export const City1Phone390 = atPhone("city-1", "phone390");
export const City1BilingualPhone390 = atPhone("city-1", "phone390", "bilingual");
export const KeyEnterpriseApplicationPhone360 = atPhone("key-enterprise-application", "phone360");
