import { describe, expect, it } from "vitest";
import { FieldIndex } from "./fields";
import { sampleContext, sampleTable, sampleValid } from "./test-tables.test-helper";
import * as whole from "./validator";
import * as split from "./validator.split";

// The embed's stand-in for validator.ts: the same parser once its chunk is loaded, and a plain
// refusal, not a wrong answer, when asked before.

const roots = new FieldIndex(sampleTable).roots;
// A check character that does not match, and a date that is not a date: field checks, zod's side.
const invalid = { ...sampleValid, uscc: "91440300708461136X", founded: "2021-02-29" };

describe("validator.split", () => {
  it("says the validator is not loaded, and refuses to parse, until it is", () => {
    expect(split.validatorLoaded()).toBe(false);
    const parser = split.submissionParser(roots, true, sampleContext);
    expect(() => parser.parse(sampleValid, sampleContext)).toThrow(/not loaded yet: await loadValidator/);
    expect(() => parser.schema()).toThrow(/not loaded yet/);
  });

  it("once loaded, reads submissions exactly as validator.ts does", async () => {
    const parser = split.submissionParser(roots, true, sampleContext);
    await split.loadValidator();
    expect(split.validatorLoaded()).toBe(true);
    const reference = whole.submissionParser(roots, true, sampleContext);
    for (const submission of [sampleValid, invalid, {}]) {
      expect(parser.parse(submission, sampleContext)).toEqual(reference.parse(submission, sampleContext));
    }
    expect(parser.parse(invalid, sampleContext).success).toBe(false);
    expect(parser.schema().safeParse(sampleValid).success).toBe(true);
  });

  it("loads once however often it is asked", async () => {
    const first = split.loadValidator();
    expect(split.loadValidator()).toBe(first);
    await first;
  });
});
