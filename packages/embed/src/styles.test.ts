import { describe, expect, it } from "vitest";
import { addStyles, adoptStyles, remToPx, styleText } from "./styles";

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

  it("give a form the CSS a chunk brought when the form is given its styles again, once each", () => {
    const shadow = document.createElement("div").attachShadow({ mode: "open" });
    const cssOf = () =>
      "adoptedStyleSheets" in shadow && shadow.adoptedStyleSheets.length > 0
        ? shadow.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join("\n"))
        : [...shadow.querySelectorAll("style")].map((style) => style.textContent ?? "");
    adoptStyles(shadow);
    expect(cssOf()).toHaveLength(1);
    addStyles(".tb-grid-test { margin: 1rem; }");
    adoptStyles(shadow);
    adoptStyles(shadow);
    expect(cssOf()).toHaveLength(2);
    expect(cssOf()[1]).toContain("margin: 16px");
  });
});
