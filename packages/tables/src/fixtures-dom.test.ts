// @vitest-environment jsdom
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { fixtureVerdicts } from "./fixture-verdicts";

const built = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "../dist/index.js")).href;

describe("the compiled schema in a DOM environment", () => {
  it("gives every fixture the same verdict as a plain Node process", () => {
    expect(typeof window.document).toBe("object");
    const script = `import { fixtureVerdicts } from ${JSON.stringify(built)}; process.stdout.write(JSON.stringify(fixtureVerdicts()));`;
    const inNode = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" }),
    );
    const inDom = JSON.parse(JSON.stringify(fixtureVerdicts()));
    expect(inDom.length).toBeGreaterThan(20);
    expect(inDom).toEqual(inNode);
  });
});
