import type { CodeEntry } from "@tianbiao/codes";
import type { ChoiceOption } from "@tianbiao/core";

// Turns code lists into the option trees the forms print, so no option list is typed twice.

/** Every entry without children under `entry`, in order (the entry itself if it has none). */
export function leavesOf(entry: CodeEntry): CodeEntry[] {
  if (!entry.children || entry.children.length === 0) return [entry];
  return entry.children.flatMap(leavesOf);
}

/** One option per entry, its code as value and printed code, nested as in the list. */
export function optionsFrom(entries: readonly CodeEntry[], printCode = true): ChoiceOption[] {
  return entries.map((entry) => {
    const option: ChoiceOption = { value: entry.code, label: entry.label };
    if (printCode) option.code = entry.code;
    if (entry.children && entry.children.length > 0) option.children = optionsFrom(entry.children, printCode);
    return option;
  });
}

/** Top-level entries as headings over all of their leaves, flattened (108 登记注册类型). */
export function headingsOverLeaves(entries: readonly CodeEntry[]): ChoiceOption[] {
  return entries.map((entry) => ({
    value: entry.code,
    label: entry.label,
    children: leavesOf(entry).map((leaf) => ({ value: leaf.code, code: leaf.code, label: leaf.label })),
  }));
}
