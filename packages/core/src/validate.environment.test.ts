import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { environmentCases, summarize } from "./environment-cases.test-helper";
import { sampleContext, sampleTable } from "./test-tables.test-helper";

describe("validation in Node", () => {
  const compiled = compileTable(sampleTable, { context: sampleContext });

  it("runs without a DOM", () => {
    expect(typeof document).toBe("undefined");
  });

  for (const { name, submission, context, expected } of environmentCases) {
    it(`gives the shared results for ${name}`, () => {
      expect(summarize(compiled.validate(submission, context ? { context } : undefined))).toEqual(expected);
    });
  }
});
