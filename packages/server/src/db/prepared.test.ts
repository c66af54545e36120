import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestDatabase, type TestDatabase } from "../postgres-server.test-helper";
import { type OpenDatabase, openDatabase, type StoreConfig } from "./open";
import { preparedStatement } from "./prepared";

// A filing's statement is prepared once per connection, on both stores; nothing else is.

const answer = preparedStatement<[number]>("tianbiao_test_answer", "SELECT $1::int + 1 AS answer");

describe.each(["embedded", "postgres"] as const)("prepared statements on the %s store", (kind) => {
  let database: TestDatabase | undefined;
  let store: OpenDatabase;
  beforeAll(async () => {
    let config: StoreConfig = { kind: "embedded", dir: null };
    if (kind === "postgres") {
      database = await startTestDatabase();
      // One connection, so the session that prepared the statement is the one asked about it.
      config = { kind: "postgres", url: database.url, poolSize: 1 };
    }
    store = await openDatabase(config);
  });
  afterAll(async () => {
    await store?.close();
    await database?.stop();
  });

  const prepared = async () => {
    const { rows } = await sql<{ name: string; statement: string }>`
      SELECT name, statement FROM pg_prepared_statements ORDER BY name`.execute(store.db);
    return rows;
  };

  it("sends a registered statement under its name, prepared once and run with each call's values", async () => {
    const db = store.db.withoutPlugins();
    expect((await db.executeQuery(answer(41))).rows).toEqual([{ answer: 42 }]);
    expect((await db.executeQuery(answer(1))).rows).toEqual([{ answer: 2 }]);
    expect(await prepared()).toEqual([
      { name: "tianbiao_test_answer", statement: "SELECT $1::int + 1 AS answer" },
    ]);
  });

  it("leaves every other statement unnamed, however often it runs", async () => {
    for (let i = 0; i < 3; i++) await sql`SELECT ${i}::int AS n`.execute(store.db);
    await store.db.selectFrom("settings").selectAll().execute();
    expect((await prepared()).map((p) => p.name)).toEqual(["tianbiao_test_answer"]);
  });

  it("keeps a failed call from spoiling the next (a refused value, then a good one)", async () => {
    const db = store.db.withoutPlugins();
    await expect(db.executeQuery(answer(2_147_483_647))).rejects.toThrow(/out of range/);
    expect((await db.executeQuery(answer(6))).rows).toEqual([{ answer: 7 }]);
  });
});

describe("preparedStatement", () => {
  it("refuses a name already given to another statement", () => {
    expect(() => preparedStatement("tianbiao_test_answer", "SELECT 2")).toThrow(/already another/);
  });
});
