import { describe, expect, it } from "vitest";
import { HttpError } from "./errors";
import { maxNesting, nestsWithin, periodOf, unwrapSubmission } from "./submission-input";

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof HttpError ? `${error.status} ${error.code}` : String(error);
  }
}

describe("unwrapSubmission", () => {
  it("takes { values, warnings, context } apart and reads anything else as a bare submission", () => {
    const values = { entityName: "云帆" };
    const warnings = [{ rule: "r", path: "p", confirmed: true, explanation: "因为" }];
    expect(unwrapSubmission({ values, warnings, context: { previousCumulative: 12.4 } })).toEqual({
      values,
      responses: warnings,
      context: { previousCumulative: 12.4 },
    });
    expect(unwrapSubmission(values)).toEqual({ values, responses: [], context: {} });
    // A table field that happens to be called "values" beside others is a bare submission.
    const bare = { values: { a: 1 }, entityName: "云帆" };
    expect(unwrapSubmission(bare).values).toBe(bare);
  });

  it("refuses what is not an object, malformed warnings or context, and runaway nesting", () => {
    expect(codeOf(() => unwrapSubmission([]))).toBe("400 not_an_object");
    expect(codeOf(() => unwrapSubmission(null))).toBe("400 not_an_object");
    expect(codeOf(() => unwrapSubmission({ values: {}, warnings: [{ rule: 1 }] }))).toBe(
      "400 invalid_warnings",
    );
    expect(codeOf(() => unwrapSubmission({ values: {}, context: { a: { b: 1 } } }))).toBe(
      "400 invalid_context",
    );
    expect(codeOf(() => unwrapSubmission({ values: {}, context: { a: Number.NaN } }))).toBe(
      "400 invalid_context",
    );
    expect(codeOf(() => unwrapSubmission({ values: nested(maxNesting - 1) }))).toBeUndefined();
    expect(codeOf(() => unwrapSubmission({ values: { deep: nested(maxNesting) } }))).toBe("400 too_deep");
  });
});

describe("nestsWithin", () => {
  it("counts objects and arrays, not scalars, and survives very deep input", () => {
    expect(nestsWithin(1, 0)).toBe(true);
    expect(nestsWithin({}, 1)).toBe(true);
    expect(nestsWithin({ a: [1] }, 1)).toBe(false);
    expect(nestsWithin({ a: [1] }, 2)).toBe(true);
    expect(nestsWithin(nested(200_000), maxNesting)).toBe(false);
  });
});

describe("periodOf", () => {
  it("reads reportPeriod as text, or null when absent or blank", () => {
    expect(periodOf({ reportPeriod: "2024-11" })).toBe("2024-11");
    expect(periodOf({ reportPeriod: 2024 })).toBe("2024");
    expect(periodOf({ reportPeriod: "  " })).toBeNull();
    expect(periodOf({})).toBeNull();
  });
});
