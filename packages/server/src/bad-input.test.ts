import type { Submission } from "@tianbiao/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formModules } from "./fixtures.test-helper";
import {
  bodyOf,
  contractFiling,
  expectErrorBody,
  nested,
  sendChecked,
  storeKinds,
} from "./security.test-helper";
import {
  Client,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// Bad input never gets a 5xx, on either store, and every refusal has the one error shape with
// Chinese in zh.

const own = enterpriseJinshui.creditCode;

/** Every position in a value: each key of each object and each index of each array, by path. */
function positions(value: unknown, prefix: string[] = []): string[][] {
  const out: string[][] = prefix.length > 0 ? [prefix] : [];
  if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) out.push(...positions(child, [...prefix, key]));
  }
  return out;
}

/** A deep copy of `value` with `replacement` at `path`. */
function replaced(value: unknown, path: string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string, unknown>) };
  (copy as Record<string, unknown>)[head] = replaced(
    (value as Record<string, unknown>)[head],
    rest,
    replacement,
  );
  return copy;
}

/** Values of the wrong kind for any field: nothing, a flag, a number, text with NUL, a list, an object. */
const wrongValues: readonly unknown[] = [null, true, -1.5e300, "文本\u0000", [], {}, [{ a: "\u0000" }]];

describe.each(storeKinds)("bad input on the %s store", (kind) => {
  let server: TestServer;
  let anonymous: Client;
  let enterprise: Client;
  let reviewer: Client;
  let admin: Client;
  let filingId = "";
  /** An account the tests may change the password of. */
  let throwaway = "";

  beforeAll(async () => {
    server = await startTestServer(kind, {
      signInRateLimit: { max: 100_000, window: 60_000 },
      filingRateLimit: { max: 100_000, window: 60_000 },
    });
    anonymous = new Client(server.url);
    enterprise = await signedInClient(server.url, own);
    reviewer = await signedInClient(server.url, "jinshui");
    admin = await signedInClient(server.url, "admin");
    const filed = await enterprise.post("/api/submissions/enterprise-2", {
      values: contractFiling(own, "BAD-INPUT-1"),
    });
    expect(filed.status).toBe(201);
    filingId = ((await filed.json()) as { id: string }).id;
    // 企业3表's fixture executes this contract: registered, its filings pass the reference check.
    const contract = formModules.find((m) => m.id === "enterprise-3")?.fixtures.valid.contractNumber;
    const registered = await enterprise.post("/api/submissions/enterprise-2", {
      values: contractFiling(own, String(contract)),
    });
    expect(registered.status).toBe(201);
    throwaway = (
      await server.server.accounts.create({ kind: "admin", username: "bad-input-throwaway", name: "临时" })
    ).id;
  });
  afterAll(() => server?.close());

  describe("NUL characters", () => {
    it("in every text field of a filing", async () => {
      const valid = contractFiling(own, "BAD-NUL-0");
      const texts = positions(valid).filter(
        (path) => typeof path.reduce<unknown>((v, k) => (v as never)[k], valid) === "string",
      );
      expect(texts.length).toBeGreaterThan(10);
      for (const [i, path] of texts.entries()) {
        const values = replaced({ ...valid, contractNumber: `BAD-NUL-${i}` }, path, "前\u0000后");
        const { status, body } = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", {
          values,
        });
        expect(status, path.join(".")).toBe(400);
        expectErrorBody(body, "nul_character");
      }
      // …and in a key, a warning's explanation and a context value.
      for (const envelope of [
        { values: { ...contractFiling(own, "BAD-NUL-KEY"), "key\u0000name": "x" } },
        {
          values: contractFiling(own, "BAD-NUL-KEY"),
          warnings: [{ rule: "r", path: "p", explanation: "\u0000" }],
        },
        { values: contractFiling(own, "BAD-NUL-KEY"), context: { c: "\u0000" } },
      ]) {
        const { status } = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", envelope);
        expect(status).toBe(400);
      }
    });

    it("in every other text a route takes", async () => {
      const nul = "名\u0000称";
      const cases: Array<[Client, string, string, unknown]> = [
        [anonymous, "POST", "/api/session", { username: nul, password: nul }],
        [anonymous, "POST", "/api/session", { username: "jinshui", password: nul }],
        [reviewer, "POST", `/api/submissions/${filingId}/comments`, { body: nul }],
        [reviewer, "POST", `/api/submissions/${filingId}/review`, { action: "return", reason: nul }],
        [
          admin,
          "POST",
          "/api/accounts",
          { kind: "reviewer", username: nul, name: nul, level: "district", regionCode: "410102" },
        ],
        [
          admin,
          "POST",
          "/api/accounts",
          { kind: "admin", username: "nul-contact", name: nul, contact: { [nul]: nul } },
        ],
        [admin, "POST", "/api/accounts", { kind: "enterprise", creditCode: nul, name: "x", regionCode: nul }],
        [admin, "POST", `/api/accounts/${throwaway}/password`, { password: `${nul}-long-enough-password` }],
      ];
      for (const [client, method, path, body] of cases) {
        const { status } = await sendChecked(client, method, path, body);
        expect(status, path).toBe(400);
      }
    });

    it("half a surrogate pair, in a filing and in every other text a route takes", async () => {
      // JSON may carry "\ud800" alone; neither store's jsonb or text can keep it.
      for (const lone of ["\ud800", "\udfff", "前\udbff"]) {
        const values = { ...contractFiling(own, "BAD-SURROGATE"), contractContent: lone };
        const filed = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", { values });
        expect(filed.status).toBe(400);
        expectErrorBody(filed.body, "unpaired_surrogate");
        const cases: Array<[Client, string, string, unknown]> = [
          [reviewer, "POST", `/api/submissions/${filingId}/comments`, { body: lone }],
          [
            admin,
            "POST",
            "/api/accounts",
            { kind: "admin", username: "lone-contact", name: "x", contact: { c: lone } },
          ],
          [enterprise, "POST", "/api/submissions/enterprise-2", { values: { ...values, [lone]: "x" } }],
        ];
        for (const [client, method, path, body] of cases) {
          const { status } = await sendChecked(client, method, path, body);
          expect(status, path).toBe(400);
        }
      }
      // A whole pair, written as escapes, is a character like any other.
      const paired = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", {
        values: {
          ...contractFiling(own, "BAD-SURROGATE-PAIR"),
          contractContent: "移动端应用开发 \ud83d\ude00",
        },
      });
      expect(paired.status).toBe(201);
    });

    it("in every query parameter and path parameter", async () => {
      const queries: Array<[Client, string, string[]]> = [
        [reviewer, "/api/submissions", ["table", "period", "status", "region", "limit", "offset", "unknown"]],
        [reviewer, `/api/submissions/${filingId}/changes`, ["from", "to"]],
        [reviewer, "/api/tables/enterprise-2/submissions.csv", ["period"]],
        [admin, "/api/audit", ["actor", "action", "filing", "from", "to", "limit", "offset"]],
        [anonymous, "/api/auth/oidc/login", ["returnTo"]],
        [anonymous, "/api/tables", ["q"]],
      ];
      for (const [client, path, names] of queries) {
        for (const name of names) {
          for (const value of ["%00", "2024%0011", "%00%00%00", "%E4%00", "%C0%80"]) {
            const others = name === "from" ? "&to=1" : name === "to" ? "&from=1" : "";
            await sendChecked(client, "GET", `${path}?${name}=${value}${others}`);
          }
        }
      }
      const paths: Array<[Client, string, string]> = [
        [reviewer, "GET", "/api/submissions/%00"],
        [reviewer, "GET", "/api/submissions/%00/revisions/1"],
        [reviewer, "GET", `/api/submissions/${filingId}/revisions/%00`],
        [reviewer, "GET", "/api/submissions/%00/changes?from=1&to=2"],
        [reviewer, "POST", "/api/submissions/%00/review"],
        [reviewer, "POST", "/api/submissions/%00/comments"],
        [reviewer, "GET", "/api/tables/%00/submissions.csv"],
        [enterprise, "POST", "/api/submissions/%00"],
        [enterprise, "POST", "/api/submissions/enterprise-2%00"],
        [admin, "POST", "/api/accounts/%00/disable"],
        [anonymous, "GET", "/api/%00"],
      ];
      for (const [client, method, path] of paths) {
        const { status } = await sendChecked(client, method, path, method === "POST" ? {} : undefined);
        expect(status, path).toBeGreaterThanOrEqual(400);
      }
    });
  });

  describe("sizes and shapes", () => {
    it("refuses a huge body with 413", async () => {
      const huge = { values: { ...contractFiling(own, "BAD-HUGE"), contractContent: "长".repeat(800_000) } };
      for (const [client, path] of [
        [enterprise, "/api/submissions/enterprise-2"],
        [anonymous, "/api/session"],
        [reviewer, `/api/submissions/${filingId}/comments`],
      ] as const) {
        const { status, body } = await sendChecked(client, "POST", path, huge);
        expect(status, path).toBe(413);
        expectErrorBody(body, "payload_too_large");
      }
    });

    it("refuses deeply nested bodies", async () => {
      const bodies = [
        nested(100_000, 1, (inner) => `[${inner}]`),
        nested(100_000, 1, (inner) => `{"a":${inner}}`),
        `{"values":${nested(5_000, "x", (inner) => `{"contractContent":${inner}}`)}}`,
        `{"values":{"client":${nested(1_000, 1, (inner) => `[${inner}]`)}}}`,
      ];
      for (const [client, path] of [
        [enterprise, "/api/submissions/enterprise-2"],
        [reviewer, `/api/submissions/${filingId}/review`],
        [reviewer, `/api/submissions/${filingId}/comments`],
        [admin, "/api/accounts"],
        [anonymous, "/api/session"],
      ] as const) {
        for (const body of bodies) {
          const { status } = await sendChecked(client, "POST", path, body);
          expect(status, path).toBe(400);
        }
      }
    });

    it.each(formModules.map((m) => [m.id, m] as const))(
      "answers wrong types in every field position of %s's fixture with 201, 409 or 422 (400 for NUL)",
      async (id, module) => {
        const valid = {
          ...module.fixtures.valid,
          ...("creditCode" in module.fixtures.valid ? { creditCode: own } : {}),
        } as Submission;
        const wrong: string[] = [];
        for (const path of positions(valid)) {
          for (const value of wrongValues) {
            const response = await enterprise.post(`/api/submissions/${id}`, {
              values: replaced(valid, path, value),
              ...(module.fixtures.context === undefined ? {} : { context: module.fixtures.context }),
            });
            const answer = await bodyOf(response);
            const expected = JSON.stringify(value).includes("\\u0000") ? [400] : [201, 409, 422];
            if (!expected.includes(response.status)) {
              wrong.push(`${path.join(".")} = ${JSON.stringify(value)} → ${response.status}`);
            } else if (response.status !== 201) expectErrorBody(answer);
          }
        }
        expect(wrong).toEqual([]);
      },
    );

    it("answers wrong types in every field of the other routes' bodies with 400", async () => {
      const bodies: Array<[Client, string, Record<string, unknown>]> = [
        [anonymous, "/api/session", { username: "jinshui", password: "not-the-password" }],
        [reviewer, `/api/submissions/${filingId}/review`, { action: "return", reason: "请核对。" }],
        [reviewer, `/api/submissions/${filingId}/comments`, { body: "请核对。" }],
        [
          admin,
          "/api/accounts",
          {
            kind: "reviewer",
            username: "typed-right",
            name: "测试",
            level: "district",
            regionCode: "410102",
            contact: { person: "王" },
            password: "long-enough-password",
          },
        ],
        [admin, `/api/accounts/${throwaway}/password`, { password: "long-enough-password" }],
      ];
      for (const [client, path, valid] of bodies) {
        for (const key of Object.keys(valid)) {
          // Fastify's validator reads a scalar as text where text is asked for ({ body: 12 } is "12"),
          // so scalars need only not break anything; a list or an object in a text field is a 400.
          for (const value of [null, true, 12])
            await sendChecked(client, "POST", path, { ...valid, [key]: value });
          for (const value of [[], {}, [{}]]) {
            if (key === "contact" && !Array.isArray(value)) continue;
            const { status } = await sendChecked(client, "POST", path, { ...valid, [key]: value });
            expect(status, `${path} ${key}=${JSON.stringify(value)}`).toBe(400);
          }
        }
        for (const body of [null, [], 12, "text", true]) {
          const { status } = await sendChecked(client, "POST", path, JSON.stringify(body));
          expect(status, `${path} ${JSON.stringify(body)}`).toBe(400);
        }
      }
      for (const body of [
        null,
        [],
        12,
        "text",
        true,
        { values: [] },
        { values: "x" },
        { values: {}, warnings: "x" },
      ]) {
        const { status } = await sendChecked(
          enterprise,
          "POST",
          "/api/submissions/enterprise-2",
          JSON.stringify(body),
        );
        expect([400, 422], JSON.stringify(body)).toContain(status);
      }
      for (const context of [
        [],
        "x",
        { a: {} },
        { a: [1] },
        Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i])),
      ]) {
        const { status } = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", {
          values: contractFiling(own, "BAD-CONTEXT"),
          context,
        });
        expect(status, JSON.stringify(context).slice(0, 50)).toBe(400);
      }
    });
  });

  describe("tables, sessions and headers", () => {
    it("answers unknown and reference tables with 404 and 400", async () => {
      const long = "t".repeat(300);
      const cases: Array<[Client, string, string, number]> = [
        [enterprise, "POST", "/api/submissions/no-such-table", 404],
        [enterprise, "POST", "/api/submissions/..%2F..%2Fetc%2Fpasswd", 404],
        [enterprise, "POST", `/api/submissions/${long}`, 414],
        [enterprise, "POST", "/api/submissions/%E0%A4%A", 400],
        [reviewer, "GET", "/api/submissions/%", 400],
        [reviewer, "GET", `/api/submissions/${long}`, 414],
        [enterprise, "POST", "/api/submissions/constructor", 404],
        [enterprise, "POST", "/api/submissions/__proto__", 404],
        [enterprise, "POST", "/api/submissions/gazette-outsourcing-scope", 400],
        [reviewer, "GET", "/api/tables/no-such-table/submissions.csv", 404],
        [reviewer, "GET", "/api/tables/__proto__/submissions.csv", 404],
        [reviewer, "GET", "/api/tables/gazette-outsourcing-scope/submissions.csv", 400],
        [reviewer, "GET", "/api/submissions?table=no-such-table", 404],
        [reviewer, "GET", "/api/submissions?table=__proto__", 404],
      ];
      for (const [client, method, path, expected] of cases) {
        const { status } = await sendChecked(
          client,
          method,
          path,
          method === "POST" ? { values: {} } : undefined,
        );
        expect(status, path).toBe(expected);
      }
    });

    it("treats forged, malformed and expired session cookies as nobody", async () => {
      const cookies = [
        "tianbiao.sid=forged",
        "tianbiao.sid=s%3Aforged.c2lnbmF0dXJl",
        "tianbiao.sid=%E0%A4%A",
        "tianbiao.sid=%00",
        `tianbiao.sid=${"x".repeat(4000)}`,
        "tianbiao.sid=a; tianbiao.sid=b",
        `${enterprise.sessionCookie}x`,
      ];
      for (const cookie of cookies) {
        const client = new Client(server.url);
        client.setSessionCookie(cookie);
        const read = await sendChecked(client, "GET", "/api/submissions");
        expect(read.status, cookie).toBe(401);
        const write = await sendChecked(client, "POST", "/api/submissions/enterprise-2", {
          values: contractFiling(own, "BAD-COOKIE"),
        });
        expect(write.status, cookie).toBe(401);
      }

      // A session the store holds as expired, and one whose account no longer exists.
      const { db } = server.store;
      const ofAccount = (id: unknown) => sql<boolean>`data @> ${JSON.stringify({ accountId: id })}::jsonb`;
      const expiring = await signedInClient(server.url, "erqi");
      await db
        .updateTable("sessions")
        .set({ expires_at: new Date(0) })
        .where(ofAccount(expiring.account?.id))
        .execute();
      expect((await sendChecked(expiring, "GET", "/api/submissions")).status).toBe(401);
      const comment = await sendChecked(expiring, "POST", `/api/submissions/${filingId}/comments`, {
        body: "x",
      });
      expect(comment.status).toBe(401);

      const orphan = await signedInClient(server.url, "erqi");
      await db
        .updateTable("sessions")
        .set({
          data: JSON.stringify({ accountId: "00000000-0000-4000-8000-000000000000", signedInAt: Date.now() }),
        })
        .where(ofAccount(orphan.account?.id))
        .execute();
      expect((await sendChecked(orphan, "GET", "/api/submissions")).status).toBe(401);
    });

    it("refuses a cookie-authenticated write without the CSRF token, and any write without a session", async () => {
      const writes: Array<[Client, string, string, unknown]> = [
        [enterprise, "POST", "/api/submissions/enterprise-2", { values: contractFiling(own, "BAD-CSRF") }],
        [reviewer, "POST", `/api/submissions/${filingId}/review`, { action: "approve" }],
        [reviewer, "POST", `/api/submissions/${filingId}/comments`, { body: "请核对。" }],
        [admin, "POST", "/api/accounts", { kind: "admin", username: "csrf-less", name: "x" }],
        [admin, "POST", `/api/accounts/${reviewer.account?.id}/disable`, {}],
        [reviewer, "DELETE", "/api/session", undefined],
      ];
      for (const [client, method, path, body] of writes) {
        const token = client.csrf;
        client.csrf = undefined;
        const missing = await sendChecked(client, method, path, body).finally(() => {
          client.csrf = token;
        });
        expect(missing.status, path).toBe(403);
        expectErrorBody(missing.body, "csrf_invalid");
        const nobody = await sendChecked(new Client(server.url), method, path, body);
        expect(nobody.status, path).toBe(method === "DELETE" ? 204 : 401);
      }
      // Still signed in and unchanged: none of the refused writes happened.
      expect((await reviewer.get("/api/session")).status).toBe(200);
    });

    it("refuses bodies that are not JSON, and JSON that does not parse", async () => {
      const valid = JSON.stringify({ values: contractFiling(own, "BAD-TYPE") });
      for (const type of [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "application/octet-stream",
        "application/json-patch+json",
        "text/json",
        "",
      ]) {
        const { status } = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", valid, {
          "content-type": type,
        });
        expect(status, type).toBe(415);
      }
      for (const text of [
        "",
        "{",
        '{"values": }',
        "{'values': {}}",
        "\u0000",
        '{"values": {"a": 1}} trailing',
        "NaN",
        '{"values": {},}',
      ]) {
        const { status, body } = await sendChecked(
          enterprise,
          "POST",
          "/api/submissions/enterprise-2",
          text,
          {
            "content-type": "application/json",
          },
        );
        expect(status, JSON.stringify(text)).toBe(400);
        expectErrorBody(body);
      }
      for (const path of ["/api/session", `/api/submissions/${filingId}/comments`]) {
        const { status } = await sendChecked(reviewer, "POST", path, "{", {
          "content-type": "application/json",
        });
        expect(status, path).toBe(400);
      }
    });

    it("refuses __proto__ and constructor.prototype keys without polluting anything", async () => {
      const bodies = [
        `{"__proto__": {"polluted": true}, "values": ${JSON.stringify(contractFiling(own, "BAD-PROTO-1"))}}`,
        `{"values": {"__proto__": {"polluted": true}, "contractNumber": "BAD-PROTO-2"}}`,
        `{"values": {"constructor": {"prototype": {"polluted": true}}}}`,
        `{"values": {"provider": {"__proto__": {"polluted": true}}}}`,
      ];
      for (const body of bodies) {
        const { status } = await sendChecked(enterprise, "POST", "/api/submissions/enterprise-2", body);
        expect(status, body.slice(0, 60)).toBeGreaterThanOrEqual(400);
      }
      for (const [client, path] of [
        [anonymous, "/api/session"],
        [reviewer, `/api/submissions/${filingId}/review`],
        [admin, "/api/accounts"],
      ] as const) {
        const { status } = await sendChecked(client, "POST", path, '{"__proto__": {"polluted": true}}');
        expect(status, path).toBe(400);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it("answers unknown routes and methods in the error shape", async () => {
      for (const [method, path] of [
        ["GET", "/api/nothing-here"],
        ["PUT", "/api/tables"],
        ["PATCH", `/api/submissions/${filingId}`],
        ["DELETE", `/api/submissions/${filingId}`],
        ["OPTIONS", "/api/submissions"],
      ] as const) {
        const { status } = await sendChecked(admin, method, path);
        expect(status, `${method} ${path}`).toBeGreaterThanOrEqual(method === "OPTIONS" ? 200 : 400);
      }
    });
  });
});
