import { describe, expect, it } from "vitest";
import { chromiumArgs, chromiumPath } from "./chromium";

describe("chromium", () => {
  it("keeps Chromium off the network it cannot reach", () => {
    expect(chromiumArgs).toContain("--disable-background-networking");
    expect(chromiumArgs).toContain("--disable-component-update");
  });

  it("explains how to install Chromium when the binary is missing", () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: "/nonexistent/chromium" })).toThrow(/bootstrap\.sh --browser/);
  });

  it("honours CHROMIUM_PATH", () => {
    expect(chromiumPath({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });
});
