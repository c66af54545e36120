import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tableModules } from "./catalogue";

const bin = join(dirname(fileURLToPath(import.meta.url)), "../bin/tianbiao.js");
const run = (args: string[], input = "") =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8" });

describe("the tianbiao command", () => {
  it("prints the catalogue as JSON", () => {
    const { status, stdout } = run(["catalog"]);
    expect(status).toBe(0);
    const { tables } = JSON.parse(stdout);
    expect(tables.length).toBe(tableModules.length);
    expect(tables[0]).toMatchObject({
      id: expect.any(String),
      title: { zh: expect.any(String), en: expect.any(String) },
    });
  });

  it("exits 0, 1 and 2 for a valid, an invalid and an unreadable submission", () => {
    const module = tableModules.find((m) => m.table.id === "enterprise-1");
    const fixtures = module?.fixtures;
    if (!fixtures) throw new Error("enterprise-1 has no fixtures");
    expect(run(["validate", "enterprise-1", "-"], JSON.stringify(fixtures.valid)).status).toBe(0);
    const invalid = fixtures.invalid[0];
    if (!invalid) throw new Error("enterprise-1 has no invalid fixture");
    const failed = run(["validate", "enterprise-1", "-"], JSON.stringify(invalid.value));
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout).errors[0].rule).toBe(invalid.expect.rule);
    const unreadable = run(["validate", "enterprise-1", "-"], "not json");
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toMatch(/not JSON/);
  });

  it("reads a submission from a file and explains a missing file", () => {
    const missing = run(["validate", "enterprise-1", "/nonexistent/submission.json"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });

  it("gives up on an endless input instead of reading forever", () => {
    const endless = spawnSync(process.execPath, [bin, "validate", "enterprise-1", "/dev/zero"], {
      encoding: "utf8",
      // A hang guard: reading forever is killed and fails below; giving up takes about a second.
      timeout: 120_000,
    });
    expect(endless.signal, "killed by the hang guard").toBeNull();
    expect(endless.status).toBe(2);
    expect(endless.stderr).toBe(
      "tianbiao: cannot read /dev/zero: it is larger than 100 MB, far more than any submission\n",
    );
  });
});
