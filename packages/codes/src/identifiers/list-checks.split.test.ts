import { describe, expect, it } from "vitest";
import { listRules as all } from "./list-checks";
import { listRules, provideListRules } from "./list-checks.split";

describe("the list checks the embed's module script loads on demand", () => {
  it("are none until the chunk provides them, then list-checks.ts's own", () => {
    expect(listRules).toEqual({});
    provideListRules(all);
    expect(listRules.divisionCode?.("440305000000")).toBe(true);
    expect(listRules.divisionCode?.("990000000000")).toBe(false);
    expect(Object.keys(listRules).sort()).toEqual(Object.keys(all).sort());
  });
});
