// The direct reader that enableCompiledParsers adds for servers: where it accepts a submission, the
// zod schema accepts it too and reads it the same; validate and normalize answer as without it.
import { hostileNumbers, hostileTexts } from "@tianbiao/testing/hostile";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { blank, directReader } from "./direct";
import { environmentCases } from "./environment-cases.test-helper";
import { FieldIndex, walkFields } from "./fields";
import { enableCompiledParsers } from "./jit";
import { getAt, isEmpty, isPlainObject, setAt } from "./paths";
import { markHidden, submissionSchema } from "./schema";
import { placesOf, sampleContext, sampleTable, sampleValid, tableOf } from "./test-tables.test-helper";

/** The seed of every run below: fast-check prints it, with the shrunk input, when one fails. */
const seed = 0x7ab1a0;
const numRuns = 1500;

const label = { zh: "字段", en: "Field" };
const options = [
  { value: "a", label },
  { value: "x", label },
];

/** Choices with an "other" text, a group and a rows column, each shown by a condition. */
const shownTable = tableOf([
  { id: "flag", kind: "yesNo", label },
  { id: "kind", kind: "choice", showWhen: { field: "flag", equals: true }, otherValue: "x", options, label },
  {
    id: "details",
    kind: "group",
    showWhen: { context: "track", equals: "service" },
    fields: [{ id: "market", kind: "text", required: true, label }],
    label,
  },
  {
    id: "items",
    kind: "rows",
    label,
    columns: [
      { id: "has", kind: "yesNo", label },
      {
        id: "what",
        kind: "choice",
        showWhen: { field: "has", equals: true },
        otherValue: "x",
        options,
        label,
      },
      { id: "note", kind: "text", required: true, showWhen: { field: "flag", equals: false }, label },
    ],
  },
]);

// Built (on first validate) before the switch: zod alone.
const plain = compileTable(sampleTable, { context: sampleContext });
plain.validate({});
const plainShown = compileTable(shownTable);
plainShown.validate({});
enableCompiledParsers();
const direct = compileTable(sampleTable, { context: sampleContext });
const directShown = compileTable(shownTable);

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
    const parsed = schema.safeParse(markHidden(index.roots, sampleValid, sampleContext));
    expect(parsed.success).toBe(true);
    expect(read(sampleValid, sampleContext)).toEqual(JSON.parse(asJson(parsed.data)));
  });

  it("accepts only what the schema accepts, and reads it the same, in the same key order", () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(changes, (list) => {
        const submission = apply(list);
        const root = isPlainObject(submission) ? submission : {};
        const parsed = schema.safeParse(markHidden(index.roots, root, sampleContext));
        const value = read(root, sampleContext);
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

describe(`the direct reader on fields hidden by showWhen (seed ${seed}, ${numRuns} runs)`, () => {
  const shownIndex = new FieldIndex(shownTable);
  const shownSchema = submissionSchema(shownIndex.roots);
  const readShown = directReader(shownIndex.roots);
  const some = (...values: unknown[]) => fc.constantFrom(...values);
  const text = some(undefined, "", "文字", 5);
  const row = fc.record(
    { has: some(true, false, "true", undefined), what: some("a", "x", "", 1), whatOther: text, note: text },
    { requiredKeys: [] },
  );
  const submission = fc.record(
    {
      flag: some(true, false, "false", undefined, "yes"),
      kind: some("a", "x", undefined, "b"),
      kindOther: text,
      details: fc.oneof(some(undefined, "", 7), fc.record({ market: text }, { requiredKeys: [] })),
      items: fc.oneof(fc.array(fc.oneof(row, some("row", null)), { maxLength: 3 }), some(undefined, "x")),
    },
    { requiredKeys: [] },
  );
  const context = fc.constantFrom({}, { track: "service" }, { track: "goods" });

  it("reads a hidden field, a hidden choice's other-text and hidden row cells as the schema does", () => {
    let accepted = 0;
    fc.assert(
      fc.property(submission, context, (value, hostContext) => {
        const parsed = shownSchema.safeParse(markHidden(shownIndex.roots, value, hostContext));
        const read = readShown(value, hostContext);
        const options = { context: hostContext, withValue: true };
        expect(asJson(directShown.validate(value, options))).toBe(
          asJson(plainShown.validate(value, options)),
        );
        if (read === undefined) return;
        accepted += 1;
        expect(parsed.success).toBe(true);
        expect(asJson(read)).toBe(asJson(parsed.data));
      }),
      { seed, numRuns },
    );
    expect(accepted).toBeGreaterThan(numRuns / 10);
  });
});

describe("blank", () => {
  it("answers as isEmpty, on values of any shape and on objects past its 64 places", () => {
    const empty = fc.constantFrom(undefined, null, "", " \u3000", [], {});
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        empty,
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(fc.string(), tie("node"), { maxKeys: 5 }),
      ),
    })).node;
    const wide = fc
      .tuple(fc.integer({ min: 60, max: 140 }), fc.oneof(empty, fc.constant(1)))
      .map(([size, last]) => {
        const out: Record<string, unknown> = {};
        for (let i = 0; i < size; i += 1) out[`k${i}`] = i % 2 === 0 ? { a: "" } : null;
        out.last = { deep: { deeper: last } };
        return out;
      });
    fc.assert(
      fc.property(fc.oneof(tree, wide), (value) => {
        expect(blank(value)).toBe(isEmpty(value));
      }),
      { seed, numRuns },
    );
  });
});
