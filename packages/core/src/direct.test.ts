// The direct reader that enableCompiledParsers adds for servers: where it accepts a submission, the
// zod schema accepts it too and reads it the same; validate and normalize answer as without it.
import { hostileNumbers, hostileTexts } from "@tianbiao/testing/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { directReader } from "./direct";
import { environmentCases } from "./environment-cases.test-helper";
import { FieldIndex, walkFields } from "./fields";
import { enableCompiledParsers } from "./jit";
import { getAt, setAt } from "./paths";
import { markHidden, submissionSchema } from "./schema";
import { placesOf, sampleContext, sampleTable, sampleValid } from "./test-tables.test-helper";

/** The seed of every run below: fast-check prints it, with the shrunk input, when one fails. */
const seed = 0x7ab1a0;
const numRuns = 1500;

// Built (on first validate) before the switch: zod alone.
const plain = compileTable(sampleTable, { context: sampleContext });
plain.validate({});
enableCompiledParsers();
const direct = compileTable(sampleTable, { context: sampleContext });

const index = new FieldIndex(sampleTable);
const schema = submissionSchema(index.roots);
const read = directReader(index.roots);

/** Every place a value can go (rows 0, 1 and 2), and the other-texts and row kinds. */
const places = placesOf(sampleTable, ["0", "1", "2"]);
walkFields(sampleTable, (field, path) => {
  if (field.kind === "choice" && field.otherValue !== undefined) places.push(`${path}Other`);
});
places.push("investors.0.rowKind", "investors.1.rowKind");

const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** Other ways of writing a value (most of which the schema reads alike) and near misses. */
function variantsOf(value: unknown): unknown[] {
  const out: unknown[] = [value, undefined, "", " ", null, [], {}, "无", "9", 9, "true", "false", true];
  if (typeof value === "number") {
    const text = String(value);
    out.push(
      text,
      toFullWidth(text),
      ` ${text} `,
      text.replace(/^(\d)(\d{3})/, "$1,$2"),
      value + 0.001,
      -value,
    );
    out.push(value * 1e6, Math.round(value), value + 1);
  }
  if (typeof value === "string") {
    out.push(value.toLowerCase(), toFullWidth(value), ` ${value} `, `${value}甲`, value.slice(0, -1));
    out.push(
      Number(value),
      [value],
      value.replace(/^(.{4})/, "$1 "),
      value.repeat(3),
      value.normalize("NFKD"),
    );
  }
  if (typeof value === "boolean") out.push(String(value), !value);
  if (Array.isArray(value)) out.push(value.slice(1), [...value, ...value], value[0]);
  return out;
}

const hostileValue = fc.oneof(
  fc.double(),
  fc.constantFrom(...hostileNumbers, ...hostileTexts),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(undefined, null, true, false, [], {}, [[]]),
);

/** A change at a place: another way of writing what is there (a number picks one), or any value. */
const change = fc.tuple(
  fc.constantFrom(...places),
  fc.oneof(
    fc.nat(),
    hostileValue.map((value) => ({ value })),
  ),
);
const changes = fc.array(change, { minLength: 1, maxLength: 4 });

function apply(list: ReadonlyArray<readonly [string, number | { value: unknown }]>): unknown {
  let submission: unknown = sampleValid;
  for (const [path, choice] of list) {
    const variants = variantsOf(getAt(submission, path));
    const value = typeof choice === "number" ? variants[choice % variants.length] : choice.value;
    submission = setAt(submission, path, value);
  }
  return submission;
}

const asJson = (value: unknown) => JSON.stringify(value);

describe(`the direct reader (seed ${seed}, ${numRuns} runs each)`, () => {
  it("reads the valid sample as the schema does", () => {
    const marked = markHidden(index.roots, sampleValid, sampleContext);
    const parsed = schema.safeParse(marked);
    expect(parsed.success).toBe(true);
    expect(read(marked)).toEqual(JSON.parse(asJson(parsed.data)));
  });

  it("accepts only what the schema accepts, and reads it the same, in the same key order", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(changes, (list) => {
        const marked = markHidden(index.roots, apply(list), sampleContext);
        const parsed = schema.safeParse(marked);
        const value = read(marked);
        if (value === undefined) {
          if (!parsed.success) refused += 1;
          return;
        }
        accepted += 1;
        expect(parsed.success).toBe(true);
        expect(asJson(value)).toBe(asJson(parsed.data));
      }),
      { seed, numRuns },
    );
    // The runs reach both answers often (counts, fixed by the seed).
    expect(accepted).toBeGreaterThan(numRuns / 10);
    expect(refused).toBeGreaterThan(numRuns / 10);
  });

  it("leaves validate and normalize answering as zod alone does", () => {
    const cases: Array<{ submission: unknown; context?: Record<string, unknown> }> = [
      { submission: sampleValid },
      ...environmentCases,
    ];
    for (const { submission, context } of cases) {
      const options = { ...(context ? { context } : {}), withValue: true };
      expect(direct.validate(submission, options)).toEqual(plain.validate(submission, options));
    }
    fc.assert(
      fc.property(changes, (list) => {
        const submission = apply(list);
        const after = direct.validate(submission, { withValue: true });
        expect(asJson(after)).toBe(asJson(plain.validate(submission, { withValue: true })));
        expect(asJson(direct.normalize(submission))).toBe(asJson(plain.normalize(submission)));
      }),
      { seed, numRuns },
    );
  });
});
