import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildServer, type ReportingServer } from "./app";
import { type OpenDatabase, openDatabase } from "./db/open";
import { demoPassword, seedDemoAccounts } from "./demo";
import { startTestDatabase, type TestDatabase } from "./postgres-server.test-helper";
import { Client, signedInClient } from "./test-server.test-helper";

// Two server processes on one PostgreSQL, each keeping signed-in sessions in memory: what one of them
// changes (an account disabled, a session ended) the other hears of through PostgreSQL's
// notifications, and a lost listening connection makes it read from the database until it is back.
// Each process here is a server with a store of its own: its own pool and its own listener.

describe("sessions kept in memory by two servers on one PostgreSQL", () => {
  let database: TestDatabase;
  const servers: Array<{ store: OpenDatabase; server: ReportingServer; url: string }> = [];
  const a = () => servers[0] as (typeof servers)[number];
  const b = () => servers[1] as (typeof servers)[number];

  beforeAll(async () => {
    database = await startTestDatabase();
    for (let i = 0; i < 2; i++) {
      const store = await openDatabase({ kind: "postgres", url: database.url });
      const server = await buildServer({ store, secureCookies: false });
      if (i === 0) await seedDemoAccounts(server.accounts);
      servers.push({ store, server, url: await server.app.listen({ port: 0, host: "127.0.0.1" }) });
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.server.close();
    await database?.stop();
  });

  async function reviewerOnA(username: string): Promise<{ id: string; client: Client }> {
    const account = await a().server.accounts.create({
      kind: "reviewer",
      username,
      name: "测试区商务局",
      level: "district",
      regionCode: "410102",
      password: demoPassword,
    });
    const client = await signedInClient(a().url, username);
    // Twice: the second is answered from what the first kept.
    expect((await client.get("/api/session")).status).toBe(200);
    expect((await client.get("/api/session")).status).toBe(200);
    return { id: account.id, client };
  }

  it("hears of an account disabled by the other server", async () => {
    const { id, client } = await reviewerOnA("cache-disabled-elsewhere");
    const admin = await signedInClient(b().url, "admin");
    const before = a().store.watch.generation;
    expect((await admin.post(`/api/accounts/${id}/disable`, {})).status).toBe(200);
    await vi.waitFor(() => expect(a().store.watch.generation).toBeGreaterThan(before));
    const refused = await client.get("/api/session");
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("session_expired");
  });

  it("hears of a session ended on the other server", async () => {
    const { client } = await reviewerOnA("cache-signed-out-elsewhere");
    const elsewhere = new Client(b().url);
    elsewhere.setSessionCookie(client.sessionCookie as string);
    elsewhere.csrf = client.csrf;
    expect((await elsewhere.get("/api/session")).status).toBe(200);
    const before = a().store.watch.sessionWrites;
    expect((await elsewhere.request("DELETE", "/api/session")).status).toBeLessThan(300);
    await vi.waitFor(() => expect(a().store.watch.sessionWrites).toBeGreaterThan(before));
    expect((await client.get("/api/session")).status).toBe(401);
  });

  it("reads from the database while its listener is down, and listens again", async () => {
    const { id, client } = await reviewerOnA("cache-listener-lost");
    const before = a().store.watch.generation;
    await sql`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE query = 'LISTEN tianbiao_writes' AND pid <> pg_backend_pid()`.execute(b().store.db);
    await vi.waitFor(() => expect(a().store.watch.live).toBe(false));
    // Not live: a change nobody notifies (notifications sent now are lost) is still seen.
    await sql`UPDATE accounts SET disabled = true WHERE id = ${id}`.execute(b().store.db);
    expect((await client.get("/api/session")).status).toBe(401);
    // Back: everything kept before the loss was dropped, and notifications are heard again.
    await vi.waitFor(() => expect(a().store.watch.live).toBe(true), { timeout: 30_000 });
    expect(a().store.watch.generation).toBeGreaterThan(before);
    await sql`UPDATE accounts SET disabled = false WHERE id = ${id}`.execute(b().store.db);
    const again = await signedInClient(a().url, "cache-listener-lost");
    expect((await again.get("/api/session")).status).toBe(200);
    expect((await again.get("/api/session")).status).toBe(200);
    const heard = a().store.watch.generation;
    await sql`UPDATE accounts SET disabled = true WHERE id = ${id}`.execute(b().store.db);
    await vi.waitFor(() => expect(a().store.watch.generation).toBeGreaterThan(heard));
    expect((await again.get("/api/session")).status).toBe(401);
  });
});
