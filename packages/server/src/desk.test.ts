import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeskItem } from "./desk";
import { isClean } from "./filings";
import { moduleById, warningFixtures } from "./fixtures.test-helper";
import { bodyOf, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import {
  type Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// The enterprise's desk (what is due, where each filing stands) and the reviewers' approval of several
// filings at once. Time is the server's `now`, moved by the test: nothing waits for the clock.

interface Desk {
  today: string;
  items: DeskItem[];
}

const enterprise1 = moduleById("enterprise-1");

function annualFiling(creditCode: string): Record<string, unknown> {
  return { ...enterprise1.fixtures.valid, creditCode };
}

describe.each(storeKinds)("the desk on the %s store", (kind) => {
  let server: TestServer;
  let clock = new Date("2024-12-05T02:00:00Z");
  let filer: Client;
  let jinshui: Client;

  beforeAll(async () => {
    // Sessions last as long as the test moves the clock.
    server = await startTestServer(kind, {
      now: () => clock,
      idleMinutes: 10_000_000,
      absoluteHours: 200_000,
    });
    filer = await signedInClient(server.url, enterpriseJinshui.creditCode);
    jinshui = await signedInClient(server.url, "jinshui");
  });
  afterAll(() => server?.close());

  async function desk(client: Client = filer): Promise<Desk> {
    const response = await client.get("/api/desk");
    const body = await bodyOf(response);
    expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    return body as Desk;
  }

  it("lists 企业1表–5表 with their due dates from the 报表目录, today in China", async () => {
    clock = new Date("2024-12-05T02:00:00Z");
    const { today, items } = await desk();
    expect(today).toBe("2024-12-05");
    expect([...new Set(items.map((i) => i.tableNumber))]).toEqual([
      "企业1表",
      "企业2表",
      "企业3表",
      "企业4表",
      "企业5表",
    ]);
    const annual = (table: string) => items.filter((i) => i.table === table);
    expect(annual("enterprise-1")).toEqual([
      expect.objectContaining({ period: "2023", due: "2024-01-31", status: "not_filed", overdue: true }),
    ]);
    expect(annual("enterprise-4")).toEqual([
      expect.objectContaining({ period: "2023", due: "2024-01-10", status: "not_filed", overdue: true }),
    ]);
    expect(annual("enterprise-5")[0]).toMatchObject({ due: "2024-01-10" });
    const contracts = items.filter((i) => i.table === "enterprise-2");
    expect(contracts.map((i) => i.period)).toEqual([
      "2024-12",
      "2024-11",
      "2024-10",
      "2024-09",
      "2024-08",
      "2024-07",
      "2024-06",
      "2024-05",
      "2024-04",
      "2024-03",
      "2024-02",
      "2024-01",
    ]);
    expect(contracts.find((i) => i.period === "2024-02")).toMatchObject({
      frequency: "monthly",
      due: "2024-02-29",
      status: "not_filed",
      kind: "new",
      overdue: false,
    });
    expect(items[0]?.title).toEqual({ zh: expect.stringMatching(/基本信息表/), en: expect.any(String) });
  });

  it("shows each contract filed in a month beside the line that files another", async () => {
    const filed = await filer.post("/api/submissions/enterprise-2", {
      values: contractFiling(enterpriseJinshui.creditCode, "DESK-1"),
    });
    expect(filed.status).toBe(201);
    const { id } = (await filed.json()) as { id: string };
    const november = (await desk()).items.filter((i) => i.table === "enterprise-2" && i.period === "2024-11");
    expect(november).toEqual([
      expect.objectContaining({
        kind: "filing",
        filingId: id,
        status: "district",
        revision: 1,
        overdue: false,
      }),
      expect.objectContaining({ kind: "new", status: "not_filed", overdue: false }),
    ]);

    // Returned with a reason: the reason is on the desk, and past due it is overdue until filed again.
    const reason = "合同金额与附件不一致，请核对。";
    const returned = await jinshui.post(`/api/submissions/${id}/review`, { action: "return", reason });
    expect(returned.status).toBe(200);
    expect((await desk()).items.find((i) => i.filingId === id)).toMatchObject({
      status: "returned",
      returnedReason: reason,
      overdue: true,
    });
    const again = await filer.post("/api/submissions/enterprise-2", {
      values: contractFiling(enterpriseJinshui.creditCode, "DESK-1", { contractTerm: 12 }),
    });
    expect(again.status).toBe(201);
    const refiled = (await desk()).items.find((i) => i.filingId === id);
    expect(refiled).toMatchObject({ status: "district", revision: 2, overdue: false });
    expect(refiled?.returnedReason).toBeUndefined();
  });

  it("counts the days in China: due on 31 January is overdue from 1 February, Beijing time", async () => {
    clock = new Date("2025-01-31T15:59:00Z");
    const lastDay = (await desk()).items.find((i) => i.table === "enterprise-1");
    expect(lastDay).toMatchObject({ period: "2024", due: "2025-01-31", overdue: false });
    clock = new Date("2025-01-31T16:00:00Z");
    const desk2 = await desk();
    expect(desk2.today).toBe("2025-02-01");
    expect(desk2.items.find((i) => i.table === "enterprise-1")).toMatchObject({
      period: "2024",
      overdue: true,
    });

    const filed = await filer.post("/api/submissions/enterprise-1", {
      values: annualFiling(enterpriseJinshui.creditCode),
    });
    expect(filed.status, await filed.clone().text()).toBe(201);
    expect((await desk()).items.filter((i) => i.table === "enterprise-1")).toEqual([
      expect.objectContaining({ period: "2024", status: "district", overdue: false, kind: "period" }),
    ]);
  });

  it("marks a table and period with a draft saved on the server as draft", async () => {
    const saved = await filer.request("PUT", "/api/drafts/enterprise-4/2024", {
      values: { reportPeriod: "2024" },
      savedAt: clock.toISOString(),
    });
    expect(saved.status).toBe(200);
    expect((await desk()).items.find((i) => i.table === "enterprise-4")).toMatchObject({
      status: "draft",
      draftSavedAt: clock.toISOString(),
    });
  });

  it("shows an enterprise its own filings only", async () => {
    const other = await signedInClient(server.url, enterpriseErqi.creditCode);
    const theirs = await desk(other);
    expect(theirs.items.some((i) => i.filingId !== undefined)).toBe(false);
  });

  it("is for enterprises: reviewers and administrators 403, nobody signed in 401", async () => {
    for (const username of ["jinshui", "mofcom", "admin"]) {
      const client = await signedInClient(server.url, username);
      const response = await client.get("/api/desk");
      expect(response.status).toBe(403);
      expectErrorBody(await response.json(), "forbidden");
    }
    const anonymous = await fetch(new URL("/api/desk", server.url));
    expect(anonymous.status).toBe(401);
  });
});

describe("a clean revision, as approving several reads it", () => {
  it("is one whose every warning was confirmed or explained; anything else is not clean", () => {
    expect(isClean([])).toBe(true);
    expect(isClean([{ confirmed: true }, { confirmed: false, explanation: "季节性波动" }])).toBe(true);
    expect(isClean([{ confirmed: false, explanation: "  " }])).toBe(false);
    expect(isClean([{ confirmed: "true" }])).toBe(false);
    // What is not a list of warnings is not read as none.
    for (const stored of [null, undefined, "[]", {}, 0]) expect(isClean(stored), String(stored)).toBe(false);
  });
});

describe.each(storeKinds)("approving several filings at once on the %s store", (kind) => {
  let server: TestServer;
  let jinshui: Client;
  let zhengzhou: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer(kind);
    const filer = await signedInClient(server.url, enterpriseJinshui.creditCode);
    const erqiFiler = await signedInClient(server.url, enterpriseErqi.creditCode);
    jinshui = await signedInClient(server.url, "jinshui");
    zhengzhou = await signedInClient(server.url, "zhengzhou");
    const file = async (
      client: Client,
      table: string,
      values: unknown,
      body: Record<string, unknown> = {},
    ) => {
      const response = await client.post(`/api/submissions/${table}`, { values, ...body });
      const answer = (await response.json()) as { id: string };
      expect(response.status, JSON.stringify(answer).slice(0, 300)).toBe(201);
      return answer.id;
    };
    ids.a = await file(filer, "enterprise-2", contractFiling(enterpriseJinshui.creditCode, "BULK-A"));
    ids.b = await file(filer, "enterprise-2", contractFiling(enterpriseJinshui.creditCode, "BULK-B"));
    const warned = warningFixtures(enterprise1)[0];
    if (warned === undefined) throw new Error("企业1表 has no warning fixture");
    ids.warned = await file(filer, "enterprise-1", {
      ...warned.value,
      creditCode: enterpriseJinshui.creditCode,
    });
    ids.erqi = await file(erqiFiler, "enterprise-2", contractFiling(enterpriseErqi.creditCode, "BULK-E"));
  });
  afterAll(() => server?.close());

  it("approves the clean ones awaiting the reviewer's level and says why it skipped the others", async () => {
    const missing = randomUUID();
    const response = await jinshui.post("/api/reviews", {
      ids: [ids.a, ids.b, ids.warned, ids.erqi, missing, "not-a-uuid", ids.a],
      action: "approve",
    });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toEqual({
      approved: [ids.a, ids.b],
      skipped: [
        { id: ids.warned, reason: "not_clean" },
        // Another district's filing is reported exactly like one that does not exist.
        { id: ids.erqi, reason: "not_found" },
        { id: missing, reason: "not_found" },
        { id: "not-a-uuid", reason: "not_found" },
      ],
    });
    for (const id of [ids.a, ids.b]) {
      const read = (await (await jinshui.get(`/api/submissions/${id}`)).json()) as { status: string };
      expect(read.status).toBe("city");
    }
    const warned = (await (await jinshui.get(`/api/submissions/${ids.warned}`)).json()) as { status: string };
    expect(warned.status).toBe("district");
  });

  it("skips what already moved on as not awaiting, and lets the next level go on", async () => {
    const again = await jinshui.post("/api/reviews", { ids: [ids.a], action: "approve" });
    expect(await again.json()).toEqual({ approved: [], skipped: [{ id: ids.a, reason: "not_awaiting" }] });
    const city = await zhengzhou.post("/api/reviews", { ids: [ids.a, ids.erqi], action: "approve" });
    expect(await city.json()).toEqual({
      approved: [ids.a],
      skipped: [{ id: ids.erqi, reason: "not_awaiting" }],
    });
  });

  it("writes one audit entry per decision", async () => {
    const { items } = await server.server.audit.list({ action: "filing.approve", limit: 50, offset: 0 });
    const decisions = (items as Array<{ actor: string; filingId: string }>).map(
      (i) => `${i.actor} ${i.filingId}`,
    );
    expect(decisions.sort()).toEqual([`jinshui ${ids.a}`, `jinshui ${ids.b}`, `zhengzhou ${ids.a}`].sort());
  });

  it("is for reviewers, and takes nothing but approve", async () => {
    for (const username of [enterpriseJinshui.creditCode, "admin"]) {
      const client = await signedInClient(server.url, username);
      const response = await client.post("/api/reviews", { ids: [ids.b], action: "approve" });
      expect(response.status).toBe(403);
      expectErrorBody(await response.json(), "forbidden");
    }
    const returning = await zhengzhou.post("/api/reviews", { ids: [ids.b], action: "return" });
    expect(returning.status).toBe(400);
    expectErrorBody(await returning.json());
    const levelled = await zhengzhou.post("/api/reviews", { ids: [ids.b], action: "approve", level: "city" });
    expect(levelled.status).toBe(400);
  });
});
