// Fuzz of `tianbiao validate`, in process and as the built command: random text and arguments,
// JSON that is not an object, deeply nested and very large submissions, wrong types in every field.
// It always answers: exit 0 or 1 with a report whose findings name their field, or exit 2 with one
// clear line on standard error; never a throw, a stack trace, a hang, "undefined" or "[object Object]".
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CompiledTable, compileTable } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { runCli } from "./cli";
import { type CliRun, cli } from "./cli.test-helper";
import {
  fuzzedForms,
  leafPathsOf,
  pathsOf,
  Random,
  randomString,
  randomValue,
  shown,
  unclearText,
  withValue,
} from "./fuzz.test-helper";

/** The seed of every random choice below; a failure names it. Change it to explore further. */
const seed = 0x7ab1a0;
/** Random texts given to `tianbiao validate`. */
const randomTexts = 300;
/** Random argument lists given to `tianbiao`. */
const randomArgs = 300;

// Control characters and lone surrogates: a terminal would act on them or show them as garbage.
const unprintable = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u;
const stackTrace = /\n\s+at |\.ts:\d+|\.js:\d+/;

/**
 * What is wrong with a refusal: it must exit 2 and say why on one line of standard error. The
 * message may quote what the user gave (`echoed`), so it is judged unclear only if that was not.
 */
