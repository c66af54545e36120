import type { Field, FormTable, Text } from "@tianbiao/core";

export interface NamedField {
  path: string;
  code?: string;
  label: Text;
}

function walk(fields: readonly Field[], prefix: string, into: NamedField[]): void {
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.id}` : field.id;
    into.push({ path, ...(field.code ? { code: field.code } : {}), label: field.label });
    if (field.kind === "group") walk(field.fields, path, into);
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The fields a reviewer's reason names, by printed code (203) or by path (contractContent), in form
 * order; a code must stand alone, so 2030 does not name 203.
 */
export function fieldsNamed(table: FormTable, text: string): NamedField[] {
  const all: NamedField[] = [];
  for (const section of table.sections) walk(section.fields, "", all);
  return all.filter((field) => {
    const token = (s: string) =>
      new RegExp(`(^|[^0-9A-Za-z_.])${escapeRegExp(s)}($|[^0-9A-Za-z_])`).test(text);
    return (field.code !== undefined && token(field.code)) || (field.path.length > 2 && token(field.path));
  });
}
