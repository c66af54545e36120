import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import {
  Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// The audit trail: who did what, when, from where, to which filing; append-only; never the
// respondent's data.

interface Entry {
  id: number;
  at: string;
  actor: string | null;
  actorId: string | null;
  action: string;
  filingId: string | null;
  accountId: string | null;
  address: string | null;
  detail: Record<string, unknown>;
}

const own = enterpriseJinshui.creditCode;
/** Stands for what a respondent wrote: it must never reach the audit trail or an error answer. */
const secret = "仅供统计使用的合同内容-7F3A9C";

describe.each(storeKinds)("the audit trail on the %s store", (kind) => {
  let server: TestServer;
  let admin: Client;
  let enterprise: Client;
  let filingId = "";
  /** Every error body this file saw, to look for the respondent's text in. */
  const errorBodies: unknown[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind, { signInRateLimit: { max: 10_000, window: 60_000 } });
    admin = await signedInClient(server.url, "admin");
    enterprise = await signedInClient(server.url, own);
    const filed = await enterprise.post("/api/submissions/enterprise-2", {
      values: contractFiling(own, "AUDIT-1", { contractContent: `${secret}：软件开发及运维服务。` }),
    });
    expect(filed.status).toBe(201);
    filingId = ((await filed.json()) as { id: string }).id;
  });
  afterAll(() => server?.close());

  async function entries(query = ""): Promise<{ items: Entry[]; total: number }> {
    const response = await admin.get(`/api/audit?limit=500${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as { items: Entry[]; total: number };
  }

  /** The entries after `since` (an id), oldest first. */
  async function entriesAfter(since: number): Promise<Entry[]> {
    return (await entries()).items.filter((e) => e.id > since).reverse();
  }

  async function lastId(): Promise<number> {
    return (await entries()).items[0]?.id ?? 0;
  }

  function expectWhoWhenWhere(entry: Entry | undefined, actor: string, from: Date, to: Date): void {
    expect(entry, "entry").toBeDefined();
    expect(entry?.actor).toBe(actor);
    expect(entry?.address).toBe("127.0.0.1");
    const at = new Date(entry?.at ?? 0).getTime();
    expect(at).toBeGreaterThanOrEqual(from.getTime());
    expect(at).toBeLessThanOrEqual(to.getTime());
  }

  it("records sign-in, failed sign-in and sign-out with actor, time and address", async () => {
    const since = await lastId();
    const from = new Date();
    const wrong = await new Client(server.url).post("/api/session", {
      username: "jinshui",
      password: "not-the-password",
    });
    expect(wrong.status).toBe(401);
    errorBodies.push(await wrong.json());
    const unknown = await new Client(server.url).post("/api/session", {
      username: "nobody-by-this-name",
      password: "not-the-password",
    });
    expect(unknown.status).toBe(401);
    errorBodies.push(await unknown.json());
    const reviewer = await signedInClient(server.url, "jinshui");
    const reviewerId = reviewer.account?.id;
    const out = await reviewer.request("DELETE", "/api/session");
    expect(out.status).toBe(204);
    const to = new Date();

    const seen = await entriesAfter(since);
    expect(seen.map((e) => [e.action, e.actor])).toEqual([
      ["sign-in.failed", "jinshui"],
      ["sign-in.failed", "nobody-by-this-name"],
      ["sign-in", "jinshui"],
      ["sign-out", "jinshui"],
    ]);
    for (const entry of seen) expectWhoWhenWhere(entry, entry.actor ?? "", from, to);
    expect(seen[0]?.accountId).toBe(reviewerId);
    expect(seen[0]?.actorId).toBeNull();
    expect(seen[2]?.actorId).toBe(reviewerId);
    expect(seen[3]?.actorId).toBe(reviewerId);
  });

  it("records every reviewer read of a filing, each review action, comment and export", async () => {
    const jinshui = await signedInClient(server.url, "jinshui");
    const zhengzhou = await signedInClient(server.url, "zhengzhou");
    const since = await lastId();
    const from = new Date();
    const steps: Array<[Client, string, string, unknown?]> = [
      [jinshui, "GET", `/api/submissions/${filingId}`],
      [jinshui, "GET", `/api/submissions/${filingId}/revisions/1`],
      [jinshui, "GET", `/api/submissions/${filingId}/changes?from=1&to=1`],
      [jinshui, "POST", `/api/submissions/${filingId}/comments`, { body: "请补充合同附件。" }],
      [jinshui, "POST", `/api/submissions/${filingId}/review`, { action: "approve" }],
      [zhengzhou, "GET", `/api/submissions/${filingId}`],
      [zhengzhou, "POST", `/api/submissions/${filingId}/review`, { action: "return", reason: "附件不全。" }],
      [zhengzhou, "GET", "/api/tables/enterprise-2/submissions.csv"],
    ];
    for (const [client, method, path, body] of steps) {
      const response = await client.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBeLessThan(300);
    }
    // The filer reading its own filing is not a reviewer's read.
    expect((await enterprise.get(`/api/submissions/${filingId}`)).status).toBe(200);
    const to = new Date();

    const seen = await entriesAfter(since);
    expect(seen.map((e) => [e.actor, e.action])).toEqual([
      ["jinshui", "filing.read"],
      ["jinshui", "filing.read"],
      ["jinshui", "filing.read"],
      ["jinshui", "filing.comment"],
      ["jinshui", "filing.approve"],
      ["zhengzhou", "filing.read"],
      ["zhengzhou", "filing.return"],
      ["zhengzhou", "export"],
    ]);
    for (const entry of seen) expectWhoWhenWhere(entry, entry.actor ?? "", from, to);
    for (const entry of seen.slice(0, 7)) expect(entry.filingId).toBe(filingId);
    expect(seen[4]?.detail).toMatchObject({ level: "district", status: "city" });
    expect(seen[6]?.detail).toMatchObject({ level: "city", status: "returned" });
    expect(seen[7]?.detail).toMatchObject({ table: "enterprise-2", format: "csv", filings: 1 });
  });

  it("records every account change with the account it concerns", async () => {
    const since = await lastId();
    const from = new Date();
    const created = await admin.post("/api/accounts", {
      kind: "reviewer",
      username: "audit-target",
      name: "中原区商务局",
      level: "district",
      regionCode: "410102",
    });
    expect(created.status).toBe(201);
    const accountId = ((await created.json()) as { id: string }).id;
    for (const [path, body] of [
      ["disable", undefined],
      ["enable", undefined],
      ["password", { password: "a-new-password-for-audit" }],
    ] as const) {
      const response = await admin.post(`/api/accounts/${accountId}/${path}`, body ?? {});
      expect(response.status, path).toBe(200);
    }
    const to = new Date();
    const seen = await entriesAfter(since);
    expect(seen.map((e) => e.action)).toEqual([
      "account.create",
      "account.disable",
      "account.enable",
      "account.reset-password",
    ]);
    for (const entry of seen) {
      expectWhoWhenWhere(entry, "admin", from, to);
      expect(entry.accountId).toBe(accountId);
    }
    expect(JSON.stringify(seen)).not.toContain("a-new-password-for-audit");
  });

  it("lets administrators filter by actor, action and filing", async () => {
    const byActor = await entries("&actor=jinshui");
    expect(byActor.items.length).toBeGreaterThan(3);
    expect(byActor.total).toBe(byActor.items.length);
    expect(new Set(byActor.items.map((e) => e.actor))).toEqual(new Set(["jinshui"]));

    const byAction = await entries("&action=filing.read");
    expect(byAction.items.length).toBe(4);
    expect(new Set(byAction.items.map((e) => e.action))).toEqual(new Set(["filing.read"]));

    const byFiling = await entries(`&filing=${filingId}`);
    expect(byFiling.items.length).toBe(7);
    expect(new Set(byFiling.items.map((e) => e.filingId))).toEqual(new Set([filingId]));

    const all = await entries(`&filing=${filingId}&actor=zhengzhou&action=filing.return`);
    expect(all.items.map((e) => [e.actor, e.action])).toEqual([["zhengzhou", "filing.return"]]);

    const none = await entries("&actor=nobody-did-anything");
    expect(none).toMatchObject({ items: [], total: 0 });

    for (const query of ["&action=Filing Read", "&filing=not-a-uuid", "&from=yesterday"]) {
      const response = await admin.get(`/api/audit?limit=500${query}`);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expectErrorBody(body);
      errorBodies.push(body);
    }
  });

  it("has no route that alters or deletes an entry", async () => {
    const before = (await entries()).items;
    expect(before.length).toBeGreaterThan(10);
    const first = before[before.length - 1]?.id ?? 1;
    for (const method of ["DELETE", "PUT", "PATCH", "POST"]) {
      for (const path of ["/api/audit", `/api/audit/${first}`, `/api/audit/${before[0]?.id}`]) {
        const response = await admin.request(
          method,
          path,
          method === "DELETE" ? undefined : { action: "nothing", actor: "nobody" },
        );
        expect([404, 405], `${method} ${path}`).toContain(response.status);
        const body = await response.json();
        expectErrorBody(body);
        errorBodies.push(body);
      }
    }
    const after = (await entries()).items;
    expect(after.filter((e) => e.id <= (before[0]?.id ?? 0))).toEqual(before);
  });

  it("keeps the respondent's data out of every entry and every error answer", async () => {
    // Refusals that are handed the respondent's text.
    const attempts: Array<[Client, string, string, unknown]> = [
      [
        enterprise,
        "POST",
        "/api/submissions/enterprise-2",
        { values: contractFiling(enterpriseErqi.creditCode, "AUDIT-3", { contractContent: secret }) },
      ],
      [
        enterprise,
        "POST",
        "/api/submissions/enterprise-2",
        {
          values: contractFiling(own, "AUDIT-2", {
            contractContent: secret.repeat(100),
            contractTerm: secret,
          }),
        },
      ],
      [enterprise, "POST", "/api/submissions/enterprise-2", `{"values": {"contractContent": "${secret}"`],
      [enterprise, "GET", `/api/submissions?period=${encodeURIComponent(secret)}%00`, undefined],
      [
        new Client(server.url),
        "POST",
        "/api/submissions/enterprise-2",
        { values: { contractContent: secret } },
      ],
      [admin, "GET", `/api/audit?actor=${encodeURIComponent(secret)}%01`, undefined],
    ];
    for (const [client, method, path, body] of attempts) {
      const response = await client.request(method, path, body);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      const answer = await bodyOf(response);
      expectErrorBody(answer);
      errorBodies.push(answer);
    }
    const jinshui = await signedInClient(server.url, "jinshui");
    expect((await jinshui.get(`/api/submissions/${filingId}`)).status).toBe(200);
    expect((await jinshui.get("/api/tables/enterprise-2/submissions.csv")).status).toBe(200);

    expect(errorBodies.length).toBeGreaterThan(15);
    for (const body of errorBodies) expect(JSON.stringify(body)).not.toContain(secret.slice(0, 8));
    const trail = JSON.stringify((await entries()).items);
    expect(trail).toContain(filingId);
    expect(trail).not.toContain(secret.slice(0, 8));
    expect(trail).not.toContain("AUDIT-1");
  });
});
