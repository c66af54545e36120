import {
  CompiledQuery,
  type PostgresCursor,
  type PostgresPool,
  type PostgresPoolClient,
  type PostgresQueryResult,
} from "kysely";
import type pg from "pg";

/** Statement text → the name it is prepared under. */
const names = new Map<string, string>();

/**
 * A statement the service runs on every request of a hot path (a filing), sent as a named prepared
 * statement: each database connection parses and plans it once, not on every call. The text must be
 * constant, with every value a `$n` parameter; `run` answers the query for one call's values.
 *
 * Run it through a Kysely instance without plugins (`db.withoutPlugins().executeQuery(...)`) and only
 * for statements that write neither accounts nor sessions: a precompiled query is not shown to the
 * write watch, which would otherwise count it as a write to every table.
 */
export function preparedStatement<Values extends readonly unknown[]>(
  name: string,
  text: string,
): (...values: Values) => CompiledQuery {
  const taken = [...names].find(([other, n]) => n === name && other !== text);
  if (taken !== undefined) throw new Error(`prepared statement ${name} is already another statement`);
  names.set(text, name);
  return (...values) => CompiledQuery.raw(text, [...values]);
}

/** A node-postgres client that sends a registered statement's text under its name. */
class PreparingClient implements PostgresPoolClient {
  constructor(private readonly client: pg.PoolClient) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query(query: string | PostgresCursor<unknown>, parameters?: ReadonlyArray<unknown>): unknown {
    // A cursor (streamed rows) is node-postgres's own submittable: passed through as it is.
    if (typeof query !== "string") return this.client.query(query as unknown as pg.Submittable);
    const values = parameters as unknown[] | undefined;
    const name = names.get(query);
    return name === undefined
      ? this.client.query(query, values)
      : this.client.query({ name, text: query, values });
  }

  release(destroy?: boolean): void {
    this.client.release(destroy);
  }
}

/**
 * The pool Kysely is given, over node-postgres's: a registered statement's text goes out under its
 * name (node-postgres prepares it on a connection the first time and reuses it there), anything else
 * unchanged. Each connection keeps one wrapper, since Kysely keys its connections by the client.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PreparingClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) {
        wrapper = new PreparingClient(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
