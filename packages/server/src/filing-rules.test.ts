import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moduleById } from "./fixtures.test-helper";
import { bodyOf, chinese, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import {
  type Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// How filings are kept: as the session's filer, normalised, as revisions under the table's natural
// key, with history and cross-table checks computed by the server, and comments and audit that stay.

interface Filed {
  id: string;
  revision: number;
  status: string;
}

interface Finding {
  path: string;
  code?: string;
  rule: string;
  message: { zh: string; en: string };
  needsExplanation?: boolean;
}

const own = enterpriseJinshui.creditCode;

/** 企业3表: an execution of `contract` on `date`, as the 金水区 enterprise files it. */
function execution(contract: string, date: string, executed: number, cumulative: number) {
  return {
    ...moduleById("enterprise-3").fixtures.valid,
    creditCode: own,
    contractNumber: contract,
    executionDate: date,
    reportPeriod: date.slice(0, 7),
    executedAmount: executed,
    settlementAmount: Math.min(3, executed),
    cumulativeExecutedAmount: cumulative,
  };
}

describe.each(storeKinds)("filing rules on the %s store", (kind) => {
  let server: TestServer;
  let enterprise: Client;
  let jinshui: Client;
  const chain: Client[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind, { filingRateLimit: { max: 10_000, window: 60_000 } });
    enterprise = await signedInClient(server.url, own);
    for (const name of ["jinshui", "zhengzhou", "henan", "mofcom"]) {
      chain.push(await signedInClient(server.url, name));
    }
    jinshui = chain[0] as Client;
  });
  afterAll(() => server?.close());

  async function file(values: unknown, headers?: Record<string, string>, envelope: object = {}) {
    const response = await enterprise.post("/api/submissions/enterprise-2", { values, ...envelope }, headers);
    return { response, body: (await bodyOf(response)) as Filed & Record<string, unknown> };
  }

  async function read(id: string): Promise<Record<string, unknown> & { values: Record<string, unknown> }> {
    const response = await enterprise.get(`/api/submissions/${id}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Record<string, unknown> & { values: Record<string, unknown> };
  }

  it("takes the filer from the session: another enterprise's credit code is a 422 at creditCode", async () => {
    const { response, body } = await file(contractFiling(enterpriseErqi.creditCode, "RULES-OTHER-1"));
    expect(response.status).toBe(422);
    expectErrorBody(body, "invalid_submission");
    const errors = body.errors as Finding[];
    expect(errors.map((e) => e.path)).toEqual(["creditCode"]);
    const [finding] = errors as [Finding];
    expect(finding.message.zh).toMatch(chinese);
    expect(finding.message.zh).toContain(own);
    expect(finding.message.en).toMatch(/another entity/);
    expect(finding.message.en).toContain(own);
  });

  it("stores the region of the filer's account, whatever the body says", async () => {
    const { response, body } = await file({
      ...contractFiling(own, "RULES-REGION-1"),
      regionCode: enterpriseErqi.regionCode,
    });
    expect(response.status).toBe(201);
    const stored = await read(body.id);
    expect(stored.filer).toMatchObject({ creditCode: own, regionCode: enterpriseJinshui.regionCode });
    expect(stored.values).not.toHaveProperty("regionCode");
  });

  it("stores the normalised values: unknown keys and hidden fields dropped, full-width digits read", async () => {
    const { response, body } = await file({
      ...contractFiling(own, "RULES-NORMAL-1"),
      contractTerm: "１８",
      unknownKey: "not a field of the table",
      // Shown only for domestic delivery; the fixture delivers abroad.
      deliveryCity: "郑州",
      // Shown only when the client has a branch in China; the fixture's has none.
      clientChinaBranchName: "旭川物流（上海）有限公司",
    });
    expect(response.status, JSON.stringify(body)).toBe(201);
    for (const values of [
      (await read(body.id)).values,
      (
        (await (await enterprise.get(`/api/submissions/${body.id}/revisions/1`)).json()) as {
          values: Record<string, unknown>;
        }
      ).values,
    ]) {
      expect(values.contractTerm).toBe(18);
      expect(values).not.toHaveProperty("unknownKey");
      expect(values).not.toHaveProperty("deliveryCity");
      expect(values).not.toHaveProperty("clientChinaBranchName");
      expect(values.contractNumber).toBe("RULES-NORMAL-1");
    }
  });

  it("files again under the same key as revision 2 of the same filing; once accepted, 409", async () => {
    const first = await file(contractFiling(own, "RULES-KEY-1"));
    expect(first.response.status).toBe(201);
    expect(first.body).toMatchObject({ revision: 1, status: "district" });
    const second = await file(contractFiling(own, "RULES-KEY-1", { contractTerm: 20 }));
    expect(second.response.status).toBe(201);
    expect(second.body).toMatchObject({ id: first.body.id, revision: 2, status: "district" });
    const stored = await read(first.body.id);
    expect(stored.revisions).toHaveLength(2);
    expect(stored.values.contractTerm).toBe(20);
    const listed = (await (await enterprise.get("/api/submissions?limit=500")).json()) as {
      items: Array<{ id: string }>;
    };
    expect(listed.items.filter((item) => item.id === first.body.id)).toHaveLength(1);

    for (const reviewer of chain) {
      const approved = await reviewer.post(`/api/submissions/${first.body.id}/review`, { action: "approve" });
      expect(approved.status).toBe(200);
    }
    expect((await read(first.body.id)).status).toBe("accepted");
    const late = await file(contractFiling(own, "RULES-KEY-1", { contractTerm: 22 }));
    expect(late.response.status).toBe(409);
    expectErrorBody(late.body, "filing_accepted");
    expect((await read(first.body.id)).revision).toBe(2);
  });

  it("answers a retried POST with the same Idempotency-Key with the first answer", async () => {
    const values = contractFiling(own, "RULES-IDEM-1");
    const headers = { "idempotency-key": "rules-idem-1" };
    const first = await file(values, headers);
    expect(first.response.status).toBe(201);
    expect(first.response.headers.get("idempotent-replayed")).toBeNull();
    const again = await file(values, headers);
    expect(again.response.status).toBe(201);
    expect(again.response.headers.get("idempotent-replayed")).toBe("true");
    expect(again.response.headers.get("location")).toBe(`/api/submissions/${first.body.id}`);
    expect(again.body).toEqual(first.body);
    expect((await read(first.body.id)).revision).toBe(1);

    const other = await file(contractFiling(own, "RULES-IDEM-1", { contractTerm: 24 }), headers);
    expect(other.response.status).toBe(422);
    expectErrorBody(other.body, "idempotency_key_reused");
    expect((await read(first.body.id)).revision).toBe(1);
  });

  it("makes one revision of concurrent POSTs with the same Idempotency-Key", async () => {
    const values = contractFiling(own, "RULES-IDEM-2");
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => file(values, { "idempotency-key": "rules-idem-2" })),
    );
    for (const { response, body } of answers) {
      expect(response.status, JSON.stringify(body)).toBe(201);
      expect(body).toMatchObject({ revision: 1 });
    }
    const ids = new Set(answers.map(({ body }) => body.id));
    expect(ids.size).toBe(1);
    const stored = await read(answers[0]?.body.id as string);
    expect(stored.revisions).toHaveLength(1);
    expect(
      answers.filter(({ response }) => response.headers.get("idempotent-replayed") === null),
    ).toHaveLength(1);
  });

  it("makes revisions of one filing, never a 5xx, from concurrent POSTs under one natural key", async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        file(contractFiling(own, "RULES-RACE-1", { contractTerm: 10 + i })),
      ),
    );
    for (const { response, body } of answers) expect(response.status, JSON.stringify(body)).toBe(201);
    const ids = new Set(answers.map(({ body }) => body.id));
    expect(ids.size).toBe(1);
    expect(answers.map(({ body }) => body.revision).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await read(answers[0]?.body.id as string)).revisions).toHaveLength(6);
  });

  it("returns a filing with a reason; the filer files again as revision 2; the reviewer sees what changed", async () => {
    const first = await file(contractFiling(own, "RULES-RETURN-1"));
    expect(first.response.status).toBe(201);
    const id = first.body.id;
    const noReason = await jinshui.post(`/api/submissions/${id}/review`, { action: "return" });
    expect(noReason.status).toBe(422);
    expectErrorBody(await noReason.json(), "reason_required");
    const returned = await jinshui.post(`/api/submissions/${id}/review`, {
      action: "return",
      reason: "合同期限与合同文本不一致，请核对。",
    });
    expect(returned.status).toBe(200);
    const seen = await read(id);
    expect(seen.status).toBe("returned");
    expect(seen.reviews).toEqual([
      expect.objectContaining({
        action: "return",
        level: "district",
        reason: "合同期限与合同文本不一致，请核对。",
      }),
    ]);

    const again = await file(contractFiling(own, "RULES-RETURN-1", { contractTerm: 24 }));
    expect(again.response.status).toBe(201);
    expect(again.body).toMatchObject({ id, revision: 2, status: "district" });

    const changes = await jinshui.get(`/api/submissions/${id}/changes?from=1&to=2`);
    expect(changes.status).toBe(200);
    const body = (await changes.json()) as { changes: Array<Record<string, unknown>> };
    expect(body.changes).toEqual([
      expect.objectContaining({ path: "contractTerm", code: "205", before: 18, after: 24 }),
    ]);
    const label = body.changes[0]?.label as { zh: string; en: string };
    expect(label.zh).toMatch(chinese);
    expect(label.en).not.toBe("");
  });

  describe("企业3表 against 企业2表 and its own history", () => {
    const contract = "RULES-EXEC-1";

    beforeAll(async () => {
      // Registered at 10 万美元 (the fixture's 206).
      const registered = await file(contractFiling(own, contract));
      expect(registered.response.status).toBe(201);
    });

    async function fileExecution(values: unknown, envelope: object = {}) {
      const response = await enterprise.post("/api/submissions/enterprise-3", { values, ...envelope });
      return { response, body: (await bodyOf(response)) as Filed & Record<string, unknown> };
    }

    it("computes 310 from the filer's earlier 308 amounts; a client's previousCumulative is ignored", async () => {
      const first = await fileExecution(execution(contract, "2024-10-15", 3.5, 3.5), {
        context: { previousCumulative: 100 },
      });
      expect(first.response.status, JSON.stringify(first.body)).toBe(201);
      expect((await read(first.body.id)).context).toMatchObject({ previousCumulative: 0 });

      // The client claims 100 before; the server knows 3.5, so 103.5 is wrong and 7.5 is right.
      const claimed = await fileExecution(execution(contract, "2024-11-20", 4, 103.5), {
        context: { previousCumulative: 100 },
      });
      expect(claimed.response.status).toBe(422);
      expect((claimed.body.errors as Finding[]).map((e) => [e.path, e.rule])).toEqual([
        ["cumulativeExecutedAmount", "cumulative-executed"],
      ]);
      const second = await fileExecution(execution(contract, "2024-11-20", 4, 7.5), {
        context: { previousCumulative: 100 },
      });
      expect(second.response.status, JSON.stringify(second.body)).toBe(201);
      const stored = await read(second.body.id);
      expect(stored.context).toMatchObject({ previousCumulative: 3.5 });
      expect(stored.values.cumulativeExecutedAmount).toBe(7.5);
    });

    it("refuses an execution of a contract not registered in 企业2表, naming it in both languages", async () => {
      const { response, body } = await fileExecution(execution("RULES-NOWHERE-9", "2024-11-20", 2, 2));
      expect(response.status).toBe(422);
      expectErrorBody(body, "invalid_submission");
      const finding = (body.errors as Finding[]).find((e) => e.path === "contractNumber");
      expect(finding).toMatchObject({ rule: "contract-registered" });
      expect(finding?.message.zh).toMatch(chinese);
      expect(finding?.message.zh).toContain("RULES-NOWHERE-9");
      expect(finding?.message.en).toContain("RULES-NOWHERE-9");
      // Another enterprise's registration does not count either.
      const erqi = await signedInClient(server.url, enterpriseErqi.creditCode);
      const theirs = await erqi.post("/api/submissions/enterprise-2", {
        values: contractFiling(enterpriseErqi.creditCode, "RULES-THEIRS-1"),
      });
      expect(theirs.status).toBe(201);
      const borrowed = await fileExecution(execution("RULES-THEIRS-1", "2024-11-20", 2, 2));
      expect(borrowed.response.status).toBe(422);
      expect((borrowed.body.errors as Finding[]).map((e) => e.rule)).toContain("contract-registered");
    });

    it("needs an explanation when 310 exceeds 206's 万美元, then takes it", async () => {
      // 3.5 + 4 before; 5 more makes 12.5 against the 10 registered.
      const values = execution(contract, "2024-12-05", 5, 12.5);
      const unexplained = await fileExecution(values);
      expect(unexplained.response.status).toBe(422);
      expectErrorBody(unexplained.body, "explanation_required");
      const warnings = unexplained.body.warnings as Finding[];
      expect(warnings).toEqual([
        expect.objectContaining({ path: "cumulativeExecutedAmount", needsExplanation: true }),
      ]);
      const [warning] = warnings as [Finding];
      expect(warning.message.zh).toContain(contract);
      expect(warning.message.en).toContain(contract);

      const explanation = "补充协议已将合同金额增至15万美元，补充协议登记中。";
      const explained = await fileExecution(values, {
        warnings: [{ rule: warning.rule, path: warning.path, explanation }],
      });
      expect(explained.response.status, JSON.stringify(explained.body)).toBe(201);
      const stored = await read(explained.body.id);
      expect(stored.warnings).toEqual([
        expect.objectContaining({ path: "cumulativeExecutedAmount", rule: warning.rule, explanation }),
      ]);
    });
  });

  describe("what is never changed", () => {
    let id = "";
    let commentId = 0;

    beforeAll(async () => {
      const filed = await file(contractFiling(own, "RULES-KEEP-1"));
      id = filed.body.id;
      const approved = await jinshui.post(`/api/submissions/${id}/review`, { action: "approve" });
      expect(approved.status).toBe(200);
      const comment = await jinshui.post(`/api/submissions/${id}/comments`, { body: "合同金额已核对。" });
      expect(comment.status).toBe(201);
      commentId = ((await comment.json()) as { id: number }).id;
    });

    it("has no route that edits or deletes a comment", async () => {
      for (const method of ["PUT", "PATCH", "DELETE"]) {
        for (const path of [
          `/api/submissions/${id}/comments/${commentId}`,
          `/api/submissions/${id}/comments`,
        ]) {
          const response = await jinshui.request(
            method,
            path,
            method === "DELETE" ? undefined : { body: "改" },
          );
          expect([404, 405], `${method} ${path}`).toContain(response.status);
          expectErrorBody(await response.json());
        }
      }
      const stored = (await (await jinshui.get(`/api/submissions/${id}`)).json()) as {
        comments: Array<{ id: number; body: string }>;
      };
      expect(stored.comments).toEqual([expect.objectContaining({ id: commentId, body: "合同金额已核对。" })]);
    });

    it.each(["comments", "audit", "reviews", "revisions"] as const)(
      "refuses a direct UPDATE or DELETE on %s in the database",
      async (table) => {
        const { db } = server.store;
        const count = async () =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          );
        const before = await count();
        expect(before).toBeGreaterThan(0);
        const column = table === "revisions" ? "filed_at" : "at";
        await expect(
          db
            .updateTable(table)
            .set({ [column]: new Date(0) })
            .execute(),
        ).rejects.toThrow(/append_only/);
        await expect(db.deleteFrom(table).execute()).rejects.toThrow(/append_only/);
        expect(await count()).toBe(before);
      },
    );
  });
});
