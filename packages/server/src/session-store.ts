import type { Session } from "fastify";
import { type Kysely, sql } from "kysely";
import type { Account, Database } from "./db/schema";
import type { WriteWatch } from "./db/write-watch";

type Callback = (error?: unknown) => void;

/** How long a session's stored expiry may lag its cookie before the store writes it again. */
const touchThrottleMs = 60_000;
const rememberedSessions = 10_000;

/** JSON with every object's keys sorted: jsonb gives keys back in its own order, not the one written. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** What the store knows of a session it has written or read. */
interface Entry {
  /** The session without its cookie, as canonical JSON, as last written or read. */
  rest: string;
  /** The expiry last written to the database. */
  storedExpires: number;
  /**
   * Watched stores only: the session as `get` answers it (with its cookie), its idle expiry on the
   * server's clock, its account, and the write generation all three were read at.
   */
  cached?: {
    data: string;
    expires: number;
    account: Account | null;
    generation: number;
  };
}

/**
 * @fastify/session's store, in the same database as the filings, so a restart or a second server
 * process keeps everyone signed in. With rolling sessions the plugin saves on every request; a save
 * that only moves the expiry by less than a minute is not written again.
 *
 * Reading a session also reads its account in the same statement, so a signed-in request costs one
 * round trip to the database before its route, not two: `takeAccount` hands it to the hook that decides
 * who is asking. A session and its account are then kept in memory and answered from there until
 * something else writes to the accounts or sessions table (`WriteWatch` counts those writes):
 * disabling an account, a failed sign-in or an edit made directly in the database drops every kept
 * session, a write to one session drops that one, and the next request reads it again. On PostgreSQL,
 * a write by another server process is heard through a notification, delivered at its commit; while
 * the listening connection is down nothing is answered from memory.
 */
export class DatabaseSessionStore {
  private readonly entries = new Map<string, Entry>();
  private readonly accounts = new Map<string, Account | null>();
  /** Counts this store's own writes, so a read that overlapped one is not kept. */
  private ownWrites = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly watch?: WriteWatch,
  ) {
    watch?.onSessionWritten((id) => {
      const entry = this.entries.get(id);
      if (entry !== undefined) entry.cached = undefined;
    });
  }

  set(id: string, session: Session, callback: Callback): void {
    const { cookie, ...rest } = JSON.parse(JSON.stringify(session)) as Record<string, unknown> & {
      cookie?: { expires?: string; originalMaxAge?: number | null };
    };
    const data = JSON.stringify({ ...rest, cookie });
    // The idle expiry counts on the server's clock, the one the absolute expiry and sign-in locks use.
    const maxAge = cookie?.originalMaxAge;
    const expires =
      typeof maxAge === "number"
        ? this.now().getTime() + maxAge
        : cookie?.expires
          ? new Date(cookie.expires).getTime()
          : this.now().getTime() + 86_400_000;
    const restText = canonical(rest);
    const last = this.entries.get(id);
    // What is kept stays current: the same session with its new expiry. Changed data drops it.
    const cached =
      last?.cached !== undefined && last.rest === restText ? { ...last.cached, data, expires } : undefined;
    if (
      last !== undefined &&
      last.rest === restText &&
      Math.abs(expires - last.storedExpires) < touchThrottleMs
    ) {
      last.cached = cached;
      callback();
      return;
    }
    this.ownWrites += 1;
    // Not through the watch: the store's own writes keep its entries current themselves.
    this.db
      .withoutPlugins()
      .insertInto("sessions")
      .values({ id, data, expires_at: new Date(expires) })
      .onConflict((c) => c.column("id").doUpdateSet({ data, expires_at: new Date(expires) }))
      .execute()
      .then(() => {
        this.keep(this.entries, id, {
          rest: restText,
          storedExpires: expires,
          ...(cached && { cached }),
        });
        callback();
      }, callback);
  }

  get(id: string, callback: (error: unknown, session?: Session | null) => void): void {
    const kept = this.entries.get(id)?.cached;
    if (
      kept !== undefined &&
      this.watch?.live === true &&
      kept.generation === this.watch.generation &&
      kept.expires > this.now().getTime()
    ) {
      this.keep(this.accounts, id, kept.account);
      callback(null, JSON.parse(kept.data) as Session);
      return;
    }
    const generation = this.watch?.live ? this.watch.generation : undefined;
    const sessionWrites = this.watch?.sessionWrites;
    const ownWrites = this.ownWrites;
    this.db
      .selectFrom("sessions")
      // The server writes accountId; anything else in that place joins no account.
      .leftJoin("accounts", (join) =>
        join.on(
          sql<boolean>`accounts.id = case when sessions.data->>'accountId' ~ '^[0-9a-f-]{36}$' then (sessions.data->>'accountId')::uuid end`,
        ),
      )
      .select(["sessions.data", "sessions.expires_at"])
      .select((eb) => eb.fn.toJson("accounts").as("account"))
      .where("sessions.id", "=", id)
      .where("sessions.expires_at", ">", this.now())
      .executeTakeFirst()
      .then((row) => {
        if (row === undefined) {
          this.entries.delete(id);
          this.accounts.delete(id);
          callback(null, null);
          return;
        }
        const { cookie: _cookie, ...rest } = row.data;
        const account = row.account === null ? null : accountFromJson(row.account);
        const storedExpires = new Date(row.expires_at).getTime();
        // Kept only if nothing that could change it was written while it was read.
        const unchanged =
          generation !== undefined &&
          this.watch?.live === true &&
          generation === this.watch.generation &&
          sessionWrites === this.watch.sessionWrites &&
          ownWrites === this.ownWrites;
        this.keep(this.entries, id, {
          rest: canonical(rest),
          storedExpires,
          ...(unchanged && {
            cached: {
              data: JSON.stringify(row.data),
              expires: storedExpires,
              account,
              generation,
            },
          }),
        });
        this.keep(this.accounts, id, account);
        callback(null, row.data as unknown as Session);
      }, callback);
  }

  /**
   * The account read with the session `id` by the last `get`, once: null when the session names
   * none that exists, undefined when nothing was read (ask the accounts table).
   */
  takeAccount(id: string): Account | null | undefined {
    const account = this.accounts.get(id);
    this.accounts.delete(id);
    return account;
  }

  destroy(id: string, callback: Callback): void {
    this.ownWrites += 1;
    this.entries.delete(id);
    this.accounts.delete(id);
    this.db
      .withoutPlugins()
      .deleteFrom("sessions")
      .where("id", "=", id)
      .execute()
      .then(() => callback(), callback);
  }

  /** Removes expired sessions; the server calls it now and then. */
  async sweep(): Promise<void> {
    this.ownWrites += 1;
    await this.db.withoutPlugins().deleteFrom("sessions").where("expires_at", "<=", this.now()).execute();
  }

  /** Sets `id` in a map that keeps the most recently set `rememberedSessions` entries. */
  private keep<T>(map: Map<string, T>, id: string, value: T): void {
    map.delete(id);
    map.set(id, value);
    if (map.size > rememberedSessions) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }
}

/** An accounts row as to_json gives it: timestamps come back as text. */
function accountFromJson(row: Record<string, unknown>): Account {
  const account = row as unknown as Account;
  return {
    ...account,
    locked_until: account.locked_until === null ? null : new Date(account.locked_until),
    created_at: new Date(account.created_at),
  };
}