function refusalProblems(run: CliRun, note: string, echoed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${note}: ${problem} ${shown(run)}`);
  if (run.code !== 2) say(`exit ${run.code}, not 2`);
  if (run.stdout !== "") say("output on standard output");
  if (!/^tianbiao: [^\n]+\n$/.test(run.stderr)) say("not one line starting tianbiao:");
  if (unprintable.test(run.stderr.slice(0, -1))) say("unprintable characters");
  if (unclearText.test(run.stderr) && !echoed.some((text) => unclearText.test(text))) say("unclear words");
  if (stackTrace.test(run.stderr)) say("a stack trace");
  return problems;
}

interface ReportEntry {
  path?: unknown;
  rule?: unknown;
  message?: { zh?: unknown; en?: unknown };
}

/** What is wrong with a report: exit 0 or 1, and JSON whose every finding names its field. */
function reportProblems(run: CliRun, compiled: CompiledTable, note: string): string[] {
  const say = (problem: string) => [
    `${note}: ${problem} ${shown({ ...run, stdout: run.stdout.slice(0, 300) })}`,
  ];
  if (run.code !== 0 && run.code !== 1) return say(`exit ${run.code}, not 0 or 1`);
  if (run.stderr !== "") return say("output on standard error");
  let report: { ok?: unknown; errors?: ReportEntry[]; warnings?: ReportEntry[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return say("the report is not JSON");
  }
  if (report.ok !== (run.code === 0)) return say("ok disagrees with the exit code");
  if (!Array.isArray(report.errors) || !Array.isArray(report.warnings)) return say("no errors and warnings");
  if ((report.errors.length === 0) !== (run.code === 0)) return say("the errors disagree with the exit code");
  const problems: string[] = [];
  for (const entry of [...report.errors, ...report.warnings]) {
    const { path, rule, message } = entry;
    if (typeof path !== "string" || path === "" || compiled.locate(path) === undefined)
      problems.push(...say(`a finding without a field path ${shown(entry)}`));
    if (typeof rule !== "string" || rule === "")
      problems.push(...say(`a finding without a rule ${shown(entry)}`));
    for (const text of [message?.zh, message?.en]) {
      if (typeof text !== "string" || text === "" || unclearText.test(text))
        problems.push(...say(`an unclear message ${shown(entry)}`));
    }
  }
  return problems;
}

const enterprise1 = fuzzedForms.find((module) => module.table.id === "enterprise-1");
if (!enterprise1?.fixtures) throw new Error("enterprise-1 has no fixtures");
const validText = JSON.stringify(enterprise1.fixtures.valid);
const compiled1 = compileTable(enterprise1.table, { context: enterprise1.fixtures.context });

/** JSON text of an object `depth` levels deep, written without building the object. */
const deepObjectText = (depth: number) => `${'{"next":'.repeat(depth)}1${"}".repeat(depth)}`;
const deepArrayText = (depth: number) => `${"[".repeat(depth)}1${"]".repeat(depth)}`;

describe("tianbiao validate on input that is not a submission", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["empty input", "", /empty/],
    ["blank input", " \n\t\r\n", /empty/],
    ["a byte order mark alone", "\ufeff", /empty/],
    ["text", "not json", /not JSON/],
    ["a trailing comma", '{"a": 1,}', /not JSON/],
    ["a broken multi-line object", '{\n\n  "a": x\n}', /not JSON/],
    ["control characters and a terminal escape", "\u0000\u001b[2J\u001b[31m{\u0007", /not JSON/],
    ["a lone surrogate", "\ud800{", /not JSON/],
    ["100,000 open brackets", "[".repeat(100_000), /not JSON/],
    ["100,000 open objects", '{"a":'.repeat(100_000), /not JSON/],
    ["half a submission", validText.slice(0, validText.length / 2), /not JSON/],
    ["an array", "[]", /array/],
    ["an array 100,000 deep", deepArrayText(100_000), /array/],
    ["a list of submissions", `[${validText},${validText}]`, /array/],
    ["a number", "1", /number/],
    ["a number too large for JSON", "1e400", /number/],
    ["null", "null", /null/],
    ["true", "true", /true/],
    ["a string", '"enterprise-1"', /string/],
    ["a string of a lone surrogate", '"\\ud800"', /string/],
  ];

  it.each(cases)("%s: exit 2 with one line naming the problem", async (name, text, pattern) => {
    const run = await cli(["validate", "enterprise-1", "-"], text);
    expect(refusalProblems(run, name)).toEqual([]);
    expect(run.stderr).toMatch(pattern);
  });

  it("reads a submission that starts with a byte order mark, as editors on Windows save it", async () => {
    const run = await cli(["validate", "enterprise-1", "-"], `\ufeff${validText}`);
    expect(reportProblems(run, compiled1, "BOM")).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("names a failed read, even one that is not an Error", async () => {
    let stderr = "";
    const code = await runCli(["validate", "enterprise-1", "-"], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
      read: () => Promise.reject("the disk is gone"),
    });
    expect(refusalProblems({ code, stdout: "", stderr }, "non-Error")).toEqual([]);
    expect(stderr).toBe("tianbiao: cannot read standard input: the disk is gone\n");
  });

  it("names a file that cannot be read, on one line, whatever its name", async () => {
    for (const file of [
      "/nonexistent/submission.json",
      "line\nbreak.json",
      "\u001b[31mred.json",
      "\ud800.json",
    ]) {
      const run = await cli(["validate", "enterprise-1", file]);
      expect(refusalProblems(run, file)).toEqual([]);
      expect(run.stderr).toMatch(/cannot read/);
    }
  });
});

describe(`tianbiao validate on ${randomTexts} random texts (seed ${seed})`, () => {
  it("answers each with a report or one clear line", async () => {
    const random = new Random(seed);
    const problems: string[] = [];
    for (let run = 0; run < randomTexts; run += 1) {
      let text: string;
      switch (random.int(4)) {
        case 0:
          text = randomString(random);
          break;
        case 1: {
          // A submission cut short, or with a character changed.
          const at = random.int(validText.length);
          text =
            random.int(2) === 0
              ? validText.slice(0, at)
              : `${validText.slice(0, at)}${randomString(random)}${validText.slice(at + 1)}`;
          break;
        }
        case 2:
          text = JSON.stringify(randomValue(random)) ?? "";
          break;
        default: {
          let submission: unknown = enterprise1.fixtures?.valid;
          for (let i = random.int(4); i >= 0; i -= 1) {
            const paths = pathsOf(submission);
            submission = withValue(submission, random.pick(paths), randomValue(random));
          }
          text = JSON.stringify(submission);
        }
      }
      const result = await cli(["validate", "enterprise-1", "-"], text);
      const note = `seed ${seed} run ${run} input ${shown(text)}`;
      problems.push(
        ...(result.code === 2
          ? refusalProblems(result, note, [text])
          : reportProblems(result, compiled1, note)),
      );
    }
    expect(problems).toEqual([]);
  });
});

describe("tianbiao validate on deeply nested and prototype-named submissions", () => {
  it("reports the missing fields of an object 100,000 deep", async () => {
    const run = await cli(["validate", "enterprise-1", "-"], deepObjectText(100_000));
    expect(reportProblems(run, compiled1, "deep")).toEqual([]);
    expect(run.code).toBe(1);
  });

  it("reports a field whose value is 100,000 deep, at its path", async () => {
    for (const [field, text] of [
      ["entityName", deepObjectText(100_000)],
      ["investors", deepArrayText(100_000)],
    ] as const) {
      const run = await cli(
        ["validate", "enterprise-1", "-"],
        `${validText.slice(0, -1)},"${field}":${text}}`,
      );
      expect(reportProblems(run, compiled1, field)).toEqual([]);
      const paths: string[] = JSON.parse(run.stdout).errors.map((error: { path: string }) => error.path);
      // Rows that are not objects count as empty rows: their required columns are reported.
      expect(
        paths.some((path) => path === field || path.startsWith(`${field}.`)),
        paths.join(", "),
      ).toBe(true);
    }
  });

  it("ignores __proto__ and constructor keys, and pollutes nothing", async () => {
    // Written as text: in an object literal __proto__ would set the prototype instead of a key.
    const polluting = validText
      .replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},')
      .replace('"registeredAddress":{', '"registeredAddress":{"__proto__":{"province":"x"},');
    expect(polluting).toContain('"registeredAddress":{"__proto__"');
    const run = await cli(["validate", "enterprise-1", "-"], polluting);
    expect(reportProblems(run, compiled1, "prototype keys")).toEqual([]);
    expect(run.code).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("tianbiao validate with wrong types in every field of every form", () => {
  // An object with a key is never blank, so every leaf given one must fail. Each place also gets
  // one other JSON type, in turn, so that every type lands in every kind of field somewhere.
  const wrong = { wrong: 1 };
  const otherTypes: unknown[] = [12.5, "not-the-right-kind-不对", true, null, [], [{ wrong: 1 }]];

  it.each(fuzzedForms.map((module) => [module.table.id, module] as const))(
    "%s: a report for each, with an error at each leaf given an object",
    async (id, module) => {
      const fixtures = module.fixtures;
      if (!fixtures) throw new Error("no fixtures");
      const compiled = compileTable(module.table, { context: fixtures.context });
      const leaves = new Set(leafPathsOf(fixtures.valid).map((path) => path.join(".")));
      const problems: string[] = [];
      for (const [index, path] of pathsOf(fixtures.valid).entries()) {
        const at = path.join(".");
        for (const value of [wrong, otherTypes[index % otherTypes.length]]) {
          const submission = withValue(fixtures.valid, path, value);
          const run = await cli(["validate", id, "-"], JSON.stringify(submission));
          const note = `${at}=${shown(value)}`;
          problems.push(...reportProblems(run, compiled, note));
          if (!leaves.has(at) || value !== wrong) continue;
          if (!compiled.isShown(at, submission, { context: fixtures.context })) continue;
          const paths: string[] = JSON.parse(run.stdout).errors.map((error: { path: string }) => error.path);
          if (!paths.some((found) => at === found || at.startsWith(`${found}.`)))
            problems.push(`${note}: no error at the field, only at ${paths.join(", ") || "none"}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );
});

