import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// WCAG 2.x contrast of the colours the site stylesheets declare, pair by pair as they are used.
const assets = new URL("../public/assets/", import.meta.url);

function customProperties(file: string): Record<string, string> {
  const css = readFileSync(new URL(file, assets), "utf8");
  return Object.fromEntries(
    [...css.matchAll(/(--site-[\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

const base = customProperties("site.css");
const white = "#ffffff";

describe("contrast helper", () => {
  it("matches the WCAG extremes", () => {
    expect(contrast("#000000", white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
  });
});

describe("shared colours", () => {
  const pairs: [string, string, string, number][] = [
    ["text on white", "--site-text", white, 4.5],
    ["muted on white", "--site-muted", white, 4.5],
    ["error on white", "--site-error", white, 4.5],
    ["text on error surface", "--site-text", "--site-error-surface", 4.5],
    ["text on success surface", "--site-text", "--site-success-surface", 4.5],
    ["text on notice surface", "--site-text", "--site-notice-surface", 4.5],
    ["focus ring on white", "--site-focus", white, 3],
    ["focus ring on notice", "--site-focus", "--site-notice-surface", 3],
    ["borders on white", "--site-border", white, 3],
  ];
  it.each(pairs)("%s", (_name, fore, back, min) => {
    const colour = (v: string) => (v.startsWith("#") ? v : base[v]) ?? "";
    expect(contrast(colour(fore), colour(back))).toBeGreaterThanOrEqual(min);
  });
});

describe.each(["national.css", "henan.css", "zhengzhou.css"])("%s", (file) => {
  const own = { ...base, ...customProperties(file) };
  const colour = (v: string) => (v.startsWith("#") ? v : own[v]) ?? "";
  const pairs: [string, string, string, number][] = [
    ["header text", "--site-on-primary", "--site-primary", 4.5],
    ["site name", "--site-name", "--site-primary", 4.5],
    ["navigation text", "--site-on-deep", "--site-primary-deep", 4.5],
    ["current page marker", "--site-accent", "--site-primary-deep", 3],
    ["focus ring in the header", "--site-header-focus", "--site-primary", 3],
    ["focus ring in the navigation", "--site-header-focus", "--site-primary-deep", 3],
    ["pressed language button", "--site-primary", "--site-on-primary", 4.5],
    ["primary as text on white", "--site-primary", white, 4.5],
    ["links on white", "--site-link", white, 4.5],
    ["text on the tint", "--site-text", "--site-tint", 4.5],
    ["muted text on the tint", "--site-muted", "--site-tint", 4.5],
    ["links on the tint", "--site-link", "--site-tint", 4.5],
    ["text on the footer", "--site-text", "--site-footer", 4.5],
  ];

  it("declares every colour it uses", () => {
    for (const [, fore, back] of pairs) {
      expect(colour(fore), fore).toMatch(/^#[0-9a-f]{6}$/i);
      expect(colour(back), back).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it.each(pairs)("%s meets WCAG AA", (_name, fore, back, min) => {
    expect(contrast(colour(fore), colour(back))).toBeGreaterThanOrEqual(min);
  });
});
