import type { Meta, StoryObj } from "@storybook/react-vite";
import { resolveTheme, type ThemeName, themeNames } from "@tianbiao/tokens";
import { createElement } from "react";
import { expect, waitFor } from "storybook/test";
import { defineTianbiaoForm } from "./element";

defineTianbiaoForm();

interface ElementArgs {
  table: string;
  lang: "zh" | "en" | "bilingual";
  theme: ThemeName;
}

/** The element as a host page writes it: attributes only, no React on the host's side. */
function TianbiaoForm({ table, lang, theme }: ElementArgs) {
  return createElement("tianbiao-form", { table, lang, theme });
}

function hostOf(canvasElement: HTMLElement): HTMLElement {
  const element = canvasElement.querySelector<HTMLElement>("tianbiao-form");
  if (!element) throw new Error("no <tianbiao-form> in the story");
  return element;
}

/** Waits for the table to load and render inside the element's shadow root; answers its h1. */
async function rendered(element: HTMLElement): Promise<HTMLHeadingElement> {
  return waitFor(() => {
    const heading = element.shadowRoot?.querySelector("h1");
    // A long form draws its first screen first and marks its body busy until the rest is there.
    if (!heading || element.shadowRoot?.querySelector('.tb-form-body[aria-busy="true"]'))
      throw new Error("not rendered yet");
    return heading;
  });
}

const meta = {
  title: "Embed/tianbiao-form",
  component: TianbiaoForm,
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          "`<tianbiao-form>` from `@tianbiao/embed`: a custom element that loads a table by id and renders it in " +
          "an open shadow root, so the host page's CSS cannot reach it. It fires `tianbiao:change`, " +
          "`tianbiao:submit` and `tianbiao:error` (bubbling, composed).",
      },
    },
  },
  argTypes: {
    table: { control: "text", description: "The table id, as in the catalogue (`enterprise-1`, `city-1`…)." },
    lang: {
      control: "inline-radio",
      options: ["zh", "en", "bilingual"],
      description: "zh, en or bilingual; changing it keeps every value typed. Anything else reads as zh.",
    },
    theme: {
      control: "inline-radio",
      options: [...themeNames],
      description: "A demo theme, or a host's own name styled through the CSS variables.",
    },
  },
  args: { table: "enterprise-3", lang: "zh", theme: "national" },
} satisfies Meta<typeof TianbiaoForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Chinese: Story = {
  play: async ({ canvasElement }) => {
    const element = hostOf(canvasElement);
    await expect((await rendered(element)).textContent).toContain("服务外包合同执行情况登记表");
    // The form lives in the shadow root only: nothing of it in the host's document.
    await expect(canvasElement.querySelector(".tb-root")).toBeNull();
  },
};

export const English: Story = {
  args: { lang: "en" },
  play: async ({ canvasElement }) => {
    await expect((await rendered(hostOf(canvasElement))).textContent).toMatch(/contract execution/i);
  },
};

export const Bilingual: Story = {
  args: { lang: "bilingual" },
  play: async ({ canvasElement }) => {
    const text = (await rendered(hostOf(canvasElement))).textContent ?? "";
    await expect(text).toContain("服务外包合同执行情况登记表");
    await expect(text).toMatch(/contract execution/i);
  },
};

/** A theme attribute keys the tokens' `:host([data-tianbiao-theme])` rule inside the shadow root. */
export const CityTheme: Story = {
  args: { theme: "city" },
  play: async ({ canvasElement }) => {
    const element = hostOf(canvasElement);
    await rendered(element);
    await expect(element.getAttribute("data-tianbiao-theme")).toBe("city");
    await expect(getComputedStyle(element).getPropertyValue("--tb-color-primary").trim()).toBe(
      resolveTheme("city").color.primary,
    );
  },
};

/** Every change reaches the host page as a tianbiao:change event carrying the values. */
export const ChangeEvents: Story = {
  play: async ({ canvasElement }) => {
    const element = hostOf(canvasElement);
    await rendered(element);
    const seen: unknown[] = [];
    canvasElement.addEventListener("tianbiao:change", (event) => seen.push((event as CustomEvent).detail));
    // A long form draws its first screen first: the contract number arrives with the rest.
    const input = await waitFor(() => {
      const found = element.shadowRoot?.querySelector<HTMLInputElement>("input[name=contractNumber]");
      if (!found) throw new Error("no contract number input");
      return found;
    });
    // user-event types into document.activeElement, which is the host, not the input in its shadow root:
    // set the value as a browser does and fire the input event React listens to.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, "HT-1");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await waitFor(() => expect(seen.length).toBeGreaterThan(0));
    await expect(JSON.stringify(seen.at(-1))).toContain("HT-1");
  },
};

/** The element on a phone: the story runs at 360 px (the viewport global sizes the test page too). */
export const Phone360: Story = {
  globals: { viewport: { value: "phone360", isRotated: false } },
  play: async ({ canvasElement }) => {
    await rendered(hostOf(canvasElement));
    await expect(window.innerWidth).toBe(360);
  },
};
