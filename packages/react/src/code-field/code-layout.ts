import { identifierSpecs } from "@tianbiao/codes";
import type { CodeField } from "@tianbiao/core";

/** The printed box groups and the total length of a code field: the field's own groups, else the code's. */
export function codeLayout(field: Pick<CodeField, "codeType" | "groups">): {
  groups: number[];
  length: number;
} {
  const spec = identifierSpecs[field.codeType];
  const groups = field.groups ?? spec.groups ?? (spec.length ? [spec.length] : []);
  const length = spec.length ?? groups.reduce((sum, size) => sum + size, 0);
  return { groups, length };
}
