import type { ReferenceTable } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { describeTableChecks, seedPrints } from "../cciip-2020-25/table-checks.test-helper";
import { squeeze } from "../seed-text.test-helper";
import { guidanceCatalogue2018Table } from "./guidance-catalogue-2018";
import { zhengzhouTables } from "./index";
import {
  enterpriseYearlyCapText,
  enterpriseYearlyCapYuan,
  type SubsidyRule,
  subsidyMeasures,
  subsidyRules,
} from "./subsidy-rules";
import { zhengzhouSubsidyMeasures } from "./zhengzhou-subsidy-measures";

const seed = "004_d68624f843cbab38.txt";

/** How the document writes an amount of yuan: 200 万元, 5000 元. */
const printedYuan = (yuan: number) =>
  yuan >= 10_000 && yuan % 10_000 === 0 ? `${yuan / 10_000}万元` : `${yuan}元`;

/** Every printed text of a rule and its measure, squeezed. */
function printedTextOf(rule: SubsidyRule): string {
  const measure = subsidyMeasures.find((m) => m.item === rule.measure);
  return squeeze(
    [rule.text, measure?.text, rule.rateText, rule.capText, rule.conditions]
      .map((t) => t?.zh ?? "")
      .join("|"),
  );
}

describeTableChecks(zhengzhouTables);

describe("三、支持方向和标准 as typed rules", () => {
  it("has unique rule ids, each under a printed measure, with texts copied from the seed", () => {
    expect(new Set(subsidyRules.map((r) => r.id)).size).toBe(subsidyRules.length);
    expect(subsidyMeasures.map((m) => m.item)).toEqual([
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "(六)",
      "(七)",
      "（八）",
      "(九)",
    ]);
    for (const rule of subsidyRules) {
      expect(
        subsidyMeasures.some((m) => m.item === rule.measure),
        rule.id,
      ).toBe(true);
      for (const text of [
        rule.text,
        rule.part,
        rule.conditions,
        rule.rateText,
        rule.capText,
        rule.base.label,
      ]) {
        if (text) expect(seedPrints(seed, text.zh), `${rule.id}: ${text.zh}`).toBe(true);
      }
    }
    for (const measure of subsidyMeasures) {
      expect(seedPrints(seed, `${measure.item}${measure.title.zh}`), measure.item).toBe(true);
      if (measure.text) expect(seedPrints(seed, measure.text.zh), measure.item).toBe(true);
    }
  });

  it("types every rate and amount as the document prints it", () => {
    for (const rule of subsidyRules) {
      const text = printedTextOf(rule);
      const figures: string[] = [];
      if (rule.rate !== undefined) figures.push(`${Math.round(rule.rate * 100)}%`);
      if (rule.amountYuan !== undefined) figures.push(printedYuan(rule.amountYuan));
      if (rule.amountRangeYuan)
        figures.push(`${rule.amountRangeYuan[0] / 10_000}—${rule.amountRangeYuan[1] / 10_000}万元`);
      if (rule.capPerItem) figures.push(printedYuan(rule.capPerItem.yuan));
      if (rule.yearlyCapYuan !== undefined) figures.push(printedYuan(rule.yearlyCapYuan));
      if (rule.capYuan !== undefined) figures.push(printedYuan(rule.capYuan));
      if (rule.maxItemsPerYear !== undefined) figures.push(`最多${rule.maxItemsPerYear}`);
      if (rule.maxYears !== undefined) figures.push(`最多${rule.maxYears}年`);
      if (rule.maxSquareMetres !== undefined) figures.push(`最多${rule.maxSquareMetres}平方米`);
      if (rule.base.step !== undefined) figures.push(`每${rule.base.step / 10_000}万美元`);
      for (const figure of figures) expect(text, `${rule.id}: ${figure}`).toContain(figure);
    }
    expect(squeeze(enterpriseYearlyCapText.zh)).toContain(printedYuan(enterpriseYearlyCapYuan));
    expect(enterpriseYearlyCapYuan).toBe(5_000_000);
  });

  it("gives the rules the figures of the document", () => {
    const byId = new Map(subsidyRules.map((r) => [r.id, r]));
    expect(byId.get("businessGrowth")).toMatchObject({ rate: 0.03, yearlyCapYuan: 2_000_000 });
    expect(byId.get("offshoreBusiness")).toMatchObject({
      rate: 0.1,
      yearlyCapYuan: 2_000_000,
      base: { unit: "USD" },
    });
    expect(byId.get("offshoreBusiness")?.thresholds).toEqual([
      expect.objectContaining({ min: 1_000_000, exclusive: true }),
    ]);
    expect(byId.get("innovation")?.base.ofRules).toEqual(["businessGrowth", "offshoreBusiness"]);
    expect(byId.get("marketsInChina")).toMatchObject({ rate: 0.7, upTo: true, yearlyCapYuan: 200_000 });
    expect(byId.get("marketsAbroad")).toMatchObject({ rate: 0.7, upTo: true, yearlyCapYuan: 300_000 });
    expect(byId.get("qualificationCertification")).toMatchObject({ rate: 0.7, maxItemsPerYear: 3 });
    expect(byId.get("seniorTalentTraining")).toMatchObject({ rate: 0.5, maxItemsPerYear: 20 });
    expect(byId.get("internshipBases")).toMatchObject({ amountYuan: 5000, capYuan: 500_000 });
    expect(byId.get("parkRent")).toMatchObject({ rate: 0.3, maxYears: 3, maxSquareMetres: 1000 });
    expect(byId.get("publicServicePlatforms")?.capPerItem?.yuan).toBe(2_000_000);
    for (const rule of subsidyRules.filter((r) => r.rate !== undefined)) {
      expect(rule.rate, rule.id).toBeGreaterThan(0);
      expect(rule.rate, rule.id).toBeLessThanOrEqual(1);
    }
  });

  it("gives every rule a row of the reference table", () => {
    const table = zhengzhouSubsidyMeasures.table as ReferenceTable;
    const ids = new Set(table.rows.map((r) => r.id));
    expect(subsidyRules.filter((r) => !ids.has(r.id)).map((r) => r.id)).toEqual([]);
    expect(table.rows.filter((r) => (r.level ?? 0) === 0)).toHaveLength(subsidyMeasures.length);
  });
});

describe("附件 服务外包产业重点发展领域指导目录（2018年版）", () => {
  it("has the 23 fields: 8 ITO, 6 BPO and 9 KPO, as the catalogue says", () => {
    const table = guidanceCatalogue2018Table.table as ReferenceTable;
    expect(table.rows).toHaveLength(23);
    const count = (zh: string) => table.rows.filter((r) => r.cells.category?.zh.startsWith(zh)).length;
    expect([count("信息技术外包"), count("业务流程外包"), count("知识流程外包")]).toEqual([8, 6, 9]);
  });
});
