import type { Bilingual } from "./messages";

/** An answer other than success, with its bilingual message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly bilingual: Bilingual,
    readonly headers: Record<string, string> = {},
  ) {
    super(bilingual.en);
  }
}

/** The body of every error answer. */
export function errorBody(
  code: string,
  message: Bilingual,
): { ok: false; error: { code: string; message: Bilingual } } {
  return { ok: false, error: { code, message } };
}
