export { contrastRatio, relativeLuminance } from "./contrast";
export { css, cssVariables, selectors, type ToCssOptions, toCss } from "./css";
export {
  type ColorTokens,
  type DeepPartial,
  darkColors,
  hostVariables,
  resolveTheme,
  type ThemeName,
  type Tokens,
  themeNames,
  themes,
  tokens,
} from "./tokens";
