import type { IncomingMessage, ServerResponse } from "node:http";
import { apiMessages } from "./api-messages";
import type { Bilingual } from "./store";

/** Sent with every response of the portal, pages and API alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
}

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

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(
    res,
    error.status,
    { ok: false, error: { code: error.code, message: error.bilingual } },
    error.headers,
  );
}

const mebibyte = 1024 * 1024;

function sizeLabel(bytes: number): string {
  return bytes % mebibyte === 0 ? `${bytes / mebibyte} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

function tooLarge(limit: number): HttpError {
  // The rest of the body is not read; closing the connection keeps it from being taken as a request.
  return new HttpError(413, "payload_too_large", apiMessages.payloadTooLarge(sizeLabel(limit)), {
    connection: "close",
  });
}

/** Rejects anything but a JSON body in UTF-8 (the charset may be absent). */
export function requireJson(req: IncomingMessage): void {
  const header = req.headers["content-type"] ?? "";
  const [type = "", ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  const charset = params.find((param) => param.startsWith("charset="))?.slice("charset=".length);
  const utf8 = charset === undefined || ["utf-8", "utf8", '"utf-8"'].includes(charset);
  if (type !== "application/json" || !utf8) {
    throw new HttpError(415, "unsupported_media_type", apiMessages.unsupportedMediaType());
  }
}

/**
 * Reads the body, at most `limit` bytes; a declared or actual larger body is a 413. Past the limit
 * the rest is read and dropped rather than the socket destroyed, so the client still gets the 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on("data", (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!failed) resolve(Buffer.concat(chunks, size));
    });
    req.on("error", reject);
    req.on("close", () => {
      if (!req.complete) reject(new Error("The client closed the connection before sending the whole body"));
    });
  });
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Parses a JSON body; bytes that are not UTF-8 or text that is not JSON are a 400. */
export function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch {
    throw new HttpError(400, "invalid_json", apiMessages.invalidJson());
  }
}
