import {
  type DeepPartial,
  darkColors,
  resolveTheme,
  type ThemeName,
  type Tokens,
  themeNames,
  tokens,
} from "./tokens";

const prefix = "--tb";

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`);
}

/**
 * Tokens as CSS custom properties: `color.onPrimary` is `--tb-color-on-primary`, and a `default`
 * key gives its parent's bare name (`radius.default` is `--tb-radius`). Partial tokens give only
 * the variables they hold, which is how a host writes an override.
 */
export function cssVariables(source: DeepPartial<Tokens> | Tokens): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: object, path: string[]): void => {
    for (const [key, value] of Object.entries(node)) {
      const next = key === "default" ? path : [...path, kebab(key)];
      if (typeof value === "string") out[[prefix, ...next].join("-")] = value;
      else if (typeof value === "object" && value !== null) walk(value, next);
    }
  };
  walk(source, []);
  return out;
}

export interface ToCssOptions {
  /** The rule's selector, e.g. `:host, .tianbiao` or a host's `.gov-site .tianbiao`. */
  selector: string;
}

/** One CSS rule declaring the tokens' variables under a selector. */
export function toCss(source: DeepPartial<Tokens> | Tokens, options: ToCssOptions): string {
  const lines = Object.entries(cssVariables(source)).map(([name, value]) => `  ${name}: ${value};`);
  return `${options.selector} {\n${lines.join("\n")}\n}\n`;
}

/**
 * Selectors of the stylesheet. Light-DOM selectors sit inside :where() so they weigh nothing: a host
 * rule as plain as `.tianbiao { --tb-color-primary: … }` wins without !important. In a shadow root
 * the variables live on :host, where a host page's rule for the custom element wins by the cascade.
 */
export const selectors = {
  base: ":host, :where(.tianbiao)",
  theme: (name: ThemeName): string =>
    `:host([data-tianbiao-theme="${name}"]), ` +
    `:where(.tianbiao[data-tianbiao-theme="${name}"], [data-tianbiao-theme="${name}"] .tianbiao)`,
  print:
    ":host, :host([data-tianbiao-theme]), :where(.tianbiao, .tianbiao[data-tianbiao-theme], [data-tianbiao-theme] .tianbiao)",
  /**
   * Dark colours under `prefers-color-scheme: dark`, for every theme; a host that has no dark look
   * keeps the light one with `data-tianbiao-color-scheme="light"` on the element.
   */
  dark:
    ':host(:not([data-tianbiao-color-scheme="light"])), ' +
    ':host([data-tianbiao-theme]:not([data-tianbiao-color-scheme="light"])), ' +
    ':where(.tianbiao:not([data-tianbiao-color-scheme="light"]))',
} as const;

// On paper: 仿宋 at 小四, single spacing, black on white.
const printOverrides: Record<string, string> = {
  "--tb-font-family": "var(--tb-font-family-print)",
  "--tb-font-size-base": "var(--tb-print-font-size)",
  "--tb-line-height": "var(--tb-print-line-height)",
  "--tb-line-height-heading": "var(--tb-print-line-height)",
  "--tb-color-text": "var(--tb-print-color-text)",
  "--tb-color-muted": "var(--tb-print-color-text)",
  "--tb-color-border": "var(--tb-print-color-border)",
  "--tb-color-background": "#ffffff",
  "--tb-color-surface": "#ffffff",
  "--tb-code-box-size": "var(--tb-print-code-box)",
};

function printCss(base: Tokens): string {
  const lines = Object.entries(printOverrides).map(([name, value]) => `    ${name}: ${value};`);
  const { page, marginTop, marginRight, marginBottom, marginLeft } = base.print;
  return [
    "@media print {",
    `  ${selectors.print} {`,
    ...lines,
    "  }",
    "}",
    // @page applies from a document stylesheet only; inside a shadow root the host page's print CSS rules.
    `@page {\n  size: ${page};\n  margin: ${marginTop} ${marginRight} ${marginBottom} ${marginLeft};\n}`,
    "",
  ].join("\n");
}

// Native controls (selects, scrollbars, date pickers) follow the colours in use.
function withColorScheme(rule: string, scheme: "light" | "dark"): string {
  return rule.replace(/\n\}\n$/, `\n  color-scheme: ${scheme};\n}\n`);
}

function darkCss(): string {
  const rule = withColorScheme(toCss({ color: darkColors }, { selector: selectors.dark }), "dark");
  return `@media screen and (prefers-color-scheme: dark) {\n${rule.replace(/^/gm, "  ").trimEnd()}\n}\n`;
}

function buildCss(): string {
  return [
    "/* tianbiao design tokens: base, themes (data-tianbiao-theme), dark (prefers-color-scheme) and print. */\n",
    withColorScheme(toCss(tokens, { selector: selectors.base }), "light"),
    ...themeNames.map((name) => toCss(resolveTheme(name), { selector: selectors.theme(name) })),
    darkCss(),
    printCss(tokens),
  ].join("\n");
}

/** The whole stylesheet, for a light-DOM page (`<link>` dist/tokens.css) or a shadow root (`adoptedStyleSheets`). */
export const css: string = buildCss();
