import { describe, expect, it } from "vitest";
import { remToPx, styleText } from "./styles";

describe("the embed's styles", () => {
  it("fix rem at 16px so a host's root font size cannot scale the form", () => {
    expect(remToPx("padding: 0.375rem 1rem; gap: -2rem; width: calc(1.5rem + 1px)")).toBe(
      "padding: 6px 16px; gap: -32px; width: calc(24px + 1px)",
    );
    expect(remToPx("--tb-font-size-base: 1rem;")).toBe("--tb-font-size-base: 16px;");
    expect(remToPx(".premium { x: 1 } .rem2 {}")).toBe(".premium { x: 1 } .rem2 {}");
  });

  it("carry the tokens and the renderer's rules, with no rem left", () => {
    const css = styleText();
    expect(css).toContain("--tb-color-primary");
    expect(css).toContain(".tb-root");
    expect(css).not.toMatch(/\d+rem\b/);
  });
});
