import type { ReferenceTable } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { describeTableChecks, seedPrints } from "../cciip-2020-25/table-checks.test-helper";
import { gazetteAmmoniaEntry } from "./gazette-ammonia-entry";
import { gazetteAmmoniaLimits } from "./gazette-ammonia-limits";
import { gazetteCertificationTypes } from "./gazette-certification-types";
import { gazetteDemonstrationCities } from "./gazette-demonstration-cities";
import { gazetteDomesticTradeStandards } from "./gazette-domestic-trade-standards";
import { gazetteOutsourcingScope } from "./gazette-outsourcing-scope";
import { gazetteTables } from "./index";
import { gazetteSeed } from "./source";

const reference = (table: unknown) => table as ReferenceTable;
const cell = (table: ReferenceTable, row: number, column: string) => table.rows[row]?.cells[column]?.zh ?? "";

describeTableChecks(gazetteTables);

describe("the gazette tables", () => {
  it("lists the 51 domestic trade standards, each printed as one row of the seed", () => {
    const table = reference(gazetteDomesticTradeStandards.table);
    expect(table.rows).toHaveLength(51);
    const printedRows = table.rows.map((row) =>
      ["serialNo", "standardNo", "name", "effectiveDate"].map((c) => row.cells[c]?.zh).join("\t"),
    );
    expect(printedRows.filter((line) => !seedPrints(gazetteSeed, line))).toEqual([]);
    expect(new Set(table.rows.map((row) => row.cells.standardNo?.zh)).size).toBe(51);
  });

  it("prints each ammonia limit beside its feedstock, as in 表1 and 表2", () => {
    for (const module of [gazetteAmmoniaLimits, gazetteAmmoniaEntry]) {
      const table = reference(module.table);
      const value = table.columns[1]?.id ?? "";
      expect(table.rows).toHaveLength(3);
      for (const [index] of table.rows.entries()) {
        expect(
          seedPrints(gazetteSeed, `${cell(table, index, "feedstock")}\t${cell(table, index, value)}`),
        ).toBe(true);
      }
    }
    expect(reference(gazetteAmmoniaLimits.table).rows.map((r) => r.cells.limit?.zh)).toEqual([
      "≤1900",
      "≤2200",
      "≤1650",
    ]);
    expect(reference(gazetteAmmoniaEntry.table).rows.map((r) => r.cells.entry?.zh)).toEqual([
      "≤1500",
      "≤1800",
      "≤1150",
    ]);
  });

  it("keeps each business scope entry beside its category, as the appendix prints them", () => {
    const table = reference(gazetteOutsourcingScope.table);
    const entries = table.rows.filter((row) => row.cells.category && row.cells.scope);
    expect(entries).toHaveLength(11);
    for (const row of entries) {
      expect(seedPrints(gazetteSeed, `${row.cells.category?.zh}${row.cells.scope?.zh}`), row.id).toBe(true);
    }
  });

  it("names the 21 demonstration cities and the six certifications in the printed order", () => {
    const cities = reference(gazetteDemonstrationCities.table)
      .rows.map((r) => r.cells.city?.zh)
      .join("、");
    expect(seedPrints(gazetteSeed, `共认定${cities}等21个城市`)).toBe(true);
    const certifications = reference(gazetteCertificationTypes.table).rows.map(
      (r) => r.cells.certification?.zh,
    );
    expect(certifications).toHaveLength(6);
    expect(seedPrints(gazetteSeed, `六项国际资质认证包括：${certifications.join("、")}`)).toBe(true);
  });
});
