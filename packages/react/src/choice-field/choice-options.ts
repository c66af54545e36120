import type { ChoiceField, ChoiceOption, Text } from "@tianbiao/core";

/** Above this many selectable options a single choice becomes a searchable select. */
export const SEARCHABLE_FROM = 13;

export type ChoiceMode = "radio" | "checkbox" | "select" | "combobox";

/** The selectable options (headings with children are not selectable), in form order. */
export function leafOptions(options: readonly ChoiceOption[]): ChoiceOption[] {
  const out: ChoiceOption[] = [];
  const walk = (list: readonly ChoiceOption[]) => {
    for (const option of list) {
      if (option.children?.length) walk(option.children);
      else out.push(option);
    }
  };
  walk(options);
  return out;
}

/**
 * How a choice renders. A multiple choice is always a checkbox group: every box and every choice stays in
 * view, as on paper, and needs no script to read. A single choice is a radio group up to 12 options; with
 * more (or `display: "select"`) it is a searchable combobox, except a short list asked for as a select,
 * which is a native <select>: nothing to search, and native selects are what screen readers and phones
 * handle best.
 */
export function choiceMode(field: ChoiceField): ChoiceMode {
  if (field.multiple) return "checkbox";
  const long = leafOptions(field.options).length >= SEARCHABLE_FROM;
  if (field.display === "radio" || field.display === "checkbox") return "radio";
  if (field.display === "select") return long ? "combobox" : "select";
  return long ? "combobox" : "radio";
}

/** The sibling path of the "other: ____" text: the last segment plus "Other" (`a.b.type` → `a.b.typeOther`). */
export function otherPath(path: string): string {
  const cut = path.lastIndexOf(".");
  return cut < 0 ? `${path}Other` : `${path.slice(0, cut + 1)}${path.slice(cut + 1)}Other`;
}

/** The option with a value, searched through headings. */
export function findOption(options: readonly ChoiceOption[], value: string): ChoiceOption | undefined {
  for (const option of options) {
    if (option.value === value && !option.children?.length) return option;
    const inner = option.children ? findOption(option.children, value) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** A selectable option with the headings above it (outermost first). */
export interface FlatOption {
  option: ChoiceOption;
  headings: ChoiceOption[];
}

/** Every selectable option with its headings, for a flat list (a listbox, a native select). */
export function flatOptions(options: readonly ChoiceOption[]): FlatOption[] {
  const out: FlatOption[] = [];
  const walk = (list: readonly ChoiceOption[], headings: ChoiceOption[]) => {
    for (const option of list) {
      if (option.children?.length) walk(option.children, [...headings, option]);
      else out.push({ option, headings });
    }
  };
  walk(options, []);
  return out;
}

/** Options that share the same headings, in order: one labelled group each (no headings → no group label). */
export interface OptionGroup {
  key: string;
  headings: ChoiceOption[];
  options: ChoiceOption[];
}

export function groupOptions(flat: readonly FlatOption[]): OptionGroup[] {
  const groups: OptionGroup[] = [];
  for (const { option, headings } of flat) {
    const key = headings.map((heading) => heading.value).join("\u0000");
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.options.push(option);
    else groups.push({ key, headings, options: [option] });
  }
  return groups;
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Whether an option (its code, Chinese or English label, or a heading's) matches what the filer typed. */
export function matches(entry: FlatOption, query: string): boolean {
  const wanted = fold(query);
  if (wanted === "") return true;
  const texts = [entry.option, ...entry.headings].flatMap((option) => [
    option.code ? `${option.code} ${option.label.zh}` : option.label.zh,
    option.label.en,
  ]);
  return texts.some((text) => fold(text).includes(wanted));
}

/** "110 国有": the printed code before the label, in one language. */
export function optionText(option: ChoiceOption, text: (label: Text) => string): string {
  return option.code ? `${option.code} ${text(option.label)}` : text(option.label);
}
