import { describe, expect, it } from "vitest";
import { contrastRatio, relativeLuminance } from "./contrast";
import { type ColorTokens, darkColors, resolveTheme, themeNames } from "./tokens";

describe("contrastRatio", () => {
  it("matches the WCAG reference points", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBe(1);
    expect(contrastRatio("#000000", "#ffffff")).toBe(21);
    expect(contrastRatio("#ffffff", "#000000")).toBe(21);
    expect(contrastRatio("#3a7bd5", "#3a7bd5")).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("refuses a colour it cannot read", () => {
    expect(() => relativeLuminance("red")).toThrow(/#rrggbb/);
  });
});

// Every light theme, and the dark colours every theme takes under prefers-color-scheme: dark.
const palettes: Array<[string, ColorTokens]> = [
  ...themeNames.map((name): [string, ColorTokens] => [name, resolveTheme(name).color]),
  ["dark", darkColors],
];

describe.each(palettes)("theme %s", (_name, color) => {
  const text: Array<[string, string, string]> = [
    ["text", color.text, color.background],
    ["text on surface", color.text, color.surface],
    ["muted", color.muted, color.background],
    ["muted on surface", color.muted, color.surface],
    ["error", color.error, color.background],
    ["error on its surface", color.error, color.errorSurface],
    ["warning text", color.warningText, color.background],
    ["warning text on its surface", color.warningText, color.warningSurface],
    ["success", color.success, color.background],
    ["success on its surface", color.success, color.successSurface],
    ["link", color.link, color.background],
    ["link on surface", color.link, color.surface],
    ["primary button text", color.onPrimary, color.primary],
  ];
  it.each(text)("%s reaches 4.5:1", (_, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(4.5);
  });

  // The ring has two bands: the outer one shows on light fills, the inner one on dark fills.
  const ring: Array<[string, string, string]> = [
    ["focus ring on the background", color.focus, color.background],
    ["focus ring on the surface", color.focus, color.surface],
    ["focus ring's outer band against its inner band", color.focus, color.focusInner],
    ["focus ring's inner band on the primary fill", color.focusInner, color.primary],
    ["warning accent on the background", color.warning, color.background],
    ["input border on the background", color.border, color.background],
    ["input border on the surface", color.border, color.surface],
  ];
  it.each(ring)("%s reaches 3:1", (_, foreground, background) => {
    expect(contrastRatio(foreground, background)).toBeGreaterThanOrEqual(3);
  });
});
