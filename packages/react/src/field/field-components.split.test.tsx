import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { describe, expect, it } from "vitest";
import { fieldComponents as eager } from "./field-components";
import { fieldComponents, IndustryPicker, loadFieldComponents, RegionPicker } from "./field-components.split";
import { needsFieldsOnDemand } from "./needs-fields-on-demand";
import * as pickers from "./pickers";

// The registry the embed's module script gets (its build puts it in field-components.ts's place);
// the embed's browser test renders a grid table through it.

function form(id: string): FormTable {
  const table = getTableModule(id)?.table;
  if (table?.kind !== "form") throw new Error(`${id} is not a form`);
  return table;
}

describe("the fields on demand", () => {
  it("has a component for every kind the eager registry has, the same one but for the grids", () => {
    expect(Object.keys(fieldComponents).sort()).toEqual(Object.keys(eager).sort());
    for (const kind of Object.keys(eager) as Array<keyof typeof eager>) {
      if (kind === "rows" || kind === "matrix") expect(fieldComponents[kind]).not.toBe(eager[kind]);
      else expect(fieldComponents[kind]).toBe(eager[kind]);
    }
  });

  it("stands in for the pickers too", () => {
    expect(IndustryPicker).not.toBe(pickers.IndustryPicker);
    expect(RegionPicker).not.toBe(pickers.RegionPicker);
  });

  it("is for the tables with a grid, a picker or a code a list must hold", () => {
    expect(needsFieldsOnDemand(form("enterprise-3"))).toBe(false);
    expect(needsFieldsOnDemand(form("platform-registration"))).toBe(false);
    expect(needsFieldsOnDemand(form("city-1"))).toBe(true);
    expect(needsFieldsOnDemand(form("enterprise-1"))).toBe(true);
    const [section] = form("enterprise-3").sections;
    if (section === undefined) throw new Error("enterprise-3 has no section");
    const code = { id: "d", kind: "code", codeType: "divisionCode", label: { zh: "区划", en: "Division" } };
    expect(needsFieldsOnDemand({ sections: [{ ...section, fields: [code] }] } as FormTable)).toBe(true);
  });

  it("resolves for a table without a grid field and for one with", async () => {
    await expect(loadFieldComponents(form("enterprise-3"))).resolves.toBeUndefined();
    await expect(loadFieldComponents(form("city-1"))).resolves.toBeUndefined();
  });
});
