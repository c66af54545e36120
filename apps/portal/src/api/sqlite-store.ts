import { mkdir, open, readFile, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import initSqlJs from "sql.js";
import { writeFileAtomic } from "./atomic-file";
import { pendingMigrations } from "./migrations";
import {
  type ListPage,
  type ListQuery,
  type NewSubmission,
  type ReviewEntry,
  type ReviewOutcome,
  type ReviewRequest,
  type SubmissionRecord,
  type SubmissionStore,
  transition,
} from "./store";
import { rowToReview, rowToSubmission, rowToSummary, summaryColumns, whereClause } from "./store-rows";

type Database = initSqlJs.Database;
type SqlValue = initSqlJs.SqlValue;
type Row = Record<string, SqlValue>;

let engine: Promise<initSqlJs.SqlJsStatic> | undefined;
/** Lock files this process holds, so one process cannot open a file twice either. */
const heldLocks = new Set<string>();

interface Waiter {
  version: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * SQLite through sql.js (the SQLite engine compiled to WebAssembly): the database lives in memory
 * and every change is written to `file` as a whole new image, atomically and fsynced, before the
 * change is reported done. Changes that arrive while an image is being written share the next one
 * (group commit), so concurrent requests queue behind one write at a time and none is lost.
 */
export class SqliteStore implements SubmissionStore {
  readonly kind = "sqlite";
  private version = 0;
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | undefined;
  private closed = false;

  private constructor(
    private db: Database,
    private lastGood: Uint8Array,
    readonly file: string,
    private readonly releaseLock: () => Promise<void>,
    private readonly sql: initSqlJs.SqlJsStatic,
  ) {}

  /** Opens (or creates) the database file, applies pending migrations and writes the file once. */
  static async open(file: string): Promise<SqliteStore> {
    const path = resolve(file);
    await mkdir(dirname(path), { recursive: true });
    const releaseLock = await acquireLock(`${path}.lock`);
    try {
      engine ??= initSqlJs();
      const sql = await engine;
      const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw error;
      });
      const db = new sql.Database(bytes);
      let changed = bytes === undefined;
      try {
        db.run("PRAGMA foreign_keys = ON");
        changed = migrate(db) || changed;
      } catch (error) {
        db.close();
        throw new Error(`Cannot open the database file ${path}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const image = db.export();
      if (changed) await writeFileAtomic(path, image);
      return new SqliteStore(db, image, path, releaseLock, sql);
    } catch (error) {
      await releaseLock();
      throw error;
    }
  }

  async insert(submission: NewSubmission): Promise<void> {
    this.assertOpen();
    this.db.run(
      `INSERT INTO submissions (id, table_id, period, submitted_values, context, warnings, received_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        submission.id,
        submission.table,
        submission.period,
        JSON.stringify(submission.values),
        JSON.stringify(submission.context),
        JSON.stringify(submission.warnings),
        submission.receivedAt,
        submission.status,
      ],
    );
    await this.persist();
  }

  async get(id: string): Promise<SubmissionRecord | undefined> {
    this.assertOpen();
    return this.read(id);
  }

  async list(query: ListQuery): Promise<ListPage> {
    this.assertOpen();
    const { sql, params } = whereClause(query, () => "?");
    const total = Number(this.rows(`SELECT count(*) AS n FROM submissions ${sql}`, params)[0]?.n ?? 0);
    const items = this.rows(
      `SELECT ${summaryColumns} FROM submissions ${sql} ORDER BY received_at DESC, seq DESC LIMIT ? OFFSET ?`,
      [...params, query.limit, query.offset],
    ).map(rowToSummary);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  async exportRows(table: string, period?: string): Promise<NewSubmission[]> {
    this.assertOpen();
    const { sql, params } = whereClause({ table, period }, () => "?");
    return this.rows(`SELECT * FROM submissions ${sql} ORDER BY received_at, seq`, params).map(
      rowToSubmission,
    );
  }

  async review(id: string, request: ReviewRequest): Promise<ReviewOutcome> {
    this.assertOpen();
    const current = this.rows("SELECT status FROM submissions WHERE id = ?", [id])[0];
    if (current === undefined) return { kind: "missing" };
    const status = current.status as NewSubmission["status"];
    const next = transition(status, request.level, request.action);
    if (!next.ok) return { kind: "conflict", status };
    // Synchronous from the read above to COMMIT, so no other request can interleave.
    this.db.run("BEGIN");
    try {
      this.db.run("UPDATE submissions SET status = ? WHERE id = ?", [next.status, id]);
      this.db.run(
        `INSERT INTO reviews (submission_id, level, action, reason, status_after, reviewed_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
        [id, request.level, request.action, request.reason, next.status, request.at],
      );
      this.db.run("COMMIT");
    } catch (error) {
      this.db.run("ROLLBACK");
      throw error;
    }
    const record = this.read(id);
    await this.persist();
    return record === undefined ? { kind: "missing" } : { kind: "done", record };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing !== undefined) await this.flushing.catch(() => undefined);
    this.db.close();
    await this.releaseLock();
  }

  private read(id: string): SubmissionRecord | undefined {
    const row = this.rows("SELECT * FROM submissions WHERE id = ?", [id])[0];
    if (row === undefined) return undefined;
    const reviews: ReviewEntry[] = this.rows(
      "SELECT level, action, reason, status_after, reviewed_at FROM reviews WHERE submission_id = ? ORDER BY seq",
      [id],
    ).map(rowToReview);
    return { ...rowToSubmission(row), reviews };
  }

  private rows(sql: string, params: SqlValue[]): Row[] {
    const statement = this.db.prepare(sql);
    try {
      statement.bind(params);
      const out: Row[] = [];
      while (statement.step()) out.push(statement.getAsObject());
      return out;
    } finally {
      statement.free();
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("The submission store is closed");
  }

  /** Resolves once the database file holds every change made before this call. */
  private persist(): Promise<void> {
    this.version += 1;
    const version = this.version;
    return new Promise((resolve, reject) => {
      this.waiters.push({ version, resolve, reject });
      this.flushing ??= this.flushLoop().finally(() => {
        this.flushing = undefined;
      });
    });
  }

  private async flushLoop(): Promise<void> {
    while (this.waiters.length > 0) {
      const upTo = this.version;
      let image: Uint8Array;
      try {
        image = this.db.export();
        await writeFileAtomic(this.file, image);
      } catch (error) {
        // Nothing since the last good image was acknowledged: drop it all, so memory matches disk.
        const failed = this.waiters;
        this.waiters = [];
        this.db.close();
        this.db = new this.sql.Database(this.lastGood);
        this.db.run("PRAGMA foreign_keys = ON");
        for (const waiter of failed) waiter.reject(error);
        continue;
      }
      this.lastGood = image;
      const done = this.waiters.filter((waiter) => waiter.version <= upTo);
      this.waiters = this.waiters.filter((waiter) => waiter.version > upTo);
      for (const waiter of done) waiter.resolve();
    }
  }
}

/** Applies pending migrations, each in its own transaction; answers whether any was applied. */
function migrate(db: Database): boolean {
  db.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const applied = (db.exec("SELECT version, name FROM schema_migrations")[0]?.values ?? []).map(([v, n]) => ({
    version: Number(v),
    name: String(n),
  }));
  const pending = pendingMigrations(applied);
  for (const migration of pending) {
    db.run("BEGIN");
    try {
      db.exec(migration.sqlite);
      db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      db.run("COMMIT");
    } catch (error) {
      db.run("ROLLBACK");
      throw new Error(
        `Schema migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
      );
    }
  }
  return pending.length > 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One process per database file: two would each write whole images and lose each other's
 * changes. A lock left by a process that died (killed, crashed) is taken over.
 */
async function acquireLock(lockFile: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lockFile, "wx", 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      heldLocks.add(lockFile);
      return async () => {
        heldLocks.delete(lockFile);
        await unlink(lockFile).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number((await readFile(lockFile, "utf8").catch(() => "")).trim());
      const ownerAlive = owner === process.pid ? heldLocks.has(lockFile) : owner > 0 && isAlive(owner);
      if (ownerAlive) {
        throw new Error(`The database file is in use by process ${owner} (lock file ${lockFile})`);
      }
      await unlink(lockFile).catch(() => undefined);
    }
  }
  throw new Error(`Cannot lock the database file (lock file ${lockFile})`);
}
