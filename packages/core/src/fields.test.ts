import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { allFields, type FieldLocation, walkFields } from "./fields";
import { compareOrder, placeParams } from "./findings";
import type { Field } from "./model";
import { sampleTable, tableOf } from "./test-tables.test-helper";

const label = { zh: "字段", en: "Field" };

describe("walkFields", () => {
  it("visits every field depth-first in form order with its path", () => {
    const paths: string[] = [];
    walkFields(sampleTable, (_field, path) => {
      paths.push(path);
    });
    expect(paths).toEqual([
      "name",
      "uscc",
      "orgCode",
      "founded",
      "ownership",
      "areas",
      "exporter",
      "exportNote",
      "staff",
      "term",
      "revenue",
      "capital",
      "contacts",
      "contacts.mobile",
      "contacts.postcode",
      "investors",
      "investors.*.investor",
      "investors.*.origin",
      "investors.*.country",
      "investors.*.share",
      "hr",
      "thisPeriod",
      "cumulative",
      "output",
    ]);
  });

  it("skips the fields inside a group or rows when the visitor returns false", () => {
    const paths: string[] = [];
    walkFields(sampleTable, (field, path) => {
      paths.push(path);
      return field.kind !== "rows";
    });
    expect(paths).toContain("contacts.mobile");
    expect(paths).toContain("investors");
    expect(paths.some((path) => path.startsWith("investors."))).toBe(false);
  });

  it("reports the section, parent and depth", () => {
    const entries = allFields(sampleTable);
    const mobile = entries.find((entry) => entry.path === "contacts.mobile");
    expect(mobile?.parent?.id).toBe("contacts");
    expect(mobile?.depth).toBe(1);
    expect(mobile?.section.id).toBe("basic");
    expect(entries.find((entry) => entry.path === "output")?.section.id).toBe("manufacturing");
    expect(entries).toHaveLength(24);
  });
});

describe("fieldAt and locate", () => {
  const compiled = compileTable(sampleTable);

  it("finds fields through groups, rows indexes and `*`", () => {
    expect(compiled.fieldAt("contacts.mobile")?.id).toBe("mobile");
    expect(compiled.fieldAt("investors.3.share")?.id).toBe("share");
    expect(compiled.fieldAt("investors.*.share")?.id).toBe("share");
    expect(compiled.fieldAt("investors")?.kind).toBe("rows");
  });

  it("finds matrix cells, money parts and the other-text of a choice", () => {
    const cell = compiled.locate("hr.402.current");
    expect(cell?.field.id).toBe("hr");
    expect(cell?.matrixRow?.code).toBe("402");
    expect(cell?.matrixColumn?.id).toBe("current");
    expect(cell?.path).toBe("hr.402.current");
    expect(compiled.locate("capital.usd")).toMatchObject({ path: "capital", part: "usd" });
    expect(compiled.locate("ownershipOther")).toMatchObject({ path: "ownership", part: "other" });
  });

  it("returns undefined for paths that are not in the form", () => {
    for (const path of [
      "",
      "nope",
      "name.deeper",
      "hr.999.current",
      "hr.402.nope",
      "investors.x.share",
      "areasOther",
    ]) {
      expect(compiled.fieldAt(path)).toBeUndefined();
    }
  });

  it("names the group or rows a place sits in, and the row, for messages read away from the form", () => {
    const inGroup = compiled.locate("contacts.mobile");
    expect(inGroup?.enclosing?.id).toBe("contacts");
    expect(placeParams(inGroup as FieldLocation)).toMatchObject({
      label: "手机",
      within: "联系方式",
      withinEn: "Contact details",
    });
    const inRow = placeParams(compiled.locate("investors.2.investor") as FieldLocation);
    expect(inRow).toMatchObject({
      label: "投资者名称",
      row: 3,
      within: "113 投资者",
      withinEn: "113 Investors",
    });
    // A place with a printed code of its own is named by it; one at the top level is in nothing.
    expect(placeParams(compiled.locate("uscc") as FieldLocation)).not.toHaveProperty("within");
    expect(compiled.locate("name")?.enclosing).toBeUndefined();
    expect(compiled.locate("investors")?.enclosing).toBeUndefined();
    expect(compiled.locate("ownershipOther")?.enclosing).toBeUndefined();
  });

  it("orders locations as the form does", () => {
    const order = (path: string) => compiled.locate(path)?.order ?? [];
    expect(compareOrder(order("investors.0.share"), order("investors.1.investor"))).toBeLessThan(0);
    expect(compareOrder(order("investors.1.investor"), order("investors.0.share"))).toBeGreaterThan(0);
    expect(compareOrder(order("name"), order("contacts.mobile"))).toBeLessThan(0);
    expect(compareOrder(order("hr.403.current"), order("hr.402.previous"))).toBeGreaterThan(0);
  });
});

describe("compile-time checks", () => {
  it("refuses two fields with the same path", () => {
    const fields: Field[] = [
      { id: "a", kind: "text", label },
      { id: "a", kind: "integer", label },
    ];
    expect(() => compileTable(tableOf(fields))).toThrow(/share the path "a"/);
  });

  it("refuses a rule or a condition that names no field", () => {
    const fields: Field[] = [{ id: "a", kind: "text", label }];
    expect(() =>
      compileTable(tableOf(fields, [{ id: "r", kind: "requireOne", severity: "error", targets: ["b"] }])),
    ).toThrow(/"b" names no field/);
    expect(() =>
      compileTable(tableOf([{ id: "c", kind: "text", label, showWhen: { field: "missing", filled: true } }])),
    ).toThrow(/"missing" names no field/);
  });
});
