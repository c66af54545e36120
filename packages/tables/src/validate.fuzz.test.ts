// Fuzz of the core validators over every form table: random values in random places of each valid
// fixture, deeply nested and very large input. Validation never throws, answers in bounded time,
// and every finding has a path in the form, a rule, and a message in Chinese and English.

import { type CompiledTable, compileTable, type FormTable, type RowsField, walkFields } from "@tianbiao/core";
import { hostileTexts } from "@tianbiao/testing/hostile";
import { describe, expect, it } from "vitest";
import {
  deepArray,
  deepObject,
  fieldPathsOf,
  findingProblems,
  fuzzedForms,
  leafPathsOf,
  pathsOf,
  Random,
  randomValue,
  type Segments,
  shown,
  withValue,
} from "./fuzz.test-helper";

/** The seed of every random choice below; a failure names it. Change it to explore further. */
const seed = 0x7ab1a0;
/** Random submissions per form table. */
const runsPerTable = 120;
/** Fields (or parts of fields) given a deeply nested value or a 1 MB string at once. */
const hugePlaces = 6;
/** Rows in the very large rows fields. */
const manyRows = 100_000;

const compiledOf = (table: FormTable, context?: Record<string, unknown>) => compileTable(table, { context });

/** Validates, and describes what went wrong: a throw, a malformed result, an unclear finding. */
function check(
  compiled: CompiledTable,
  submission: unknown,
  note: string,
): { problems: string[]; errors: number } {
  let result: ReturnType<CompiledTable["validate"]>;
  try {
    result = compiled.validate(submission);
  } catch (error) {
    return { problems: [`${note}: threw ${(error as Error).message}`], errors: 0 };
  }
  const problems: string[] = [];
  if (result.ok !== (result.errors.length === 0)) problems.push(`${note}: ok disagrees with the errors`);
  for (const finding of result.errors)
    if (finding.severity !== "error") problems.push(`${note}: a warning among the errors`);
  for (const finding of result.warnings)
    if (finding.severity !== "warning") problems.push(`${note}: an error among the warnings`);
  // One finding of each (path, rule, message) is enough to judge the messages of the others.
  const seen = new Set<string>();
  for (const finding of [...result.errors, ...result.warnings]) {
    const key = `${finding.path.replace(/\.\d+(?=\.|$)/g, ".*")} ${finding.rule} ${finding.messageKey}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const problem of findingProblems(finding, compiled)) problems.push(`${note}: ${problem}`);
  }
  return { problems, errors: result.errors.length };
}

describe.each(fuzzedForms.map((module) => [module.table.id, module] as const))(
  "validate %s",
  (id, module) => {
    const fixtures = module.fixtures;
    if (!fixtures) throw new Error(`${id} has no fixtures`);
    const compiled = compiledOf(module.table, fixtures.context);
    const places = [...pathsOf(fixtures.valid), ...fieldPathsOf(module.table)];

    it(`never throws on ${runsPerTable} random submissions (seed ${seed}), and every finding is clear`, () => {
      const random = new Random(seed);
      const problems: string[] = [];
      for (let run = 0; run < runsPerTable; run += 1) {
        let submission: unknown = fixtures.valid;
        const changes: string[] = [];
        const count = 1 + random.int(5);
        for (let i = 0; i < count; i += 1) {
          const path: Segments = random.int(8) === 0 ? [...random.pick(places), "x"] : random.pick(places);
          const value = randomValue(random);
          submission = withValue(submission, path, value);
          changes.push(`${path.join(".")}=${shown(value)}`);
        }
        problems.push(...check(compiled, submission, `run ${run} ${changes.join(" ")}`).problems);
      }
      expect(problems, `seed ${seed}`).toEqual([]);
    });

    it("answers every tricky string, and every number written in full-width digits, at every leaf", () => {
      const problems: string[] = [];
      const leaves = leafPathsOf(fixtures.valid);
      for (const value of hostileTexts) {
        let submission: unknown = fixtures.valid;
        for (const path of leaves) submission = withValue(submission, path, value);
        problems.push(...check(compiled, submission, `every leaf ${shown(value)}`).problems);
      }
      // Each leaf alone, so that one bad value cannot hide the findings of another.
      for (const path of leaves) {
        for (const value of ["NaN", "Infinity", "9".repeat(400), "１２．５", "－１２", "1e309"]) {
          const note = `${path.join(".")}=${shown(value)}`;
          problems.push(...check(compiled, withValue(fixtures.valid, path, value), note).problems);
        }
      }
      expect(problems).toEqual([]);
    });

    // A pass quadratic in the size of a value would run far past the test's 5-minute hang guard.
    it(`answers deeply nested values and 1 MB strings in ${hugePlaces} places at once (seed ${seed})`, () => {
      const random = new Random(seed);
      const candidates = [...fieldPathsOf(module.table), ...leafPathsOf(fixtures.valid)];
      const chosen = Array.from({ length: hugePlaces }, () => random.pick(candidates));
      const problems: string[] = [];
      const huge = [
        ["an object 100,000 deep", deepObject(100_000)],
        ["an array 100,000 deep", deepArray(100_000)],
        ["a 1 MB string", "甲".repeat(1 << 20)],
        ["a 1 MB number in full-width digits", "９".repeat(1 << 20)],
        ["a 1 MB string of lone surrogates", "\ud800".repeat(1 << 20)],
      ] as const;
      for (const [name, value] of huge) {
        let submission: unknown = fixtures.valid;
        for (const path of chosen) submission = withValue(submission, path, value);
        const note = `${name} at ${chosen.map((path) => path.join(".")).join(", ")}`;
        problems.push(...check(compiled, submission, note).problems);
        problems.push(...check(compiled, value, `${name} as the submission`).problems);
      }
      expect(problems, `seed ${seed}`).toEqual([]);
    });
  },
);

/** Every rows field of every form table, with the fixtures of its table. */
const rowsFields = fuzzedForms.flatMap((module) => {
  const out: Array<{ id: string; path: string; field: RowsField; module: typeof module }> = [];
  walkFields(module.table, (field, path) => {
    if (field.kind === "rows" && !path.includes("*")) out.push({ id: module.table.id, path, field, module });
  });
  return out;
});

describe("validate on very large rows fields", () => {
  it.each(rowsFields.map((entry) => [`${entry.id} ${entry.path}`, entry] as const))(
    `%s: ${manyRows.toLocaleString("en")} random rows answer (seed ${seed})`,
    (_, { path, module }) => {
      const fixtures = module.fixtures;
      if (!fixtures) throw new Error("no fixtures");
      const random = new Random(seed);
      const compiled = compiledOf(module.table, fixtures.context);
      const segments = path.split(".");
      let sample: unknown = fixtures.valid;
      for (const key of segments) sample = (sample as Record<string, unknown> | undefined)?.[key];
      const validRows = Array.isArray(sample) && sample.length > 0 ? sample : [{}];
      // A few distinct rows, repeated: every other row is broken, one leaf surely (an object is no leaf's value).
      const kinds = Array.from({ length: 64 }, (_, index) => {
        const row = validRows[index % validRows.length];
        if (index % 2 === 0) return row;
        const leaves = leafPathsOf(row);
        let broken = leaves.length > 0 ? withValue(row, random.pick(leaves), { wrong: 1 }) : row;
        for (const leaf of leaves)
          if (random.int(2) === 0) broken = withValue(broken, leaf, randomValue(random, 1));
        return random.int(8) === 0 ? randomValue(random) : broken;
      });
      const rows = Array.from({ length: manyRows }, (_, index) => kinds[index % kinds.length]);
      const { problems, errors } = check(
        compiled,
        withValue(fixtures.valid, segments, rows),
        `${manyRows} rows`,
      );
      expect(problems, `seed ${seed}`).toEqual([]);
      expect(errors, "errors found in the rows").toBeGreaterThan(1_000);
    },
  );
});
