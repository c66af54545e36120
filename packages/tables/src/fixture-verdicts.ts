import { compileTable, type FormTable, type ValidationResult } from "@tianbiao/core";
import { tableModules } from "./catalogue";

export interface Verdict {
  table: string;
  fixture: string;
  result: ValidationResult;
}

/** Validates every fixture of every form table; shared by the Node and the DOM test runs. */
export function fixtureVerdicts(): Verdict[] {
  const out: Verdict[] = [];
  for (const module of tableModules) {
    if (module.table.kind !== "form" || !module.fixtures) continue;
    const compiled = compileTable(module.table as FormTable, { context: module.fixtures.context });
    out.push({ table: module.table.id, fixture: "valid", result: compiled.validate(module.fixtures.valid) });
    out.push({
      table: module.table.id,
      fixture: "english",
      result: compiled.validate(module.fixtures.english),
    });
    for (const invalid of module.fixtures.invalid) {
      out.push({
        table: module.table.id,
        fixture: `invalid:${invalid.name}`,
        result: compiled.validate(invalid.value),
      });
    }
  }
  return out;
}
