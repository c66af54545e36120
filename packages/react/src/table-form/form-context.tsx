import type { CompiledTable, FormTable, LangMode, Text } from "@tianbiao/core";
import type { i18n as I18n } from "i18next";
import { createContext, useContext } from "react";
import type { FormStore } from "../form-store/form-store";

export interface FormContextValue {
  table: FormTable;
  compiled: CompiledTable;
  store: FormStore;
  lang: LangMode;
  i18n: I18n;
  /** DOM id prefix, unique per form instance, so two forms on one page never share ids. */
  idPrefix: string;
  readOnly: boolean;
  /** Sets a value from an input; schedules validation. */
  change: (path: string, value: unknown) => void;
  /** Marks a field as visited so its findings show. */
  blur: (path: string) => void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error("tianbiao: a field component was rendered outside <TableForm>");
  return value;
}

/** The DOM id of the input for a path. */
export function fieldDomId(idPrefix: string, path: string): string {
  return `${idPrefix}-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The text of a bilingual label in one language (bilingual mode reads Chinese first). */
export function pick(text: Text, lang: LangMode): string {
  return lang === "en" ? text.en : text.zh;
}
