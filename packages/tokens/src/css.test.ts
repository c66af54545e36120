import { describe, expect, it } from "vitest";
import { css, cssVariables, selectors, toCss } from "./css";
import { darkColors, hostVariables, resolveTheme, themeNames, tokens } from "./tokens";

// The declarations of the rule whose selector is exactly `selector`.
function ruleBody(sheet: string, selector: string): string {
  const start = sheet.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  return sheet.slice(start, sheet.indexOf("}", start));
}

describe("cssVariables", () => {
  it("names variables by token path, with default as the bare name", () => {
    const vars = cssVariables(tokens);
    expect(vars["--tb-color-on-primary"]).toBe(tokens.color.onPrimary);
    expect(vars["--tb-radius"]).toBe(tokens.radius.default);
    expect(vars["--tb-line-height"]).toBe(tokens.lineHeight.default);
    expect(vars["--tb-font-size-base"]).toBe(tokens.font.size.base);
    expect(vars["--tb-space-4"]).toBe("1rem");
    expect(vars["--tb-print-font-size"]).toBe("12pt");
  });

  it("includes every variable a host may set", () => {
    const names = Object.keys(cssVariables(tokens));
    for (const name of hostVariables) expect(names).toContain(name);
  });
});

describe("css", () => {
  const all = Object.keys(cssVariables(tokens));

  it("declares every variable on :host and .tianbiao", () => {
    const body = ruleBody(css, selectors.base);
    for (const name of all) expect(body).toContain(`${name}: `);
    expect(selectors.base).toMatch(/^:host, :where\(\.tianbiao\)$/);
  });

  it.each(themeNames)("declares every variable for the %s theme, with its own values", (name) => {
    const body = ruleBody(css, selectors.theme(name));
    const vars = cssVariables(resolveTheme(name));
    for (const variable of all) expect(body).toContain(`${variable}: ${vars[variable]};`);
    expect(selectors.theme(name)).toContain(`:host([data-tianbiao-theme="${name}"])`);
    expect(selectors.theme(name)).toContain(`[data-tianbiao-theme="${name}"] .tianbiao`);
  });

  it("switches to 仿宋 at 小四 on A4 for print", () => {
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toContain("--tb-font-family: var(--tb-font-family-print);");
    expect(print).toContain("--tb-font-size-base: var(--tb-print-font-size);");
    expect(print).toMatch(/@page \{\n {2}size: A4;\n {2}margin: 20mm 20mm 20mm 25mm;\n\}/);
  });

  it("leaves every light-DOM selector weightless, so any host selector overrides it", () => {
    const selectorLists = [...css.matchAll(/^[ \t]*([^\s@}/][^{\n]*) \{$/gm)].map((m) => m[1] as string);
    expect(selectorLists.length).toBe(3 + themeNames.length);
    for (const list of selectorLists) {
      for (const selector of list.split(/,\s(?![^(]*\))/)) {
        expect(selector, list).toMatch(/^(:host(\(.*\))?|:where\(.*\))$/);
      }
    }
  });
});

describe("dark colours", () => {
  // On screen only: paper stays black on white whatever the reader's screen prefers.
  const darkMedia = "@media screen and (prefers-color-scheme: dark)";

  it("replace every colour under prefers-color-scheme: dark, unless the host keeps the light look", () => {
    const dark = css.slice(css.indexOf(darkMedia), css.indexOf("@media print"));
    const body = ruleBody(dark, selectors.dark);
    for (const [name, value] of Object.entries(cssVariables({ color: darkColors }))) {
      expect(body).toContain(`${name}: ${value};`);
    }
    expect(body).toContain("color-scheme: dark;");
    expect(selectors.dark).toContain(':not([data-tianbiao-color-scheme="light"])');
    // After the themes, so a theme's light colours never win over the dark ones.
    expect(css.indexOf(darkMedia)).toBeGreaterThan(
      css.indexOf(selectors.theme(themeNames.at(-1) ?? "national")),
    );
  });
});

describe("toCss", () => {
  it("writes a host override as a rule that declares only what the host changes", () => {
    const override = toCss(
      { color: { primary: "#1a4f8b", onPrimary: "#ffffff" }, radius: { default: "0" } },
      { selector: ".gov-site .tianbiao" },
    );
    expect(override).toBe(
      ".gov-site .tianbiao {\n  --tb-color-primary: #1a4f8b;\n  --tb-color-on-primary: #ffffff;\n  --tb-radius: 0;\n}\n",
    );
    // Appended after the tokens, the host rule re-declares the same names the base rule declares.
    const base = ruleBody(css, selectors.base);
    for (const name of ["--tb-color-primary", "--tb-color-on-primary", "--tb-radius"]) {
      expect(base).toContain(`${name}: `);
    }
  });
});
