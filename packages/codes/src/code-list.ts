import type { CodeEntry, CodeList } from "./types";

/** The entry with this code anywhere in the list (depth first), or undefined. */
export function findCodeEntry(list: Pick<CodeList, "entries">, code: string): CodeEntry | undefined {
  const search = (entries: CodeEntry[]): CodeEntry | undefined => {
    for (const entry of entries) {
      if (entry.code === code) return entry;
      const found = entry.children && search(entry.children);
      if (found) return found;
    }
    return undefined;
  };
  return search(list.entries);
}

/** The entries without children, in document order: the selectable options of a nested list. */
export function leafEntries(list: Pick<CodeList, "entries">): CodeEntry[] {
  const leaves: CodeEntry[] = [];
  const walk = (entries: CodeEntry[]) => {
    for (const entry of entries) {
      if (entry.children?.length) walk(entry.children);
      else leaves.push(entry);
    }
  };
  walk(list.entries);
  return leaves;
}
