import { PostgresStore } from "./postgres-store";
import { SqliteStore } from "./sqlite-store";
import type { SubmissionStore } from "./store";

/** Where submissions go: PostgreSQL when a URL is given, else a SQLite file. */
export interface StoreConfig {
  databaseUrl?: string;
  file: string;
}

/** `DATABASE_URL` selects PostgreSQL; otherwise `TIANBIAO_DB_FILE`, or `defaultFile`, is the SQLite file. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv, defaultFile: string): StoreConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  const file = env.TIANBIAO_DB_FILE?.trim() || defaultFile;
  return databaseUrl ? { databaseUrl, file } : { file };
}

/** Opens the store, creating the schema (or the SQLite file) on first start. */
export function openStore(config: StoreConfig): Promise<SubmissionStore> {
  return config.databaseUrl ? PostgresStore.open(config.databaseUrl) : SqliteStore.open(config.file);
}

/** A short description for the start-up line; never prints a password. */
export function describeStore(config: StoreConfig): string {
  if (!config.databaseUrl) return `SQLite ${config.file}`;
  try {
    const url = new URL(config.databaseUrl);
    return `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
