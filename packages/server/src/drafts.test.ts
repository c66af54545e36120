import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submissionBodyLimit } from "./app";
import { Drafts, draftLifetimeMs } from "./drafts";
import { moduleById } from "./fixtures.test-helper";
import { expectErrorBody, storeKinds } from "./security.test-helper";
import {
  type Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// Drafts on the server: the session's enterprise's own, by table and period; incomplete values are
// kept as they are; gone after 30 days by the server's clock, or once that table and period is filed.

describe.each(storeKinds)("drafts on the %s store", (kind) => {
  let server: TestServer;
  let clock = new Date("2024-12-05T02:00:00Z");
  let filer: Client;
  let other: Client;
  const path = "/api/drafts/enterprise-1/2024";

  beforeAll(async () => {
    server = await startTestServer(kind, {
      now: () => clock,
      idleMinutes: 10_000_000,
      absoluteHours: 200_000,
    });
    filer = await signedInClient(server.url, enterpriseJinshui.creditCode);
    other = await signedInClient(server.url, enterpriseErqi.creditCode);
  });
  afterAll(() => server?.close());

  const put = (client: Client, at: string, values: unknown, savedAt = clock.toISOString()) =>
    client.request("PUT", at, { values, savedAt });

  it("keeps an incomplete draft for its enterprise, table and period", async () => {
    const values = { entityName: "郑州金水云数软件服务有限公司", investors: [{ share: "6" }] };
    const saved = await put(filer, path, values, "2024-12-05T01:59:00.000Z");
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ savedAt: "2024-12-05T01:59:00.000Z" });
    const read = await filer.get(path);
    expect(await read.json()).toEqual({ values, savedAt: "2024-12-05T01:59:00.000Z" });
    expect(await (await filer.get("/api/drafts")).json()).toEqual([
      { table: "enterprise-1", period: "2024", savedAt: "2024-12-05T01:59:00.000Z" },
    ]);
    // Saving again replaces it.
    await put(filer, path, { entityName: "改" });
    expect(((await (await filer.get(path)).json()) as { values: unknown }).values).toEqual({
      entityName: "改",
    });
  });

  it("is the session's enterprise's only: another enterprise finds none", async () => {
    const theirs = await other.get(path);
    expect(theirs.status).toBe(404);
    expectErrorBody(await theirs.json(), "draft_not_found");
    expect(await (await other.get("/api/drafts")).json()).toEqual([]);
    expect((await other.request("DELETE", path)).status).toBe(404);
    expect((await filer.get(path)).status).toBe(200);
  });

  it("refuses what is not a draft, and what is larger than a submission may be", async () => {
    for (const body of [
      { values: [1, 2], savedAt: clock.toISOString() },
      { values: "text", savedAt: clock.toISOString() },
      { values: {} },
      { values: {}, savedAt: "yesterday" },
      { values: {}, savedAt: clock.toISOString(), account: "someone-else" },
    ]) {
      const response = await filer.request("PUT", "/api/drafts/enterprise-1/2023", body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expectErrorBody(await response.json());
    }
    const large = await put(filer, "/api/drafts/enterprise-1/2023", {
      text: "填".repeat(submissionBodyLimit / 2),
    });
    expect(large.status).toBe(413);
    expect((await put(filer, "/api/drafts/no-such-table/2024", {})).status).toBe(404);
    expect((await filer.get("/api/drafts/enterprise-1/2023")).status).toBe(404);
  });

  it("is for enterprises", async () => {
    for (const username of ["jinshui", "admin"]) {
      const client = await signedInClient(server.url, username);
      for (const response of [await client.get("/api/drafts"), await put(client, path, {})]) {
        expect(response.status).toBe(403);
        expectErrorBody(await response.json(), "forbidden");
      }
    }
  });

  it("is deleted when that table and period is filed", async () => {
    await put(filer, "/api/drafts/enterprise-1/2024", { entityName: "草稿" });
    await put(filer, "/api/drafts/enterprise-1/2023", { entityName: "另一期" });
    const filed = await filer.post("/api/submissions/enterprise-1", {
      values: { ...moduleById("enterprise-1").fixtures.valid, creditCode: enterpriseJinshui.creditCode },
    });
    expect(filed.status).toBe(201);
    expect((await filer.get(path)).status).toBe(404);
    expect((await filer.get("/api/drafts/enterprise-1/2023")).status).toBe(200);

    // Filed again under the same key (a second revision): the draft saved meanwhile goes too.
    await put(filer, path, { entityName: "再改" });
    const again = await filer.post("/api/submissions/enterprise-1", {
      values: { ...moduleById("enterprise-1").fixtures.valid, creditCode: enterpriseJinshui.creditCode },
    });
    expect(again.status).toBe(201);
    expect(((await again.json()) as { revision: number }).revision).toBe(2);
    expect((await filer.get(path)).status).toBe(404);

    // A filing refused keeps the draft: nothing the filer typed is lost.
    await put(filer, path, { entityName: "还在" });
    const refused = await filer.post("/api/submissions/enterprise-1", {
      values: {
        ...moduleById("enterprise-1").fixtures.valid,
        creditCode: enterpriseJinshui.creditCode,
        entityName: "",
      },
    });
    expect(refused.status).toBe(422);
    expect((await filer.get(path)).status).toBe(200);
  });

  it("expires 30 days after it was saved, by the server's clock", async () => {
    await put(filer, "/api/drafts/enterprise-4/2024", { reportPeriod: "2024" });
    clock = new Date(clock.getTime() + 30 * 24 * 3_600_000 - 1000);
    expect((await filer.get("/api/drafts/enterprise-4/2024")).status).toBe(200);
    clock = new Date(clock.getTime() + 1000);
    expect((await filer.get("/api/drafts/enterprise-4/2024")).status).toBe(404);
    expect(await (await filer.get("/api/drafts")).json()).toEqual([]);
  });

  it("is swept from the store once expired, whoever saved it", async () => {
    await put(other, "/api/drafts/enterprise-1/2024", { entityName: "二七" });
    const store = new Drafts(server.store.db, () => clock);
    const count = async () =>
      Number(
        (
          await server.store.db
            .selectFrom("drafts")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await store.sweep()).toBe(0);
    expect(await count()).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + draftLifetimeMs);
    expect(await store.sweep()).toBeGreaterThan(0);
    expect(await count()).toBe(0);
  });

  it("removes a draft on request", async () => {
    await put(filer, "/api/drafts/enterprise-5/2024", { a: 1 });
    expect((await filer.request("DELETE", "/api/drafts/enterprise-5/2024")).status).toBe(204);
    expect((await filer.get("/api/drafts/enterprise-5/2024")).status).toBe(404);
  });
});
