import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "./postgres-server.test-helper";
import { PostgresStore } from "./postgres-store";

describe("PostgresStore migrations", () => {
  let database: TestDatabase;
  const applied = async (): Promise<Array<{ version: number; name: string }>> => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query("SELECT version, name FROM schema_migrations ORDER BY version")).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await startTestDatabase();
  });
  afterAll(() => database?.stop());

  it("migrate once when two servers start at the same time, and not again on restart", async () => {
    const stores = await Promise.all([PostgresStore.open(database.url), PostgresStore.open(database.url)]);
    await Promise.all(stores.map((store) => store.close()));
    expect(await applied()).toEqual([
      { version: 1, name: "submissions" },
      { version: 2, name: "reviews" },
    ]);
    const again = await PostgresStore.open(database.url);
    await again.close();
    expect(await applied()).toHaveLength(2);
  });

  it("refuse a database a newer server migrated", async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (3, 'future', now())",
    );
    await client.end();
    await expect(PostgresStore.open(database.url)).rejects.toThrow(/migration 3 \(future\).*does not know/);
  });
});
