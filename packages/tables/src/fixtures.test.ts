import { describe, expect, it } from "vitest";
import { tableModules } from "./catalogue";
import { cli } from "./cli.test-helper";
import { fixtureVerdicts } from "./fixture-verdicts";

const forms = tableModules.filter((m) => m.table.kind === "form" && m.fixtures);

describe.each(forms.map((m) => [m.table.id, m] as const))("fixtures of %s", (id, module) => {
  const fixtures = module.fixtures;
  if (!fixtures) throw new Error(`${id} has no fixtures`);

  it("the valid submission passes `tianbiao validate` with exit 0", async () => {
    const { code, stdout } = await cli(["validate", id, "-"], JSON.stringify(fixtures.valid));
    expect(JSON.parse(stdout).errors).toEqual([]);
    expect(code).toBe(0);
  });

  it("the submission filled in English passes", async () => {
    const { code, stdout } = await cli(["validate", id, "-"], JSON.stringify(fixtures.english));
    expect(JSON.parse(stdout).errors).toEqual([]);
    expect(code).toBe(0);
  });

  it.each(fixtures.invalid.map((f) => [f.name, f] as const))(
    "invalid %s exits 1 with exactly its rule",
    async (_, fixture) => {
      const { code, stdout } = await cli(["validate", id, "-"], JSON.stringify(fixture.value));
      const report = JSON.parse(stdout);
      expect(
        report.errors.map((e: { rule: string; path: string }) => ({ rule: e.rule, path: e.path })),
      ).toEqual([fixture.expect]);
      expect(report.errors[0].message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(report.errors[0].message.en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(code).toBe(1);
    },
  );

  it("`tianbiao example` prints the valid submission", async () => {
    const { code, stdout } = await cli(["example", id]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(fixtures.valid);
  });

  it("`tianbiao schema` prints a JSON Schema 2020-12", async () => {
    const { code, stdout } = await cli(["schema", id]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("tianbiao validate on unreadable input", () => {
  it("exits 2 with a clear message for input that is not JSON", async () => {
    const { code, stderr, stdout } = await cli(["validate", "enterprise-1", "-"], "{not json");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/is not JSON/);
  });

  it("exits 2 naming the known tables for an unknown table", async () => {
    const { code, stderr } = await cli(["validate", "enterprise-9", "-"], "{}");
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown table "enterprise-9".*enterprise-1/);
  });

  it("exits 2 for JSON that is not an object", async () => {
    expect((await cli(["validate", "enterprise-1", "-"], "[1,2]")).code).toBe(2);
    expect((await cli(["validate", "enterprise-1", "-"], "null")).code).toBe(2);
  });

  it("exits 2 for a reference table", async () => {
    const { code, stderr } = await cli(["validate", "business-classification-2022", "-"], "{}");
    expect(code).toBe(2);
    expect(stderr).toMatch(/reference table/);
  });
});

describe("fixture verdicts", () => {
  it("give each invalid fixture exactly one error", () => {
    for (const verdict of fixtureVerdicts()) {
      if (verdict.fixture.startsWith("invalid:"))
        expect(verdict.result.errors, verdict.fixture).toHaveLength(1);
      else expect(verdict.result.ok, `${verdict.table} ${verdict.fixture}`).toBe(true);
    }
  });
});
