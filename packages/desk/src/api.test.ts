import { describe, expect, it } from "vitest";
import { ApiError, DeskApi } from "./api";

/** A fetch that answers from a list and records each request. */
function fakeFetch(answers: Array<{ status: number; body: unknown }>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift() ?? { status: 500, body: {} };
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as unknown as typeof fetch;
  return { fetcher, calls };
}

describe("DeskApi", () => {
  it("sends the session's CSRF token with a write, asking for the session first when it has none", async () => {
    const { fetcher, calls } = fakeFetch([
      { status: 200, body: { account: { kind: "reviewer", name: "金水区" }, csrfToken: "token-1" } },
      { status: 200, body: { status: "city" } },
    ]);
    const api = new DeskApi({ fetch: fetcher });
    await api.review("id-1", "approve");
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      "GET /api/session",
      "POST /api/submissions/id-1/review",
    ]);
    const write = calls[1]?.init ?? {};
    expect((write.headers as Record<string, string>)["x-csrf-token"]).toBe("token-1");
    expect(JSON.parse(String(write.body))).toEqual({ action: "approve" });
  });

  it("reads a refusal's code and bilingual message; 401 asks to sign in again", async () => {
    const { fetcher } = fakeFetch([
      {
        status: 401,
        body: { ok: false, error: { code: "session_expired", message: { zh: "登录已过期", en: "Expired" } } },
      },
    ]);
    const error = await new DeskApi({ fetch: fetcher }).filing("x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("session_expired");
    expect((error as ApiError).signInNeeded).toBe(true);
    expect((error as ApiError).serviceMessage).toEqual({ zh: "登录已过期", en: "Expired" });
  });

  it("answers no draft, not an error, when the server has none", async () => {
    const { fetcher } = fakeFetch([{ status: 404, body: { ok: false, error: { code: "draft_not_found" } } }]);
    expect(await new DeskApi({ fetch: fetcher }).draft("enterprise-2", "2024-11")).toBeUndefined();
  });
});
