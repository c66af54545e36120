import type { LocaleResources, ResourceTree } from "../resources";
import { en } from "./en";

// A pseudo-locale for tests: English with accented letters in brackets, so a string that bypasses
// i18n, or a layout that clips longer text, stands out. Interpolations are kept as they are.
const accents: Record<string, string> = {
  a: "á",
  c: "ç",
  e: "é",
  i: "í",
  n: "ñ",
  o: "ó",
  s: "š",
  u: "ú",
  y: "ý",
  A: "Á",
  E: "É",
  O: "Ó",
  S: "Š",
  U: "Ú",
};

function pseudo(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\})/);
  const accented = parts.map((part) =>
    part.startsWith("{{") ? part : part.replace(/[a-zA-Z]/g, (ch) => accents[ch] ?? ch),
  );
  return `⟦${accented.join("")}⟧`;
}

function pseudoTree(tree: ResourceTree): ResourceTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === "string" ? pseudo(value) : pseudoTree(value),
    ]),
  );
}

/** The "xx" test language: every English string pseudo-localised. */
export const testXx = pseudoTree(en as unknown as ResourceTree) as unknown as LocaleResources;
