import { zh } from "./locales/zh";
import type { ResourceTree } from "./resources";

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const interpolation = /\{\{\s*([^,}\s]+)[^}]*\}\}/g;

/** Every string of a resource tree by its dotted key. */
export function flattenResources(tree: ResourceTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flattenResources(value, path)) out.set(k, v);
  }
  return out;
}

/** The interpolation parameter names a translation string uses, sorted and unique. */
export function interpolationParams(text: string): string[] {
  return [...new Set([...text.matchAll(interpolation)].map((m) => m[1] as string))].sort();
}

// Plural forms (`x_one`, `x_other`) count as one key `x`; their parameters are pooled.
function keyParams(tree: ResourceTree): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of flattenResources(tree)) {
    const base = key.replace(pluralSuffix, "");
    const params = out.get(base) ?? new Set<string>();
    for (const p of interpolationParams(text)) params.add(p);
    out.set(base, params);
  }
  return out;
}

/**
 * What a locale lacks or adds compared with a reference locale (Chinese by default): missing keys,
 * extra keys and interpolation parameters that differ. An empty list means the locale is complete.
 */
export function checkLocale(resources: object, reference: object = zh): string[] {
  const expected = keyParams(reference as ResourceTree);
  const actual = keyParams(resources as ResourceTree);
  const problems: string[] = [];
  for (const [key, params] of expected) {
    const got = actual.get(key);
    if (!got) {
      problems.push(`missing key ${key}`);
      continue;
    }
    const want = [...params].sort().join(", ");
    const have = [...got].sort().join(", ");
    if (want !== have) problems.push(`key ${key} uses {${have}} instead of {${want}}`);
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`extra key ${key}`);
  return problems;
}
