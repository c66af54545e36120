import { compileTable, type Field, type FormTable, type Submission } from "@tianbiao/core";
import { createI18n, formatFinding } from "@tianbiao/i18n";
import { singleFieldTable } from "./single-field-table";

/**
 * The message the core and the locale give for the first finding at `path` on `values`, in Chinese and
 * English, with its message key: a component test or story checks that the form shows exactly that.
 */
export function expectedMessage(tableOrFields: FormTable | Field[], values: Submission, path: string) {
  const table = Array.isArray(tableOrFields) ? singleFieldTable(tableOrFields) : tableOrFields;
  const result = compileTable(table).validate(values);
  const finding = [...result.errors, ...result.warnings].find((f) => f.path === path);
  if (!finding) throw new Error(`No finding at ${path} for ${JSON.stringify(values)}`);
  const i18n = createI18n({ lang: "zh" });
  return {
    key: finding.messageKey,
    severity: finding.severity,
    zh: formatFinding(i18n, finding, "zh"),
    en: formatFinding(i18n, finding, "en"),
  };
}
