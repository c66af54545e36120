import { describe, expect, it } from "vitest";
import { isSubmissionId, reviewLevels, transition } from "./store";

describe("transition", () => {
  it("moves an approval up one level and ends at accepted", () => {
    expect(transition("district", "district", "approve")).toEqual({ ok: true, status: "city" });
    expect(transition("city", "city", "approve")).toEqual({ ok: true, status: "province" });
    expect(transition("province", "province", "approve")).toEqual({ ok: true, status: "ministry" });
    expect(transition("ministry", "ministry", "approve")).toEqual({ ok: true, status: "accepted" });
  });

  it("returns from any level to the filer", () => {
    for (const level of reviewLevels)
      expect(transition(level, level, "return")).toEqual({ ok: true, status: "returned" });
  });

  it("refuses the wrong level and any step after the chain has ended", () => {
    expect(transition("district", "city", "approve")).toEqual({ ok: false });
    expect(transition("ministry", "province", "return")).toEqual({ ok: false });
    for (const level of reviewLevels) {
      expect(transition("accepted", level, "approve")).toEqual({ ok: false });
      expect(transition("returned", level, "return")).toEqual({ ok: false });
    }
  });
});

describe("isSubmissionId", () => {
  it("accepts lowercase UUIDs only", () => {
    expect(isSubmissionId("3f2b8c1e-9d4a-4e6b-8a1f-2c3d4e5f6a7b")).toBe(true);
    expect(isSubmissionId("3F2B8C1E-9D4A-4E6B-8A1F-2C3D4E5F6A7B")).toBe(false);
    expect(isSubmissionId("../../etc/passwd")).toBe(false);
    expect(isSubmissionId("")).toBe(false);
  });
});
