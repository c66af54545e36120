import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "./open";

// The embedded store's write counter: the session store trusts what it keeps in memory only while
// nothing else has written to accounts or sessions, so every way of writing those must move it.

describe("WriteWatch on the embedded store", () => {
  let store: OpenDatabase;
  beforeAll(async () => {
    store = await openDatabase({ kind: "embedded", dir: null });
  });
  afterAll(() => store?.close());

  const moves = async (run: () => Promise<unknown>) => {
    const before = store.watch?.generation ?? Number.NaN;
    await run();
    return (store.watch?.generation ?? Number.NaN) > before;
  };

  it("moves for inserts, updates and deletes of accounts and sessions, however they are written", async () => {
    const { db } = store;
    const expires = new Date(Date.now() + 60_000);
    expect(
      await moves(() =>
        db.insertInto("sessions").values({ id: "s1", data: "{}", expires_at: expires }).execute(),
      ),
    ).toBe(true);
    expect(
      await moves(() => db.updateTable("sessions").set({ data: "{}" }).where("id", "=", "s1").execute()),
    ).toBe(true);
    expect(
      await moves(() =>
        db.updateTable("accounts").set({ disabled: true }).where("kind", "=", "admin").execute(),
      ),
    ).toBe(true);
    // A write hidden in a common table expression of a select.
    expect(
      await moves(() =>
        db
          .with("gone", (q) => q.deleteFrom("sessions").where("id", "=", "s1").returning("id"))
          .selectFrom("gone")
          .selectAll()
          .execute(),
      ),
    ).toBe(true);
    // A target named through an alias.
    expect(
      await moves(() =>
        db.updateTable("accounts as a").set({ disabled: false }).where("a.kind", "=", "admin").execute(),
      ),
    ).toBe(true);
    // Raw SQL might write anything.
    expect(await moves(() => sql`select 1`.execute(db))).toBe(true);
  });

  it("stays put for reads, and for writes to other tables", async () => {
    const { db } = store;
    expect(await moves(() => db.selectFrom("accounts").selectAll().execute())).toBe(false);
    expect(
      await moves(() =>
        db.selectFrom("sessions").innerJoin("accounts", "accounts.id", "accounts.id").selectAll().execute(),
      ),
    ).toBe(false);
    expect(
      await moves(() =>
        db
          .insertInto("settings")
          .values({ name: "watch-test", value: "1" })
          .onConflict((c) => c.doNothing())
          .execute(),
      ),
    ).toBe(false);
  });
});
