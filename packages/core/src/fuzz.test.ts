// A seeded fuzz of validate and derive on the sample table, aimed where validate.property.test.ts
// does not: hostile numbers (NaN, ±Infinity, 1e308, 400 digits, full-width digits), hostile text
// (lone surrogates, control characters, 1 MB) at every field, matrix cell and money part. Every
// finding keeps a known message key with finite, printable parameters; every derived figure is finite.
import { hostileNumbers, hostileTexts } from "@tianbiao/testing/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { messageKeys } from "./messages";
import type { Finding } from "./model";
import { largestFigure } from "./numbers";
import { getAt, setAt } from "./paths";
import { placesOf, sampleContext, sampleTable, sampleValid } from "./test-tables.test-helper";

/** The seed of every run below: fast-check prints it, with the shrunk input, when one fails. */
const seed = 0x7ab1a0;
const numRuns = 400;

const compiled = compileTable(sampleTable, { context: sampleContext });

/** Every place a value can go: fields (rows 0 and 1), matrix cells and money parts. */
const places = placesOf(sampleTable, ["0", "1"]);

const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

const hostileNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(...hostileNumbers),
  fc.double().map(String),
  fc.integer().map((n) => toFullWidth(String(n))),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => toFullWidth(n.toFixed(2))),
);

const hostileText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }),
  fc.constantFrom(...hostileTexts),
);

const hostileValue = fc.oneof(
  hostileNumber,
  hostileText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, null, true, false, [], {}, [[]]),
);

const changes = fc.array(fc.tuple(fc.constantFrom(...places), hostileValue), { minLength: 1, maxLength: 8 });

function apply(list: ReadonlyArray<readonly [string, unknown]>): unknown {
  let submission: unknown = sampleValid;
  for (const [path, value] of list) submission = setAt(submission, path, value);
  return submission;
}

/** Everything wrong with a finding: a path outside the form, an unknown key, a parameter no reader can use. */
function findingProblems(finding: Finding): string[] {
  const problems: string[] = [];
  const where = `${finding.path} ${finding.rule}`;
  if (compiled.locate(finding.path) === undefined) problems.push(`${where}: path not in the form`);
  if (finding.rule === "") problems.push(`${where}: no rule`);
  const names = messageKeys[finding.messageKey as keyof typeof messageKeys];
  if (names === undefined) problems.push(`${where}: unknown message key ${finding.messageKey}`);
  for (const name of names ?? [])
    if (!(name in finding.params)) problems.push(`${where}: no parameter ${name}`);
  for (const [name, value] of Object.entries(finding.params)) {
    if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string")
      problems.push(`${where}: parameter ${name} is ${String(value)}`);
  }
  return problems;
}

describe(`validate and derive on hostile values (seed ${seed}, ${numRuns} runs each)`, () => {
  it("validate never throws, and every finding has a known key and finite, printable parameters", () => {
    fc.assert(
      fc.property(changes, (list) => {
        const result = compiled.validate(apply(list));
        expect(result.ok).toBe(result.errors.length === 0);
        expect([...result.errors, ...result.warnings].flatMap(findingProblems)).toEqual([]);
      }),
      { seed, numRuns },
    );
  });

  it("derive never throws, and every figure it computes is finite and within largestFigure", () => {
    fc.assert(
      fc.property(changes, (list) => {
        const submission = apply(list);
        const derived = compiled.derive(submission);
        for (const path of ["capital.usd", "cumulative"]) {
          const value = getAt(derived, path);
          if (value === getAt(submission, path)) continue;
          expect(typeof value === "number" && Math.abs(value) <= largestFigure, `${path} = ${value}`).toBe(
            true,
          );
        }
        compiled.validate(derived);
      }),
      { seed, numRuns },
    );
  });
});

// A quadratic pass over 1 MB would run far past the test's 5-minute hang guard, so no clock is needed here.
describe("validate on 1 MB values at every place at once", () => {
  it.each([
    ["a 1 MB string", "甲".repeat(1 << 20)],
    ["a 1 MB number in full-width digits", "９".repeat(1 << 20)],
    ["1 MB of lone surrogates", "\ud800".repeat(1 << 20)],
    ["1 MB of control characters", "\u0000\u001b".repeat(1 << 19)],
  ])("%s: findings as for any value", (_, value) => {
    let submission: unknown = {};
    for (const path of places) submission = setAt(submission, path, value);
    const result = compiled.validate(submission);
    expect(result.ok).toBe(false);
    expect([...result.errors, ...result.warnings].flatMap(findingProblems)).toEqual([]);
  });
});
