import type { ListRules } from "./list-checks";

// list-checks.ts for the embed's module script (its build puts this module in that one's place):
// the checks that read a code list arrive with the chunk of the fields only some tables have, which
// the embed loads beside such a table's chunk and before the form first renders or validates.

/** The checks so far: none until that chunk has run. */
export const listRules: Partial<ListRules> = {};

/** Called by that chunk with list-checks.ts's own checks. */
export function provideListRules(rules: Partial<ListRules>): void {
  Object.assign(listRules, rules);
}
