// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { compileTable } from "./compile";
import { environmentCases, summarize } from "./environment-cases.test-helper";
import { tableJsonSchema } from "./json-schema";
import { sampleContext, sampleTable } from "./test-tables.test-helper";

describe("validation in a browser DOM", () => {
  // Reached through a plain record: the test replaces these globals to prove they are never called.
  const globals = globalThis as unknown as Record<"Function" | "eval", unknown>;
  const realFunction = globalThis.Function;
  const realEval = globals.eval;

  afterEach(() => {
    globals.Function = realFunction;
    globals.eval = realEval;
  });

  it("runs in jsdom", () => {
    expect(typeof document).toBe("object");
    expect(typeof window).toBe("object");
  });

  for (const { name, submission, context, expected } of environmentCases) {
    it(`gives the same results as Node for ${name}`, () => {
      const compiled = compileTable(sampleTable, { context: sampleContext });
      expect(summarize(compiled.validate(submission, context ? { context } : undefined))).toEqual(expected);
    });
  }

  it("compiles and validates without eval or new Function, as under a CSP without 'unsafe-eval'", () => {
    const calls: string[] = [];
    // A CSP without 'unsafe-eval' makes both throw; record any attempt as well.
    globals.Function = new Proxy(realFunction, {
      construct() {
        calls.push("new Function");
        throw new EvalError("blocked by the content security policy");
      },
      apply() {
        calls.push("Function()");
        throw new EvalError("blocked by the content security policy");
      },
    });
    globals.eval = () => {
      calls.push("eval");
      throw new EvalError("blocked by the content security policy");
    };
    const compiled = compileTable(sampleTable, { context: sampleContext });
    const results = environmentCases.map(({ submission, context }) =>
      summarize(compiled.validate(submission, context ? { context } : undefined)),
    );
    compiled.derive(environmentCases[0]?.submission ?? {});
    tableJsonSchema(sampleTable);
    expect(calls).toEqual([]);
    expect(results).toEqual(environmentCases.map((entry) => entry.expected));
  });
});
