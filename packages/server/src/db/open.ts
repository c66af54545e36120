import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { createPgConfig } from "@electric-sql/pglite/node-postgres";
import { Kysely, Migrator, PostgresDialect } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations";
import { listenForWrites } from "./notify-watch";
import { preparingPool } from "./prepared";
import type { Database } from "./schema";
import { WriteWatch } from "./write-watch";

/** Where filings are kept: PostgreSQL at a URL, or the embedded engine in a folder (or in memory). */
export type StoreConfig =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "embedded"; dir: string | null };

export interface OpenDatabase {
  db: Kysely<Database>;
  config: StoreConfig;
  /**
   * Counts writes to accounts and sessions (made through `db`, and on PostgreSQL by any process), so
   * the session store may keep signed-in sessions in memory between them.
   */
  watch: WriteWatch;
  close(): Promise<void>;
}

/** DATABASE_URL selects PostgreSQL; otherwise the embedded store in TIANBIAO_DATA_DIR or `defaultDir`. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv, defaultDir: string): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  return { kind: "embedded", dir: env.TIANBIAO_DATA_DIR?.trim() || defaultDir };
}

/** Says where data goes, without a password. */
export function describeStore(config: StoreConfig): string {
  if (config.kind === "embedded")
    return config.dir === null ? "memory (embedded)" : `${config.dir} (embedded)`;
  try {
    const url = new URL(config.url);
    url.password = "";
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

// Identity and bigint columns come back as numbers: no count here nears 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** Opens the store and brings its schema up to date. */
export async function openDatabase(config: StoreConfig): Promise<OpenDatabase> {
  const watch = new WriteWatch(new Set(["accounts", "sessions"]));
  let stopListening = async (): Promise<void> => undefined;
  let closeEngine = async (): Promise<void> => undefined;
  let pool: pg.Pool;
  if (config.kind === "postgres") {
    pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
    });
  } else {
    if (config.dir !== null) await mkdir(config.dir, { recursive: true });
    const engine = config.dir === null ? new PGlite() : new PGlite(config.dir);
    await engine.waitReady;
    closeEngine = () => engine.close();
    // PGlite is one connection; node-postgres speaks to it through PGlite's own adapter, so both stores
    // go through one driver (and its prepared statements). The one client is never closed for idling.
    pool = new pg.Pool({ ...createPgConfig(engine), max: 1, idleTimeoutMillis: 0 });
  }
  // An idle client that loses its server must not crash the process.
  pool.on("error", () => undefined);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: preparingPool(pool) }),
    plugins: [watch],
  });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    await closeEngine();
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(
      `the store's schema could not be brought up to date (migration ${failed}): ${String(error)}`,
    );
  }
  // After the migrations, whose triggers send the notifications.
  if (config.kind === "postgres") stopListening = await listenForWrites(config.url, watch);
  return {
    db,
    config,
    watch,
    async close() {
      await stopListening();
      await db.destroy();
      await closeEngine();
    },
  };
}
