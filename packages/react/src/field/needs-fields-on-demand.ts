import { identifierSpecs } from "@tianbiao/codes";
import { type FormTable, walkFields } from "@tianbiao/core";

/**
 * Whether a table has a field whose component or check the embed's module script keeps in the chunk
 * of what only some tables need (fields-on-demand.ts): repeating rows or a matrix, a picker, or a code a
 * list must hold. The embed loads that chunk beside such a table's own.
 */
export function needsFieldsOnDemand(table: Pick<FormTable, "sections">): boolean {
  let found = false;
  walkFields(table, (field) => {
    if (field.kind === "rows" || field.kind === "matrix") found = true;
    else if ((field.kind === "text" || field.kind === "code") && field.picker !== undefined) found = true;
    else if (field.kind === "code" && identifierSpecs[field.codeType].list === true) found = true;
  });
  return found;
}
