import { describe, expect, it } from "vitest";
import { getTableModule, tableIds } from "./catalogue";
import { loadableFormIds, loadableTableIds, loadForm, loadTable } from "./loaders";

describe("lazy table loaders", () => {
  it("cover exactly the tables of the catalogue", () => {
    expect([...loadableTableIds].sort()).toEqual([...tableIds()].sort());
  });

  it.each(tableIds())("load %s on demand", async (id) => {
    expect((await loadTable(id)).table.id).toBe(id);
  });

  it("refuses an unknown table with a clear message", async () => {
    await expect(loadTable("enterprise-9")).rejects.toThrow(/unknown table "enterprise-9"/);
  });

  it("refuses ids named like an object's own members as unknown tables too", async () => {
    for (const id of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
      await expect(loadTable(id), id).rejects.toThrow(`unknown table "${id}"`);
    }
  });

  it("load the forms apart, and refuse a reference table as an unknown form", async () => {
    const forms = tableIds().filter((id) => getTableModule(id)?.table.kind === "form");
    expect([...loadableFormIds].sort()).toEqual(forms.sort());
    expect((await loadForm("enterprise-1")).table.kind).toBe("form");
    await expect(loadForm("survey-catalogue")).rejects.toThrow(/unknown form "survey-catalogue"/);
    await expect(loadForm("toString")).rejects.toThrow(/unknown form "toString"/);
  });
});
