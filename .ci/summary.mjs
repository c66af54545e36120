// Adds up the JSON reports every vitest run wrote and prints one closing line for the whole suite.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dirs = [".", ...["packages", "apps"].flatMap((d) => readdirSync(join(root, d)).map((n) => join(d, n)))];
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const dir of dirs) {
  for (const name of ["vitest.json", "vitest-e2e.json"]) {
    const file = join(root, dir, "test-results", name);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
    const label = `${dir === "." ? "storybook" : dir}${name === "vitest-e2e.json" ? " (browser)" : ""}`;
    rows.push(`  ${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
console.log(["tests by workspace:", ...rows].join("\n"));
if (skipped > 0) {
  console.log(`${skipped} tests were skipped: skipped tests must not reach main`);
  process.exitCode = 1;
}
if (passed === 0) {
  console.log("no test ran");
  process.exitCode = 1;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (failed > 0) process.exitCode = 1;
