import type { Finding, Submission } from "@tianbiao/core";
import { messagesFor } from "@tianbiao/i18n";
import { HttpError } from "./errors";
import { apiMessages, type Bilingual } from "./messages";

/** A warning the server found, with the filer's answer to it. */
export interface StoredWarning {
  path: string;
  code?: string;
  rule: string;
  message: Bilingual;
  /** The filer confirmed the value as correct. */
  confirmed: boolean;
  /** The filer's explanation, "" when none was given. */
  explanation: string;
}

/** The filer's answer to one warning, as the form sends it. */
export interface WarningResponse {
  rule: string;
  path: string;
  confirmed?: boolean;
  explanation?: string;
}

/** A finding as the API reports it. */
export interface ApiFinding {
  path: string;
  code?: string;
  rule: string;
  message: Bilingual;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isWarningResponse(value: unknown): value is WarningResponse {
  return (
    isPlainObject(value) &&
    typeof value.rule === "string" &&
    typeof value.path === "string" &&
    (value.confirmed === undefined || typeof value.confirmed === "boolean") &&
    (value.explanation === undefined || typeof value.explanation === "string")
  );
}

const envelopeKeys = new Set(["values", "warnings", "context"]);
/** Far deeper than any table nests (rows in groups in rows…); deeper input would overflow JSON.stringify. */
export const maxNesting = 64;

/** Whether arrays and objects nest at most `limit` levels deep; iterative, so any input is safe. */
export function nestsWithin(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > limit) return false;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return true;
}

/** A lone half of a surrogate pair: JSON can carry it, neither store's jsonb can keep it. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether every key and text in a parsed JSON value is well-formed UTF-16; iterative, any depth. */
export function wellFormed(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (loneSurrogate.test(node)) return false;
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (loneSurrogate.test(key)) return false;
        stack.push(child);
      }
    }
  }
  return true;
}

const maxContextKeys = 50;

function isContext(value: unknown): value is Record<string, string | number | boolean> {
  if (!isPlainObject(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length <= maxContextKeys &&
    entries.every(
      ([, v]) =>
        typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v)),
    )
  );
}

/** A posted submission, taken apart. */
export interface PostedSubmission {
  values: Submission;
  responses: WarningResponse[];
  /** Values the host supplies at fill time, as the form was given them (the table's fixtures name them). */
  context: Record<string, string | number | boolean>;
}

/**
 * Reads a posted body: `{ values, warnings?, context? }`, or a bare submission. It is the envelope
 * when `values` is an object and no key but those three is present.
 */
export function unwrapSubmission(body: unknown): PostedSubmission {
  if (!isPlainObject(body)) throw new HttpError(400, "not_an_object", apiMessages.notAnObject());
  if (!nestsWithin(body, maxNesting)) throw new HttpError(400, "too_deep", apiMessages.tooDeep(maxNesting));
  const envelope = isPlainObject(body.values) && Object.keys(body).every((key) => envelopeKeys.has(key));
  if (!envelope) return { values: body, responses: [], context: {} };
  const warnings = body.warnings ?? [];
  if (!Array.isArray(warnings) || !warnings.every(isWarningResponse)) {
    throw new HttpError(400, "invalid_warnings", apiMessages.invalidWarnings());
  }
  const context = body.context ?? {};
  if (!isContext(context))
    throw new HttpError(400, "invalid_context", apiMessages.invalidContext(maxContextKeys));
  return { values: body.values as Submission, responses: warnings, context };
}

/** A finding with its message in Chinese and English. */
export function toApiFinding(finding: Finding): ApiFinding {
  const code = finding.code === undefined || finding.code === "" ? {} : { code: finding.code };
  return { path: finding.path, ...code, rule: finding.rule, message: messagesFor(finding) };
}

/** The server's warnings, each with the filer's answer to it where one was sent. */
export function storedWarnings(
  warnings: readonly Finding[],
  responses: readonly WarningResponse[],
): StoredWarning[] {
  return warnings.map((finding) => {
    const answer = responses.find((r) => r.rule === finding.rule && r.path === finding.path);
    return {
      ...toApiFinding(finding),
      confirmed: answer?.confirmed === true,
      explanation: answer?.explanation?.trim() ?? "",
    };
  });
}

/** The report period a submission states in its `reportPeriod` field, or null. */
export function periodOf(values: Submission): string | null {
  const period = values.reportPeriod;
  if (typeof period === "number" && Number.isFinite(period)) return String(period);
  return typeof period === "string" && period.trim() !== "" ? period.trim() : null;
}
