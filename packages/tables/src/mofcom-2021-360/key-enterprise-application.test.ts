import { compileTable, type FormTable, type ThresholdRule } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { describeTableChecks, fieldsByPath, seedPrints } from "../cciip-2020-25/table-checks.test-helper";
import { keyEnterpriseTables } from "./index";
import { keyEnterpriseApplication, warningFixtures } from "./key-enterprise-application";

const table = keyEnterpriseApplication.table as FormTable;
const compiled = compileTable(table);
const thresholds = table.rules.filter((rule): rule is ThresholdRule => rule.kind === "threshold");

describeTableChecks(keyEnterpriseTables);

describe("附件2 申报表 thresholds of 附件1 第五条", () => {
  it.each(warningFixtures.map((f) => [f.name, f] as const))(
    "%s raises exactly its one warning and no error",
    (_n, f) => {
      const result = compiled.validate(f.value);
      expect(result.errors).toEqual([]);
      expect(result.warnings.map((w) => ({ rule: w.rule, path: w.path, severity: w.severity }))).toEqual([
        { ...f.expect, severity: "warning" },
      ]);
    },
  );

  it("has a warning fixture for every threshold, and every warning fixture names fields of the form", () => {
    expect(new Set(warningFixtures.map((f) => f.expect.rule))).toEqual(new Set(thresholds.map((r) => r.id)));
    const fields = fieldsByPath(table);
    expect(warningFixtures.filter((f) => !fields.has(f.expect.path)).map((f) => f.name)).toEqual([]);
  });

  it("checks each threshold only as a warning, for the category whose section holds its field", () => {
    for (const rule of thresholds) {
      expect(rule.severity).toBe("warning");
      const section = table.sections.find(
        (s) => s.showWhen && JSON.stringify(s.showWhen) === JSON.stringify(rule.when),
      );
      const category = rule.when?.equals;
      expect(["manufacturing", "ito"]).toContain(category);
      // 从业人数 and 营业收入 sit in the common part; the others in the category's own section.
      if (section && !["employees", "economicResults.revenue"].includes(rule.target)) {
        expect(JSON.stringify(section.fields), rule.id).toContain(`"id":"${rule.target.split(".")[0]}"`);
      }
      expect(rule.source && seedPrints(table.source.seed, rule.source.zh), rule.id).toBe(true);
    }
  });

  it("takes each threshold's figure from the printed condition", () => {
    const printed: Record<string, string> = {
      5: "5%",
      60: "60%",
      1000: "1000人",
      50000: "5亿元",
      5000: "5000万元",
      10: "10个",
      20: "20%",
    };
    for (const rule of thresholds) {
      expect(rule.source?.zh, rule.id).toContain(printed[String(rule.min)]);
    }
  });

  it("shows the manufacturing and ITO sections only for their category", () => {
    const manufacturing = { ...keyEnterpriseApplication.fixtures?.valid };
    expect(compiled.isShown("rdInvestment", manufacturing)).toBe(true);
    expect(compiled.isShown("patents", manufacturing)).toBe(false);
    expect(compiled.isShown("patents", keyEnterpriseApplication.fixtures?.english)).toBe(true);
    expect(compiled.isShown("networkingRate", keyEnterpriseApplication.fixtures?.english)).toBe(false);
  });

  it("leaves the recommendation blocks to the recommending departments", () => {
    const blocks = table.sections.filter((s) => s.role === "signature" || s.role === "stamp");
    expect(blocks.map((s) => s.id)).toEqual([
      "applicantSeal",
      "provincialCommerce",
      "provincialCommerceSeal",
      "provincialIndustry",
      "provincialIndustrySeal",
      "centralGroup",
      "centralGroupSeal",
    ]);
    expect(blocks.flatMap((s) => s.fields).filter((f) => f.required)).toEqual([]);
  });
});
