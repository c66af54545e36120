import type { Meta, StoryObj } from "@storybook/react-vite";
import type { LangMode } from "@tianbiao/core";
import { expect, waitFor, within } from "storybook/test";
import { formPainted } from "../story-helpers/form-painted";
import { measureLayout, phoneMaxWidth } from "../story-helpers/layout-checks";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "./table-form";

/**
 * The tables of issue 14 filled in, at a phone's 360 px and a desktop's 1280 px, in each language
 * mode: screenshots for a reviewer, and in the story tests the layout measured in Chromium (no
 * sideways scrolling; 44px controls on phones; controls 120px wide; matrix cells ruled;
 * indicator names left-aligned and indented). e2e/layout.e2e.test.ts runs the same measures at 390 px.
 */
const widths = { phone360: 360, desktop1280: 1280 } as const;
type Viewport = keyof typeof widths;

function layoutStory(id: string, lang: LangMode, viewport: Viewport): Story {
  const { table, fixtures } = officialForm(id);
  return {
    name: `${table.tableNo?.zh ?? table.title.zh} · ${lang} · ${widths[viewport]} px`,
    args: {
      table,
      lang,
      value: lang === "en" ? fixtures.english : fixtures.valid,
      context: fixtures.context,
    },
    globals: { viewport: { value: viewport, isRotated: false } },
    play: async ({ canvasElement }) => {
      await formPainted(canvasElement);
      await within(canvasElement).findByRole("heading", { level: 1 });
      await waitFor(() => expect(window.innerWidth).toBe(widths[viewport]));
      await document.fonts.ready;
      const found = measureLayout(widths[viewport] <= phoneMaxWidth);
      await expect(found.sideways).toBe(0);
      await expect(found.clipped).toEqual([]);
      await expect(found.short).toEqual([]);
      await expect(found.narrow).toEqual([]);
      await expect(found.unruled).toEqual([]);
      await expect(found.misaligned).toEqual([]);
    },
  };
}

const meta = {
  title: "Tables/Layout as printed",
  component: TableForm,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof TableForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Enterprise4ZhPhone360 = layoutStory("enterprise-4", "zh", "phone360");
export const Enterprise4ZhDesktop1280 = layoutStory("enterprise-4", "zh", "desktop1280");
export const Enterprise4EnPhone360 = layoutStory("enterprise-4", "en", "phone360");
export const Enterprise4EnDesktop1280 = layoutStory("enterprise-4", "en", "desktop1280");
export const Enterprise4BilingualPhone360 = layoutStory("enterprise-4", "bilingual", "phone360");
export const Enterprise4BilingualDesktop1280 = layoutStory("enterprise-4", "bilingual", "desktop1280");
export const Platform1ZhPhone360 = layoutStory("platform-1", "zh", "phone360");
export const Platform1ZhDesktop1280 = layoutStory("platform-1", "zh", "desktop1280");
export const Platform1EnPhone360 = layoutStory("platform-1", "en", "phone360");
export const Platform1EnDesktop1280 = layoutStory("platform-1", "en", "desktop1280");
export const Platform1BilingualPhone360 = layoutStory("platform-1", "bilingual", "phone360");
export const Platform1BilingualDesktop1280 = layoutStory("platform-1", "bilingual", "desktop1280");
export const City1ZhPhone360 = layoutStory("city-1", "zh", "phone360");
export const City1ZhDesktop1280 = layoutStory("city-1", "zh", "desktop1280");
export const City1EnPhone360 = layoutStory("city-1", "en", "phone360");
export const City1EnDesktop1280 = layoutStory("city-1", "en", "desktop1280");
export const City1BilingualPhone360 = layoutStory("city-1", "bilingual", "phone360");
export const City1BilingualDesktop1280 = layoutStory("city-1", "bilingual", "desktop1280");
export const KeyEnterpriseApplicationZhPhone360 = layoutStory("key-enterprise-application", "zh", "phone360");
export const KeyEnterpriseApplicationZhDesktop1280 = layoutStory(
  "key-enterprise-application",
  "zh",
  "desktop1280",
);
export const KeyEnterpriseApplicationEnPhone360 = layoutStory("key-enterprise-application", "en", "phone360");
export const KeyEnterpriseApplicationEnDesktop1280 = layoutStory(
  "key-enterprise-application",
  "en",
  "desktop1280",
);
export const KeyEnterpriseApplicationBilingualPhone360 = layoutStory(
  "key-enterprise-application",
  "bilingual",
  "phone360",
);
export const KeyEnterpriseApplicationBilingualDesktop1280 = layoutStory(
  "key-enterprise-application",
  "bilingual",
  "desktop1280",
);
