import { Pool, type PoolClient } from "pg";
import { pendingMigrations } from "./migrations";
import {
  isSubmissionId,
  type ListPage,
  type ListQuery,
  type NewSubmission,
  type ReviewOutcome,
  type ReviewRequest,
  type SubmissionRecord,
  type SubmissionStore,
  transition,
} from "./store";
import { rowToReview, rowToSubmission, rowToSummary, summaryColumns, whereClause } from "./store-rows";

// Any fixed number; it keeps two servers starting at once from migrating at the same time.
const migrationLockKey = 7_314_002_022;

const dollar = (n: number): string => `$${n}`;

/** PostgreSQL through a `pg` pool: every change is committed before its promise resolves. */
export class PostgresStore implements SubmissionStore {
  readonly kind = "postgres";
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(private readonly pool: Pool) {}

  /** Connects, applies pending migrations (under an advisory lock) and answers the store. */
  static async open(connectionString: string): Promise<PostgresStore> {
    const pool = new Pool({ connectionString, max: 10 });
    // An idle client losing its connection must not crash the server; the next query reconnects.
    pool.on("error", (error) => console.error(`PostgreSQL connection error: ${error.message}`));
    try {
      await inTransaction(pool, migrate);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  insert(submission: NewSubmission): Promise<void> {
    return this.track(async () => {
      await this.pool.query(
        `INSERT INTO submissions (id, table_id, period, submitted_values, context, warnings, received_at, status)
         VALUES ($1, $2, $3, $4::json, $5::json, $6::json, $7, $8)`,
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
    });
  }

  get(id: string): Promise<SubmissionRecord | undefined> {
    return this.track(async () => (isSubmissionId(id) ? read(this.pool, id) : undefined));
  }

  list(query: ListQuery): Promise<ListPage> {
    return this.track(async () => {
      const { sql, params } = whereClause(query, dollar);
      const count = await this.pool.query(`SELECT count(*)::int AS n FROM submissions ${sql}`, params);
      const page = await this.pool.query(
        `SELECT ${summaryColumns} FROM submissions ${sql} ORDER BY received_at DESC, seq DESC
         LIMIT ${dollar(params.length + 1)} OFFSET ${dollar(params.length + 2)}`,
        [...params, query.limit, query.offset],
      );
      return {
        items: page.rows.map(rowToSummary),
        total: Number(count.rows[0]?.n ?? 0),
        limit: query.limit,
        offset: query.offset,
      };
    });
  }

  exportRows(table: string, period?: string): Promise<NewSubmission[]> {
    return this.track(async () => {
      const { sql, params } = whereClause({ table, period }, dollar);
      const result = await this.pool.query(
        `SELECT * FROM submissions ${sql} ORDER BY received_at, seq`,
        params,
      );
      return result.rows.map(rowToSubmission);
    });
  }

  review(id: string, request: ReviewRequest): Promise<ReviewOutcome> {
    if (!isSubmissionId(id)) return Promise.resolve({ kind: "missing" });
    return this.track(() =>
      inTransaction(this.pool, async (client): Promise<ReviewOutcome> => {
        // FOR UPDATE: a second reviewer of the same submission waits here, then sees the new status.
        const current = await client.query("SELECT status FROM submissions WHERE id = $1 FOR UPDATE", [id]);
        const row = current.rows[0];
        if (row === undefined) return { kind: "missing" };
        const status = String(row.status) as NewSubmission["status"];
        const next = transition(status, request.level, request.action);
        if (!next.ok) return { kind: "conflict", status };
        await client.query("UPDATE submissions SET status = $1 WHERE id = $2", [next.status, id]);
        await client.query(
          `INSERT INTO reviews (submission_id, level, action, reason, status_after, reviewed_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, request.level, request.action, request.reason, next.status, request.at],
        );
        const record = await read(client, id);
        return record === undefined ? { kind: "missing" } : { kind: "done", record };
      }),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.pending]);
    await this.pool.end();
  }

  private track<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error("The submission store is closed"));
    const promise = work();
    this.pending.add(promise);
    const forget = () => this.pending.delete(promise);
    promise.then(forget, forget);
    return promise;
  }
}

async function read(db: Pool | PoolClient, id: string): Promise<SubmissionRecord | undefined> {
  const result = await db.query("SELECT * FROM submissions WHERE id = $1", [id]);
  const row = result.rows[0];
  if (row === undefined) return undefined;
  const reviews = await db.query(
    "SELECT level, action, reason, status_after, reviewed_at FROM reviews WHERE submission_id = $1 ORDER BY seq",
    [id],
  );
  return { ...rowToSubmission(row), reviews: reviews.rows.map(rowToReview) };
}

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Applies every pending migration in one transaction (PostgreSQL DDL is transactional). */
async function migrate(client: PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1)", [migrationLockKey]);
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL
  )`);
  const applied = await client.query("SELECT version, name FROM schema_migrations ORDER BY version");
  const rows = applied.rows.map((row) => ({ version: Number(row.version), name: String(row.name) }));
  for (const migration of pendingMigrations(rows)) {
    try {
      await client.query(migration.postgres);
    } catch (error) {
      throw new Error(
        `Schema migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
      );
    }
    await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())", [
      migration.version,
      migration.name,
    ]);
  }
}
