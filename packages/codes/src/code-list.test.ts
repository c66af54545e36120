import { describe, expect, it } from "vitest";
import { findCodeEntry, leafEntries } from "./code-list";
import { registrationTypes2011 } from "./lists/registration-types";

describe("findCodeEntry", () => {
  it("finds headings and nested entries", () => {
    expect(findCodeEntry(registrationTypes2011, "3")?.label.zh).toBe("外商投资");
    expect(findCodeEntry(registrationTypes2011, "151")?.label.zh).toBe("国有独资公司");
  });

  it("returns undefined for an unknown code", () => {
    expect(findCodeEntry(registrationTypes2011, "150")).toBeUndefined();
  });
});

describe("leafEntries", () => {
  it("lists the selectable entries in document order", () => {
    const codes = leafEntries(registrationTypes2011).map((entry) => entry.code);
    expect(codes.slice(0, 3)).toEqual(["110", "120", "130"]);
    expect(codes.at(-1)).toBe("390");
    expect(codes).not.toContain("1");
  });
});
