import { describe, expect, it } from "vitest";
import { resolveTheme, themeNames, tokens } from "./tokens";

describe("tokens", () => {
  it("put Chinese faces before the system and Latin fallbacks", () => {
    const faces = tokens.font.family.split(", ");
    const firstCjk = faces.indexOf('"PingFang SC"');
    expect(firstCjk).toBeGreaterThanOrEqual(0);
    for (const face of ['"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"']) {
      expect(faces.indexOf(face)).toBeGreaterThan(firstCjk);
      expect(faces.indexOf(face)).toBeLessThan(faces.indexOf("system-ui"));
    }
    expect(faces.at(-1)).toBe("sans-serif");
  });

  it("print in 仿宋 at 小四 (12pt) on A4", () => {
    const faces = tokens.font.familyPrint.split(", ");
    expect(faces.slice(0, 3)).toEqual(["FangSong", "STFangsong", '"仿宋"']);
    expect(faces).toContain('"Noto Serif CJK SC"');
    expect(tokens.print).toMatchObject({ page: "A4", fontSize: "12pt", fontSizeProse: "15pt" });
    for (const margin of ["marginTop", "marginRight", "marginBottom", "marginLeft"] as const) {
      expect(tokens.print[margin]).toMatch(/^\d+mm$/);
    }
  });

  it.each(themeNames)(
    "%s: gives CJK text a line height of at least 1.6 and a focus ring of at least 3px",
    (name) => {
      const theme = resolveTheme(name);
      expect(Number(theme.lineHeight.default)).toBeGreaterThanOrEqual(1.6);
      expect(Number(theme.lineHeight.heading)).toBeGreaterThanOrEqual(1.6);
      expect(Number.parseFloat(theme.focus.width)).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(themeNames)("%s: writes every colour as #rrggbb", (name) => {
    for (const value of Object.values(resolveTheme(name).color)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("keep the base tokens unchanged when a theme is resolved", () => {
    const before = JSON.stringify(tokens);
    expect(resolveTheme("city").color.primary).not.toBe(tokens.color.primary);
    expect(JSON.stringify(tokens)).toBe(before);
  });
});
