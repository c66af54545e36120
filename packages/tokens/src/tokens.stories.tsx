import type { Meta, StoryObj } from "@storybook/react-vite";
import type { ReactNode } from "react";
import { expect, within } from "storybook/test";
import { contrastRatio } from "./contrast";
import { cssVariables } from "./css";
import {
  type ColorTokens,
  type DeepPartial,
  resolveTheme,
  type ThemeName,
  type Tokens,
  themeNames,
  tokens,
} from "./tokens";

// Everything below is drawn from the tokens themselves: a token added, removed or changed shows here.

/** The CSS variables of part of the tokens, in the order of its keys (cssVariables walks in that order). */
function variablesOf(part: DeepPartial<Tokens>): string[] {
  return Object.keys(cssVariables(part));
}

interface TokenTableProps {
  caption: string;
  /** The token path's prefix, e.g. "color" for color.primary. */
  prefix: string;
  /** The tokens to show, and the same tokens as a partial of Tokens (to name their variables). */
  values: Record<string, string>;
  part: DeepPartial<Tokens>;
  /** Headings of the columns after token, CSS variable and value, and their cells for a token. */
  columns: string[];
  cells: (name: string, value: string) => ReactNode[];
}

/** One table of tokens: path, CSS variable, value, then what shows the token. */
function TokenTable({ caption, prefix, values, part, columns, cells }: TokenTableProps) {
  const variables = variablesOf(part);
  return (
    <table className="tb-token-table">
      <caption>
        {caption} ({Object.keys(values).length})
      </caption>
      <thead>
        <tr>
          {["token", "CSS variable", "value", ...columns].map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Object.entries(values).map(([name, value], i) => (
          <tr key={name}>
            <th scope="row">
              <code>
                {prefix}.{name}
              </code>
            </th>
            <td>
              <code>{variables[i]}</code>
            </td>
            <td>
              <code>{value}</code>
            </td>
            {cells(name, value).map((cell, j) => (
              <td key={columns[j]}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Colours({ theme }: { theme: ThemeName }) {
  const colors: ColorTokens = resolveTheme(theme).color;
  return (
    <TokenTable
      caption={`Colour tokens 颜色 · ${theme}`}
      prefix="color"
      values={{ ...colors }}
      part={{ color: colors }}
      columns={["swatch", "contrast on background"]}
      cells={(name, value) => [
        <span
          key="swatch"
          aria-hidden="true"
          data-swatch={name}
          style={{
            display: "inline-block",
            inlineSize: "3rem",
            blockSize: "1.5rem",
            background: value,
            border: `1px solid ${colors.border}`,
          }}
        />,
        `${contrastRatio(value, colors.background).toFixed(2)}:1`,
      ]}
    />
  );
}

function Spacing() {
  return (
    <TokenTable
      caption="Spacing tokens 间距"
      prefix="space"
      values={tokens.space}
      part={{ space: tokens.space }}
      columns={["size"]}
      cells={(name, value) => [
        <span
          key="bar"
          aria-hidden="true"
          data-space={name}
          style={{
            display: "inline-block",
            inlineSize: value,
            blockSize: "1rem",
            background: tokens.color.primary,
          }}
        />,
      ]}
    />
  );
}

const sample = "服务外包统计报表 Service outsourcing statistics 1,234.56";

function TypeScale() {
  const { font, lineHeight } = tokens;
  const families = { family: font.family, familyPrint: font.familyPrint, familyMono: font.familyMono };
  return (
    <>
      <TokenTable
        caption="Type sizes 字号"
        prefix="font.size"
        values={font.size}
        part={{ font: { size: font.size } }}
        columns={["sample"]}
        cells={(name, value) => [
          <span key="sample" data-size={name} style={{ fontSize: value, lineHeight: lineHeight.default }}>
            {sample}
          </span>,
        ]}
      />
      <TokenTable
        caption="Font families 字体"
        prefix="font"
        values={families}
        part={{ font: families }}
        columns={["sample"]}
        cells={(_, value) => [
          <span key="sample" style={{ fontFamily: value }}>
            {sample}
          </span>,
        ]}
      />
    </>
  );
}

const meta = {
  title: "Tokens/Design tokens",
  component: Colours,
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component:
          "The design tokens of `@tianbiao/tokens`, drawn from the token objects themselves: each theme's " +
          "colours with their CSS variables and contrast against the theme's background, the spacing scale " +
          "and the type scale.",
      },
    },
  },
  argTypes: {
    theme: {
      control: "inline-radio",
      options: [...themeNames],
      description: "The theme whose colours to show.",
    },
  },
  args: { theme: "national" },
} satisfies Meta<typeof Colours>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ColourTokens: Story = {
  play: async ({ canvasElement, args }) => {
    const table = within(canvasElement).getByRole("table");
    const colors = resolveTheme(args.theme).color;
    await expect(within(table).getAllByRole("row")).toHaveLength(Object.keys(colors).length + 1);
    // The stylesheet the page uses says what the data says.
    const themed = canvasElement.querySelector<HTMLElement>(".tianbiao[data-tianbiao-theme]");
    if (!themed) throw new Error("no themed container around the story");
    const shown = themed.getAttribute("data-tianbiao-theme") as ThemeName;
    await expect(getComputedStyle(themed).getPropertyValue("--tb-color-primary").trim()).toBe(
      resolveTheme(shown).color.primary,
    );
  },
};

export const ProvincialColours: Story = { args: { theme: "provincial" } };
export const CityColours: Story = { args: { theme: "city" } };

export const SpacingScale: Story = {
  render: () => <Spacing />,
  play: async ({ canvasElement }) => {
    const bars = canvasElement.querySelectorAll<HTMLElement>("[data-space]");
    await expect(bars).toHaveLength(Object.keys(tokens.space).length);
    // Each bar is as wide as its token, so the scale is seen, not described.
    const widths = [...bars].map((bar) => bar.getBoundingClientRect().width);
    await expect([...widths].sort((a, b) => a - b)).toEqual(widths);
  },
};

export const TypeScaleAndFonts: Story = {
  render: () => <TypeScale />,
  play: async ({ canvasElement }) => {
    const sizes = Object.entries(tokens.font.size);
    for (const [name, value] of sizes) {
      const cell = canvasElement.querySelector<HTMLElement>(`[data-size="${name}"]`);
      await expect(cell?.style.fontSize).toBe(value);
    }
    await expect(within(canvasElement).getAllByRole("table")).toHaveLength(2);
  },
};
