import { describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { environmentCases } from "./environment-cases.test-helper";
import { enableCompiledParsers } from "./jit";
import { sampleContext, sampleTable, sampleValid } from "./test-tables.test-helper";

describe("enableCompiledParsers", () => {
  // Built (on first validate) before the switch: zod's plain object.
  const plain = compileTable(sampleTable, { context: sampleContext });
  const cases: Array<{ submission: unknown; context?: Record<string, unknown> }> = [
    { submission: sampleValid },
    ...environmentCases,
  ];
  const before = cases.map(({ submission, context }) =>
    plain.validate(submission, { ...(context ? { context } : {}), withValue: true }),
  );

  it("compiles object parsers and gives the same findings and values as the jitless schemas", () => {
    enableCompiledParsers();
    const compiled = compileTable(sampleTable, { context: sampleContext });
    let compiledFunctions = 0;
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiledFunctions += 1;
        return Reflect.construct(target, args);
      },
    });
    try {
      const after = cases.map(({ submission, context }) =>
        compiled.validate(submission, { ...(context ? { context } : {}), withValue: true }),
      );
      expect(after).toEqual(before);
      expect(after[0]?.ok).toBe(true);
    } finally {
      globalThis.Function = original;
    }
    expect(compiledFunctions).toBeGreaterThan(0);
  });
});
