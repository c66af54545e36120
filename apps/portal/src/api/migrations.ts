/**
 * One schema change, written once per dialect. Both dialects hold the same logical schema:
 * SQLite stores JSON and timestamps as text, PostgreSQL as json and timestamptz.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const statuses = "'district', 'city', 'province', 'ministry', 'accepted', 'returned'";
const levels = "'district', 'city', 'province', 'ministry'";

/** Every migration in order; applied ones are recorded in `schema_migrations`. Never edit one that shipped. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "submissions",
    sqlite: `
      CREATE TABLE submissions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        table_id TEXT NOT NULL,
        period TEXT,
        submitted_values TEXT NOT NULL,
        context TEXT NOT NULL,
        warnings TEXT NOT NULL,
        received_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN (${statuses}))
      );
      CREATE INDEX submissions_by_table ON submissions (table_id, period, received_at);
      CREATE INDEX submissions_by_time ON submissions (received_at);
    `,
    postgres: `
      CREATE TABLE submissions (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id UUID NOT NULL UNIQUE,
        table_id TEXT NOT NULL,
        period TEXT,
        submitted_values JSON NOT NULL,
        context JSON NOT NULL,
        warnings JSON NOT NULL,
        received_at TIMESTAMPTZ NOT NULL,
        status TEXT NOT NULL CHECK (status IN (${statuses}))
      );
      CREATE INDEX submissions_by_table ON submissions (table_id, period, received_at);
      CREATE INDEX submissions_by_time ON submissions (received_at);
    `,
  },
  {
    version: 2,
    name: "reviews",
    sqlite: `
      CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        submission_id TEXT NOT NULL REFERENCES submissions (id),
        level TEXT NOT NULL CHECK (level IN (${levels})),
        action TEXT NOT NULL CHECK (action IN ('approve', 'return')),
        reason TEXT,
        status_after TEXT NOT NULL CHECK (status_after IN (${statuses})),
        reviewed_at TEXT NOT NULL
      );
      CREATE INDEX reviews_by_submission ON reviews (submission_id, seq);
    `,
    postgres: `
      CREATE TABLE reviews (
        seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        submission_id UUID NOT NULL REFERENCES submissions (id),
        level TEXT NOT NULL CHECK (level IN (${levels})),
        action TEXT NOT NULL CHECK (action IN ('approve', 'return')),
        reason TEXT,
        status_after TEXT NOT NULL CHECK (status_after IN (${statuses})),
        reviewed_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX reviews_by_submission ON reviews (submission_id, seq);
    `,
  },
];

/** Checks the versions already applied against the known list; answers the ones still to apply. */
export function pendingMigrations(
  applied: ReadonlyArray<{ version: number; name: string }>,
  known: readonly Migration[] = migrations,
): Migration[] {
  const byVersion = new Map(known.map((m) => [m.version, m]));
  for (const row of applied) {
    const migration = byVersion.get(row.version);
    if (migration === undefined) {
      throw new Error(
        `The database has schema migration ${row.version} (${row.name}), which this server does not know; ` +
          "run a newer server.",
      );
    }
    if (migration.name !== row.name) {
      throw new Error(
        `Schema migration ${row.version} is "${row.name}" in the database but "${migration.name}" here.`,
      );
    }
  }
  const done = new Set(applied.map((row) => row.version));
  return [...known].sort((a, b) => a.version - b.version).filter((m) => !done.has(m.version));
}
