import type { ChoiceOption, Field } from "@tianbiao/core";
import { joinDate } from "../date-field/date-parts";

/** A cell the paste leaves as it was: its kind is not one a spreadsheet cell can fill (an amount with its currency). */
export const KEEP = Symbol("keep");

/**
 * The value a pasted cell's text gives a field, as the field's own input would store it when typed:
 * trimmed text for text, numbers and codes; a date as Y-M-D; a choice by its value, code or label in
 * either language. An empty cell clears the field, as in a spreadsheet.
 */
export function valueFromText(field: Field, text: string): unknown | typeof KEEP {
  const typed = text.trim();
  switch (field.kind) {
    case "text":
    case "longText":
    case "integer":
    case "decimal":
    case "code":
      return typed === "" ? undefined : typed;
    case "date":
      return typed === "" ? undefined : joinDate(typed.split(/[^0-9０-９]+/).filter((part) => part !== ""));
    case "choice": {
      if (typed === "") return undefined;
      if (!field.multiple) return optionValue(field.options, typed) ?? typed;
      return typed
        .split(/[,，、;；]/)
        .map((part) => part.trim())
        .filter((part) => part !== "")
        .map((part) => optionValue(field.options, part) ?? part);
    }
    case "yesNo": {
      const answer = typed.toLowerCase();
      if (answer === "") return undefined;
      if (["是", "yes", "y", "true", "1"].includes(answer)) return true;
      if (["否", "no", "n", "false", "2"].includes(answer)) return false;
      return KEEP;
    }
    default:
      return KEEP;
  }
}

function optionValue(options: ChoiceOption[], typed: string): string | undefined {
  const wanted = typed.toLowerCase();
  // "1．线上培训" and "1. Online" as printed: the code before the point names the option.
  const leadingCode = /^([0-9A-Za-z]+)\s*[.．、]/.exec(typed)?.[1];
  for (const option of flat(options)) {
    if (
      option.value === typed ||
      option.code === typed ||
      option.label.zh === typed ||
      option.label.en.toLowerCase() === wanted ||
      (leadingCode !== undefined && (option.code === leadingCode || option.value === leadingCode))
    )
      return option.value;
  }
  return undefined;
}

function flat(options: ChoiceOption[]): ChoiceOption[] {
  return options.flatMap((option) => (option.children ? flat(option.children) : [option]));
}
