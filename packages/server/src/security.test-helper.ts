import type { Submission } from "@tianbiao/core";
import { expect } from "vitest";
import { moduleById } from "./fixtures.test-helper";
import type { Client, StoreKind } from "./test-server.test-helper";

/** Every security test runs against both stores: the same routes over one query layer. */
export const storeKinds: readonly StoreKind[] = ["embedded", "postgres"];

/** Han characters: a zh message must hold some, not an English sentence twice. */
export const chinese = /[\u3400-\u9fff]/;

/** The 企业2表 fixture as `creditCode` files it, under its own contract number. */
export function contractFiling(
  creditCode: string,
  contractNumber: string,
  changes: Record<string, unknown> = {},
): Submission {
  return { ...moduleById("enterprise-2").fixtures.valid, creditCode, contractNumber, ...changes };
}

/** Checks that `body` is the one error shape every refusal has, with Chinese in zh. */
export function expectErrorBody(body: unknown, code?: string): void {
  expect(body).toMatchObject({
    ok: false,
    error: { code: expect.any(String), message: { zh: expect.any(String), en: expect.any(String) } },
  });
  const { error } = body as { error: { code: string; message: { zh: string; en: string } } };
  expect(error.message.zh, `zh of ${error.code}`).toMatch(chinese);
  expect(error.message.en.trim(), `en of ${error.code}`).not.toBe("");
  if (code !== undefined) expect(error.code).toBe(code);
}

/** The body of a response as JSON, or its text when it is not JSON. */
export async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends a request and checks the answer: below 500, and a refusal in the one error shape. */
export async function sendChecked(
  client: Client,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<{ status: number; body: unknown }> {
  const response = await client.request(method, path, body, headers);
  const answer = await bodyOf(response);
  const label = `${method} ${path} → ${response.status} ${JSON.stringify(answer).slice(0, 300)}`;
  expect(response.status, label).toBeLessThan(500);
  if (response.status >= 400) {
    expectErrorBody(answer);
    expect(response.headers.get("content-type"), label).toMatch(/^application\/json/);
  }
  return { status: response.status, body: answer };
}

/** JSON text of `leaf` wrapped `depth` times, as `wrap` wraps it: for bodies nested too deep. */
export function nested(depth: number, leaf: unknown, wrap: (inner: string) => string): string {
  let text = JSON.stringify(leaf);
  for (let i = 0; i < depth; i += 1) text = wrap(text);
  return text;
}
