import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { compareOrder } from "./findings";
import type { ValidationResult } from "./model";
import { sampleContext, sampleTable } from "./test-tables.test-helper";

const compiled = compileTable(sampleTable, { context: sampleContext });

function wellFormed(result: ValidationResult): void {
  expect(Array.isArray(result.errors)).toBe(true);
  expect(Array.isArray(result.warnings)).toBe(true);
  expect(result.ok).toBe(result.errors.length === 0);
  for (const list of [result.errors, result.warnings]) {
    for (let i = 0; i < list.length; i += 1) {
      const finding = list[i];
      const location = finding && compiled.locate(finding.path);
      expect(location, finding?.path).toBeDefined();
      const previous = list[i - 1];
      if (previous && location) {
        expect(compareOrder(compiled.locate(previous.path)?.order ?? [], location.order)).toBeLessThanOrEqual(
          0,
        );
      }
    }
  }
}

/** A submission shaped like the sample table, with any JSON where the values go. */
const shapedSubmission = fc.record(
  {
    name: fc.jsonValue(),
    uscc: fc.oneof(fc.string(), fc.jsonValue()),
    founded: fc.oneof(fc.constantFrom("2024-02-29", "2023-02-29", "２０２４－０１－０１"), fc.jsonValue()),
    ownership: fc.oneof(fc.constantFrom("1", "11", "9", 9), fc.jsonValue()),
    ownershipOther: fc.jsonValue(),
    areas: fc.oneof(fc.array(fc.constantFrom("ito", "bpo", "x")), fc.jsonValue()),
    exporter: fc.oneof(fc.boolean(), fc.jsonValue()),
    exportNote: fc.jsonValue(),
    staff: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.jsonValue()),
    term: fc.oneof(fc.constantFrom("无", " 无", "１２"), fc.jsonValue()),
    revenue: fc.oneof(fc.double(), fc.jsonValue()),
    capital: fc.oneof(
      fc.record(
        {
          amount: fc.jsonValue(),
          currency: fc.jsonValue(),
          rate: fc.jsonValue(),
          rateDate: fc.jsonValue(),
          usd: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    contacts: fc.oneof(
      fc.record({ mobile: fc.jsonValue(), postcode: fc.jsonValue() }, { requiredKeys: [] }),
      fc.jsonValue(),
    ),
    investors: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              investor: fc.jsonValue(),
              origin: fc.constantFrom("cn", "foreign"),
              country: fc.jsonValue(),
              share: fc.jsonValue(),
            },
            { requiredKeys: [] },
          ),
          fc.jsonValue(),
        ),
      ),
      fc.jsonValue(),
    ),
    hr: fc.oneof(
      fc.dictionary(
        fc.constantFrom("total", "402", "403", "404", "x"),
        fc.oneof(fc.dictionary(fc.constantFrom("previous", "current"), fc.jsonValue()), fc.jsonValue()),
      ),
      fc.jsonValue(),
    ),
    thisPeriod: fc.jsonValue(),
    cumulative: fc.jsonValue(),
    output: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

describe("validate on arbitrary input", () => {
  it("never throws on any JSON value and always returns arrays", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        wellFormed(compiled.validate(value));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on submissions shaped like the table, and every finding points into the form", () => {
    fc.assert(
      fc.property(shapedSubmission, (submission) => {
        wellFormed(compiled.validate(submission));
        wellFormed(compiled.validate(submission, { context: { track: "manufacturing" } }));
        compiled.derive(submission);
        compiled.visibleFields(submission);
        compiled.isShown("investors.0.country", submission);
        compiled.schema.safeParse(submission);
      }),
      { numRuns: 300 },
    );
  });

  it("survives deeply nested, very large and prototype-named input", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 20_000; i += 1) deep = { next: deep, list: [] };
    const many = Array.from({ length: 20_000 }, (_, index) => ({ investor: `投资者${index}`, share: 0.005 }));
    const inputs: unknown[] = [
      { name: deep, capital: deep, contacts: deep, investors: [deep], hr: deep, exportNote: deep },
      { investors: many, name: "甲".repeat(100_000) },
      JSON.parse('{"__proto__": {"name": "x"}, "contacts": {"__proto__": {"mobile": 1}}, "constructor": 1}'),
    ];
    for (const input of inputs) wellFormed(compiled.validate(input));
    const result = compiled.validate({ investors: many });
    expect(result.errors.map((finding) => finding.rule)).toContain("rows.max");
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });
});