describe(`tianbiao on unknown tables and ${randomArgs} random argument lists (seed ${seed})`, () => {
  it("refuses a table it does not know, or one without submissions, on one line", async () => {
    const ids = [
      "enterprise-9",
      "ENTERPRISE-1",
      " enterprise-1",
      "enterprise-1\n",
      "\u001b[31menterprise-1",
      "\ud800",
    ];
    for (const id of [...ids, "__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const run = await cli(["validate", id, "-"], validText);
      expect(refusalProblems(run, shown(id))).toEqual([]);
      expect(run.stderr).toMatch(/unknown table/);
    }
    const run = await cli(["validate", "business-classification-2022", "-"], "{}");
    expect(refusalProblems(run, "reference table")).toEqual([]);
    expect(run.stderr).toMatch(/reference table/);
  });

  it("asks for a command when given none, on standard error", async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^tianbiao: name a command\nusage: tianbiao <command>/);
  });

  it("answers any arguments without throwing, in words a reader can follow", async () => {
    const random = new Random(seed);
    const tokens = [
      "validate",
      "example",
      "schema",
      "catalog",
      "help",
      "--help",
      "-",
      "",
      "enterprise-1",
      "city-2",
    ];
    const problems: string[] = [];
    for (let run = 0; run < randomArgs; run += 1) {
      const args = Array.from({ length: random.int(5) }, () =>
        random.int(3) === 0 ? randomString(random) : random.pick(tokens),
      );
      const note = `seed ${seed} run ${run} args ${shown(args)}`;
      let result: CliRun;
      try {
        result = await cli(args, random.int(2) === 0 ? validText : randomString(random));
      } catch (error) {
        problems.push(`${note}: threw ${(error as Error).message}`);
        continue;
      }
      if (![0, 1, 2].includes(result.code)) problems.push(`${note}: exit ${result.code}`);
      const [first = ""] = result.stderr.split("\n");
      if (result.code === 2 && !/^tianbiao: ./.test(first))
        problems.push(`${note}: no clear first line ${shown(result)}`);
      // What the user typed may come back quoted; the words around it must be clear.
      const unclear = unclearText.test(result.stderr) && !args.some((arg) => unclearText.test(arg));
      if (unprintable.test(first) || unclear || stackTrace.test(result.stderr))
        problems.push(`${note}: unclear ${shown(result.stderr)}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("the built tianbiao command on hostile input", () => {
  const bin = join(dirname(fileURLToPath(import.meta.url)), "../bin/tianbiao.js");
  // A hang guard: each run is killed after this long, so a hang fails the test instead of stalling it.
  // The slowest run, 50 MB below, takes a few seconds alone and several times that on a loaded machine.
  const timeout = 120_000;
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [bin, ...args], {
      input,
      encoding: "utf8",
      timeout,
      maxBuffer: 64 * 1024 * 1024,
    });
  const refused = (args: string[], input: string, pattern: RegExp) => {
    const result = run(args, input);
    expect(result.signal, "killed after the timeout").toBeNull();
    expect(
      refusalProblems(
        { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr },
        shown(input),
      ),
    ).toEqual([]);
    expect(result.stderr).toMatch(pattern);
  };

  it("exits 2 with one line for empty, broken, deeply nested or non-object input and unknown tables", () => {
    refused(["validate", "enterprise-1", "-"], "", /empty/);
    refused(["validate", "enterprise-1", "-"], "\u001b[2J{\n\u0000", /not JSON/);
    refused(["validate", "enterprise-1", "-"], "[".repeat(100_000), /not JSON/);
    refused(["validate", "enterprise-1", "-"], deepArrayText(100_000), /array/);
    refused(["validate", "enterprise-1", "-"], "null", /null/);
    refused(["validate", "no-such-table\u001b[31m", "-"], validText, /unknown table/);
  });

  it("reports on an object 100,000 deep and on prototype-named keys", () => {
    for (const input of [deepObjectText(100_000), `{"__proto__":{"polluted":1},${validText.slice(1)}`]) {
      const result = run(["validate", "enterprise-1", "-"], input);
      expect(result.signal, "killed after the timeout").toBeNull();
      expect(
        reportProblems(
          { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr },
          compiled1,
          shown(input),
        ),
      ).toEqual([]);
    }
  });

  it("stops quietly when the reader closes the pipe early: tianbiao catalog | head -c 10", () => {
    // The paths go in as $0 and $1, so that the shell never has to quote them.
    const script = '"$0" "$1" catalog | head -c 10';
    const result = spawnSync("sh", ["-c", script, process.execPath, bin], { encoding: "utf8", timeout });
    expect(result.signal, "killed after the timeout").toBeNull();
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe("");
  });

  it("validates a 50 MB submission (100,000 rows and a 30 MB text)", () => {
    const submission = JSON.parse(validText);
    const rows = submission.investors as unknown[];
    submission.investors = Array.from({ length: 100_000 }, (_, index) => rows[index % rows.length]);
    submission.entityName = "甲".repeat(10_000_000);
    const input = JSON.stringify(submission);
    expect(Buffer.byteLength(input)).toBeGreaterThan(45_000_000);
    const result = run(["validate", "enterprise-1", "-"], input);
    expect(result.signal, "killed after the timeout").toBeNull();
    const problems = reportProblems(
      { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr },
      compiled1,
      "50 MB",
    );
    expect(problems).toEqual([]);
    expect(
      JSON.parse(result.stdout).errors.map((error: { path: string; rule: string }) => error.rule),
    ).toContain("maxLength");
  });
});
