import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import initSqlJs from "sql.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteStore } from "./sqlite-store";
import type { NewSubmission } from "./store";

function submission(overrides: Partial<NewSubmission> = {}): NewSubmission {
  return {
    id: randomUUID(),
    table: "enterprise-1",
    period: "2024",
    values: { entityName: "深圳市云帆软件服务有限公司" },
    context: {},
    warnings: [],
    receivedAt: new Date().toISOString(),
    status: "district",
    ...overrides,
  };
}

async function appliedMigrations(file: string): Promise<unknown[][]> {
  const sql = await initSqlJs();
  const db = new sql.Database(await readFile(file));
  try {
    return db.exec("SELECT version, name FROM schema_migrations ORDER BY version")[0]?.values ?? [];
  } finally {
    db.close();
  }
}

describe("SqliteStore", () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tianbiao-sqlite-"));
    file = join(dir, "nested", "tianbiao.sqlite");
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("creates the file and its directory on first open, with the migrations recorded", async () => {
    const store = await SqliteStore.open(file);
    await store.close();
    expect(await appliedMigrations(file)).toEqual([
      [1, "submissions"],
      [2, "reviews"],
    ]);
  });

  it("applies nothing on a second open, and keeps what was stored", async () => {
    const first = await SqliteStore.open(file);
    const kept = submission();
    await first.insert(kept);
    await first.close();
    const before = await stat(file);
    const second = await SqliteStore.open(file);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await second.get(kept.id)).toEqual({ ...kept, reviews: [] });
    await second.close();
    expect(await appliedMigrations(file)).toHaveLength(2);
  });

  it("writes every change to the file before it resolves", async () => {
    const store = await SqliteStore.open(file);
    const ids = await Promise.all(
      Array.from({ length: 25 }, async () => {
        const item = submission();
        await store.insert(item);
        return item.id;
      }),
    );
    // Read the file as it is now, while the store is still open.
    const sql = await initSqlJs();
    const db = new sql.Database(await readFile(file));
    const onDisk = (db.exec("SELECT id FROM submissions")[0]?.values ?? []).map(([id]) => id);
    db.close();
    expect(onDisk.sort()).toEqual([...ids].sort());
    await store.close();
  });

  it("refuses a file another live store holds, and takes over a dead one's lock", async () => {
    const store = await SqliteStore.open(file);
    await expect(SqliteStore.open(file)).rejects.toThrow(/in use by process/);
    await store.close();

    await writeFile(`${file}.lock`, String(process.ppid));
    await expect(SqliteStore.open(file)).rejects.toThrow(`in use by process ${process.ppid}`);

    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    await writeFile(`${file}.lock`, String(gone));
    const again = await SqliteStore.open(file);
    expect((await readFile(`${file}.lock`, "utf8")).trim()).toBe(String(process.pid));
    await again.close();
    await expect(stat(`${file}.lock`)).rejects.toThrow();
  });

  it("rolls back a change whose file write failed, so memory never holds what the disk lacks", async () => {
    const store = await SqliteStore.open(file);
    const first = submission();
    await store.insert(first);
    // A non-empty directory where the file goes makes the rename fail.
    await rm(file);
    await mkdir(join(file, "blocker"), { recursive: true });
    const lost = submission();
    await expect(store.insert(lost)).rejects.toThrow();
    expect(await store.get(lost.id)).toBeUndefined();
    expect(await store.get(first.id)).toBeDefined();

    await rm(file, { recursive: true });
    const later = submission();
    await store.insert(later);
    await store.close();
    const reopened = await SqliteStore.open(file);
    expect(await reopened.get(first.id)).toBeDefined();
    expect(await reopened.get(later.id)).toBeDefined();
    expect(await reopened.get(lost.id)).toBeUndefined();
    await reopened.close();
  });

  it("refuses a database a newer server migrated, and a file that is not SQLite", async () => {
    const store = await SqliteStore.open(file);
    await store.close();
    const sql = await initSqlJs();
    const db = new sql.Database(await readFile(file));
    db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (3, 'future', '2030-01-01')");
    await writeFile(file, db.export());
    db.close();
    await expect(SqliteStore.open(file)).rejects.toThrow(/migration 3 \(future\).*does not know/);

    await writeFile(file, "not a database, just text that is long enough to fill a header page");
    await expect(SqliteStore.open(file)).rejects.toThrow(/Cannot open the database file/);
    // A refused open leaves no lock behind.
    await expect(stat(`${file}.lock`)).rejects.toThrow();
  });

  it("orders a list newest first and records reviews atomically", async () => {
    const store = await SqliteStore.open(file);
    const older = submission({ receivedAt: "2025-01-01T00:00:00.000Z" });
    const newer = submission({ receivedAt: "2025-01-02T00:00:00.000Z", period: "2025" });
    await store.insert(newer);
    await store.insert(older);
    const page = await store.list({ limit: 10, offset: 0 });
    expect(page.items.map((item) => item.id)).toEqual([newer.id, older.id]);
    expect((await store.list({ period: "2025", limit: 10, offset: 0 })).total).toBe(1);
    const at = "2025-01-03T00:00:00.000Z";
    const outcome = await store.review(older.id, { level: "district", action: "approve", reason: null, at });
    expect(outcome).toEqual({
      kind: "done",
      record: {
        ...older,
        status: "city",
        reviews: [{ level: "district", action: "approve", reason: null, at, status: "city" }],
      },
    });
    expect(await store.review(older.id, { level: "district", action: "approve", reason: null, at })).toEqual({
      kind: "conflict",
      status: "city",
    });
    expect(
      await store.review(randomUUID(), { level: "district", action: "approve", reason: null, at }),
    ).toEqual({
      kind: "missing",
    });
    await store.close();
    await expect(store.get(older.id)).rejects.toThrow(/closed/);
  });
});
