/** Colours as #rrggbb, so that contrast can be checked from the data. */
export interface ColorTokens {
  text: string;
  muted: string;
  background: string;
  surface: string;
  /** Input and table borders: a boundary a filer must see (≥ 3:1 against the background). */
  border: string;
  primary: string;
  /** Text and icons on the primary colour (the submit button). */
  onPrimary: string;
  /** The outer band of the focus ring. */
  focus: string;
  /** The inner band of the focus ring, between the element and `focus`, so the ring shows on dark fills. */
  focusInner: string;
  error: string;
  errorSurface: string;
  /** Warning accents (borders, icons). */
  warning: string;
  /** Warning messages as text. */
  warningText: string;
  warningSurface: string;
  success: string;
  successSurface: string;
  link: string;
}

export interface Tokens {
  color: ColorTokens;
  font: {
    /** Screen text: CJK fonts first so that Chinese never falls to a Japanese or Latin face. */
    family: string;
    /** 仿宋 for print, as the 360号 申报表's 填写说明 asks. */
    familyPrint: string;
    /** Codes and figures that must line up. */
    familyMono: string;
    size: { small: string; base: string; large: string; title: string; display: string };
    weight: { regular: string; bold: string };
  };
  /** `default` gives the bare name: lineHeight.default is --tb-line-height. */
  lineHeight: { default: string; heading: string };
  space: Record<"0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8", string>;
  radius: { default: string; small: string; large: string };
  border: { width: string; widthStrong: string };
  focus: { width: string; offset: string; ring: string };
  control: { minHeight: string };
  /** The paper's □ boxes for fixed-length codes, on screen. */
  codeBox: { size: string; gap: string };
  /** Reference values for scripts; CSS cannot read variables inside @media. */
  breakpoint: { small: string; medium: string; large: string };
  print: {
    page: string;
    marginTop: string;
    marginRight: string;
    marginBottom: string;
    marginLeft: string;
    /** 小四号: the size the 填写说明 sets for text in tables (the form body). */
    fontSize: string;
    /** 小三号: the size it sets for everything else (titles, notes). */
    fontSizeProse: string;
    lineHeight: string;
    colorText: string;
    colorBorder: string;
    codeBox: string;
  };
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

/** The demo themes, chosen with `data-tianbiao-theme`. */
export const themeNames = ["national", "provincial", "city"] as const;
export type ThemeName = (typeof themeNames)[number];

// system-ui comes after the CJK faces: on Windows and Linux it can resolve Chinese to Japanese glyph forms.
const cjkSans = [
  "-apple-system",
  "BlinkMacSystemFont",
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Microsoft YaHei UI"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"Noto Sans SC"',
  '"WenQuanYi Micro Hei"',
  "system-ui",
  '"Segoe UI"',
  "Roboto",
  '"Helvetica Neue"',
  "Arial",
  "sans-serif",
].join(", ");

const fangSong = [
  "FangSong",
  "STFangsong",
  '"仿宋"',
  '"仿宋_GB2312"',
  '"FangSong_GB2312"',
  '"Noto Serif CJK SC"',
  '"Source Han Serif SC"',
  '"Noto Serif SC"',
  "SimSun",
  '"Songti SC"',
  '"Times New Roman"',
  "serif",
].join(", ");

const mono = [
  '"SFMono-Regular"',
  "Consolas",
  '"Liberation Mono"',
  "Menlo",
  '"Noto Sans Mono CJK SC"',
  "monospace",
].join(", ");

/** The base tokens; the national theme is the default look. */
export const tokens: Tokens = {
  color: {
    text: "#1f2329",
    muted: "#4e5562",
    background: "#ffffff",
    surface: "#f6f4f1",
    border: "#6b7079",
    primary: "#9e1b1b",
    onPrimary: "#ffffff",
    focus: "#0b4fb3",
    focusInner: "#ffffff",
    error: "#b3261e",
    errorSurface: "#fcecea",
    warning: "#a35a00",
    warningText: "#7a4300",
    warningSurface: "#fff4e0",
    success: "#17663a",
    successSurface: "#e8f4ec",
    link: "#0b4f9c",
  },
  font: {
    family: cjkSans,
    familyPrint: fangSong,
    familyMono: mono,
    size: { small: "0.875rem", base: "1rem", large: "1.125rem", title: "1.5rem", display: "2rem" },
    weight: { regular: "400", bold: "600" },
  },
  // Chinese text without ascenders and descenders still needs air between lines: at least 1.6.
  lineHeight: { default: "1.75", heading: "1.6" },
  space: {
    "0": "0",
    "1": "0.25rem",
    "2": "0.5rem",
    "3": "0.75rem",
    "4": "1rem",
    "5": "1.5rem",
    "6": "2rem",
    "7": "3rem",
    "8": "4rem",
  },
  radius: { default: "2px", small: "2px", large: "4px" },
  border: { width: "1px", widthStrong: "2px" },
  focus: {
    width: "3px",
    offset: "2px",
    ring: "0 0 0 var(--tb-focus-offset) var(--tb-color-focus-inner), 0 0 0 calc(var(--tb-focus-offset) + var(--tb-focus-width)) var(--tb-color-focus)",
  },
  control: { minHeight: "2.75rem" },
  codeBox: { size: "2.25rem", gap: "0.25rem" },
  breakpoint: { small: "40rem", medium: "48rem", large: "64rem" },
  print: {
    page: "A4",
    marginTop: "20mm",
    marginRight: "20mm",
    marginBottom: "20mm",
    // The 填写说明 binds on the left (于左侧胶印装订): the inner margin leaves room for it.
    marginLeft: "25mm",
    fontSize: "12pt",
    fontSizeProse: "15pt",
    // The 填写说明 asks for single line spacing (单倍行距); for 仿宋 that is about 1.3 of the size.
    lineHeight: "1.3",
    colorText: "#000000",
    colorBorder: "#000000",
    codeBox: "6mm",
  },
};

/**
 * Colours for a reader whose system asks for dark (`prefers-color-scheme: dark`), the same for every
 * theme: light text on a near-black page, the primary fill light enough for dark text on it, and a
 * yellow focus ring that shows on both. Each pair the light themes check reaches the same contrast.
 */
export const darkColors: ColorTokens = {
  text: "#e8e6e3",
  muted: "#b8b4ae",
  background: "#16181c",
  surface: "#23262c",
  border: "#8d939c",
  primary: "#f28b82",
  onPrimary: "#16181c",
  focus: "#fdd663",
  focusInner: "#16181c",
  error: "#f49a92",
  errorSurface: "#3b1f1e",
  warning: "#fbbc04",
  warningText: "#fdd663",
  warningSurface: "#3a2e0b",
  success: "#81c995",
  successSurface: "#1e3326",
  link: "#8ab4f8",
};

/** What each theme changes from the base tokens. */
export const themes: Readonly<Record<ThemeName, DeepPartial<Tokens>>> = {
  national: {},
  provincial: {
    color: {
      surface: "#f2f5f9",
      border: "#66707d",
      primary: "#0b4a85",
      focus: "#9c3d00",
      link: "#0b4a85",
    },
    radius: { default: "4px", small: "2px", large: "8px" },
  },
  city: {
    color: {
      surface: "#f0f6f4",
      border: "#647470",
      primary: "#0a6352",
      focus: "#5b2a86",
      link: "#0a5a7a",
    },
    radius: { default: "8px", small: "4px", large: "12px" },
  },
};

function merge<T extends object>(base: T, override: DeepPartial<T> | undefined): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override ?? {})) {
    const current = out[key];
    out[key] =
      typeof value === "object" && value !== null && typeof current === "object" && current !== null
        ? merge(current as object, value as DeepPartial<object>)
        : value;
  }
  return out as T;
}

/** The full tokens of a theme: the base with the theme's changes applied. */
export function resolveTheme(name: ThemeName): Tokens {
  return merge(tokens, themes[name]);
}

/**
 * The variables a host page may set to fit the form to its site; every other variable is internal
 * and may change. Set them on the element with class `tianbiao` (or on the custom element).
 */
export const hostVariables = [
  "--tb-color-primary",
  "--tb-color-on-primary",
  "--tb-color-link",
  "--tb-color-focus",
  "--tb-font-family",
  "--tb-font-size-base",
  "--tb-radius",
] as const;
