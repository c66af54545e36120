import type { ChoiceField, FormTable, ReferenceTable } from "@tianbiao/core";
import { walkFields } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { seedTexts, squeeze } from "../seed-text.test-helper";
import { cciipFunctionalAreasTable } from "./cciip-functional-areas";
import { cciipIndustriesTable } from "./cciip-industries";
import { cciipTables } from "./index";
import { describeTableChecks, seedPrints } from "./table-checks.test-helper";

const seed = "000_93233fa4262e9f91.txt";
const form = cciipFunctionalAreasTable.table as FormTable;

function choices(table: FormTable): Array<{ path: string; field: ChoiceField }> {
  const out: Array<{ path: string; field: ChoiceField }> = [];
  walkFields(table, (field, path) => {
    if (field.kind === "choice") out.push({ path, field });
  });
  return out;
}

describeTableChecks(cciipTables);

describe("表格1 服务外包八大行业术语定义", () => {
  it("has the eight industries, each beside its definition as printed", () => {
    const table = cciipIndustriesTable.table as ReferenceTable;
    expect(table.rows).toHaveLength(8);
    for (const row of table.rows) {
      expect(seedPrints(seed, `${row.cells.industry?.zh}\t${row.cells.definition?.zh}`), row.id).toBe(true);
    }
  });
});

describe("表格2 服务外包功能领域", () => {
  it("offers one option for every printed checkbox", () => {
    const raw = seedTexts().get(seed) ?? "";
    const printed = raw.slice(raw.indexOf(squeeze("表格 2:"))).split('<inputtype="checkbox"/>').length - 1;
    const options = choices(form).reduce((n, { field }) => n + field.options.length, 0);
    expect(options).toBe(printed);
    expect(printed).toBe(53);
  });

  it("keeps each area's options on the area's printed row", () => {
    for (const { path, field } of choices(form)) {
      if (path === "industryCategories") continue;
      const row = `${field.label.zh}\t${field.options.map((o) => `<input type="checkbox"/> ${o.label.zh}`).join(" ")}`;
      expect(seedPrints(seed, row), path).toBe(true);
    }
  });

  it("opens an other text for 其它_____ and requires a functional area under ITO, BPO or KPO", () => {
    const industry = choices(form).find((c) => c.path === "industryCategories")?.field;
    expect(industry?.otherValue).toBe("other");
    expect(industry?.options.find((o) => o.value === "other")?.label.zh).toBe("其它");
    expect(form.rules).toContainEqual(
      expect.objectContaining({ kind: "requireOne", severity: "error", targets: ["ito", "bpo", "kpo"] }),
    );
  });
});
