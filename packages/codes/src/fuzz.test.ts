// A seeded fuzz of the identifier validators and the normalisation: random strings of any code
// point (full-width forms, surrogate pairs, lone surrogates, control characters), 1 MB strings, and
// values untyped JavaScript passes in. Nothing throws and every answer is well formed; on 1 MB strings a
// quadratic pass would not answer before the test's hang guard.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCodeEntry } from "./code-list";
import { identifierSpecs } from "./identifiers/specs";
import { usccEmbeddedOrgCode } from "./identifiers/uscc";
import { type IdentifierResult, validateIdentifier } from "./identifiers/validate-identifier";
import { sectionOfIndustryCode } from "./lists/gbt4754-sections";
import { quotaForProvince } from "./lists/provinces";
import { registrationTypes2011 } from "./lists/registration-types";
import { normalizeCode, normalizeText } from "./normalize";
import type { IdentifierType } from "./types";

/** The seed of every run below: fast-check prints it, with the shrunk input, when one fails. */
const seed = 0x7ab1a0;
const numRuns = 2_000;

const types = Object.keys(identifierSpecs) as IdentifierType[];
const reasons = new Set(["length", "charset", "checksum", "format"]);

/** Characters filers and broken clients send: full-width forms, separators, controls, surrogates. */
const pieces = [
  ..."0123456789AZaz@.-+:/ ",
  "０",
  "９",
  "Ａ",
  "ｚ",
  "＠",
  "．",
  "－",
  "＋",
  "\u3000",
  "\u00a0",
  "\u2010",
  "\u2013",
  "\u2014",
  "\u2212",
  "转",
  "\u0000",
  "\u001b",
  "\u007f",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\ud800",
  "\udfff",
  "\ud83d\ude00",
  "\ud840\udc00",
  "ı",
  "ſ",
  "http://",
  "https://",
  "+86",
  "0086",
  "例子.中国",
];

const anyText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((list) => list.join("")),
  fc.constantFrom(...types.map((type) => identifierSpecs[type].example)),
);

/** What is wrong with an answer of validateIdentifier. */
function resultProblems(type: IdentifierType, result: IdentifierResult): string[] {
  const problems: string[] = [];
  if (typeof result.value !== "string") problems.push(`${type}: the value is not text`);
  if (result.ok) {
    if ("reason" in result) problems.push(`${type}: passed with a reason`);
    const { length } = identifierSpecs[type];
    if (length !== undefined && [...result.value].length !== length)
      problems.push(`${type}: passed ${result.value} of the wrong length`);
  } else {
    if (!reasons.has(result.reason)) problems.push(`${type}: reason ${String(result.reason)}`);
    if (result.reason === "length" && typeof result.length !== "number") problems.push(`${type}: no length`);
  }
  return problems;
}

describe(`identifier validators on random strings (seed ${seed}, ${numRuns} runs)`, () => {
  it("never throw, answer a known reason, and give the same answer for their own normalised value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...types), anyText, (type, raw) => {
        const result = validateIdentifier(type, raw);
        expect(resultProblems(type, result)).toEqual([]);
        // Normalising is idempotent: the value returned validates the same way.
        const again = validateIdentifier(type, result.value);
        expect(again).toEqual(result);
      }),
      { seed, numRuns },
    );
  });

  it("answer format for any other type name, and never throw on values that are not text", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom("toString", "__proto__", "constructor", "valueOf")),
        fc.anything({ withNullPrototype: true, withBigInt: true, withMap: true, withSet: true }),
        (type, raw) => {
          const known = (types as string[]).includes(type);
          const result = validateIdentifier(type as IdentifierType, raw as string);
          expect(typeof result.ok).toBe("boolean");
          if (!known) expect(result).toMatchObject({ ok: false, reason: "format" });
        },
      ),
      { seed, numRuns: numRuns / 4 },
    );
  });

  it("normalise idempotently, leaving codes without blanks, hyphens or lower-case ASCII", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const text = normalizeText(raw);
        expect(normalizeText(text)).toBe(text);
        const code = normalizeCode(raw);
        expect(normalizeCode(code)).toBe(code);
        expect(code).not.toMatch(/[\s\-\u2010\u2011\u2013\u2014a-z]/u);
      }),
      { seed, numRuns },
    );
  });

  it("look up codes without throwing", () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const embedded = usccEmbeddedOrgCode(raw);
        if (embedded !== undefined) expect(embedded.value).toHaveLength(9);
        findCodeEntry(registrationTypes2011, raw);
        sectionOfIndustryCode(raw);
        quotaForProvince(raw);
      }),
      { seed, numRuns },
    );
  });
});

describe("identifier validators on 1 MB strings", () => {
  const mega = 1 << 20;
  const huge: Array<[string, string]> = [
    ["letters", "a".repeat(mega)],
    ["full-width digits", "１".repeat(mega)],
    ["lone surrogates", "\ud800".repeat(mega)],
    ["control characters", "\u0000\u001b".repeat(mega / 2)],
    ["hyphens and ideographic spaces", "1－\u3000".repeat(mega / 3)],
    ["an address of many labels", `a@${"b.".repeat(mega / 2)}cn`],
    ["a web address of many labels", `https://${"a.".repeat(mega / 2)}cn`],
    ["a mobile number with 1 MB of digits", `+86${"1".repeat(mega)}`],
  ];

  // About 0.1 s each alone; a quadratic pass over 1 MB (10^12 steps) would run far past the test's
  // 5-minute hang guard, so the test needs no clock of its own.
  it.each(types)("%s answers each", (type) => {
    for (const [name, raw] of huge) {
      const result = validateIdentifier(type, raw);
      expect(result.ok, name).toBe(false);
      expect(resultProblems(type, result), name).toEqual([]);
    }
  });
});
