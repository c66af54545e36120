import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { describe, expect, it } from "vitest";
import { fieldComponents as eager } from "./field-components";
import { fieldComponents, loadFieldComponents } from "./field-components.split";

// The registry the embed's module script gets (its build puts it in field-components.ts's place);
// the embed's browser test renders a grid table through it.

function form(id: string): FormTable {
  const table = getTableModule(id)?.table;
  if (table?.kind !== "form") throw new Error(`${id} is not a form`);
  return table;
}

describe("the grid fields on demand", () => {
  it("has a component for every kind the eager registry has, the same one but for the grids", () => {
    expect(Object.keys(fieldComponents).sort()).toEqual(Object.keys(eager).sort());
    for (const kind of Object.keys(eager) as Array<keyof typeof eager>) {
      if (kind === "rows" || kind === "matrix") expect(fieldComponents[kind]).not.toBe(eager[kind]);
      else expect(fieldComponents[kind]).toBe(eager[kind]);
    }
  });

  it("resolves for a table without a grid field and for one with", async () => {
    await expect(loadFieldComponents(form("enterprise-3"))).resolves.toBeUndefined();
    await expect(loadFieldComponents(form("city-1"))).resolves.toBeUndefined();
  });
});
