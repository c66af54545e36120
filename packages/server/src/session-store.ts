import type { Session } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "./db/schema";

type Callback = (error?: unknown) => void;

/** How long a session's stored expiry may lag its cookie before the store writes it again. */
const touchThrottleMs = 60_000;
const rememberedSessions = 10_000;

/**
 * @fastify/session's store, in the same database as the filings, so a restart or a second server
 * process keeps everyone signed in. With rolling sessions the plugin saves on every request; a save
 * that only moves the expiry by less than a minute is not written again.
 */
export class DatabaseSessionStore {
  private readonly written = new Map<string, { data: string; expires: number }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

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
    const restText = JSON.stringify(rest);
    const last = this.written.get(id);
    if (last !== undefined && last.data === restText && Math.abs(expires - last.expires) < touchThrottleMs) {
      callback();
      return;
    }
    this.db
      .insertInto("sessions")
      .values({ id, data, expires_at: new Date(expires) })
      .onConflict((c) => c.column("id").doUpdateSet({ data, expires_at: new Date(expires) }))
      .execute()
      .then(() => {
        this.remember(id, { data: restText, expires });
        callback();
      }, callback);
  }

  get(id: string, callback: (error: unknown, session?: Session | null) => void): void {
    this.db
      .selectFrom("sessions")
      .select(["data", "expires_at"])
      .where("id", "=", id)
      .where("expires_at", ">", this.now())
      .executeTakeFirst()
      .then((row) => {
        if (row === undefined) {
          this.written.delete(id);
          callback(null, null);
          return;
        }
        const { cookie: _cookie, ...rest } = row.data;
        this.remember(id, { data: JSON.stringify(rest), expires: new Date(row.expires_at).getTime() });
        callback(null, row.data as unknown as Session);
      }, callback);
  }

  destroy(id: string, callback: Callback): void {
    this.written.delete(id);
    this.db
      .deleteFrom("sessions")
      .where("id", "=", id)
      .execute()
      .then(() => callback(), callback);
  }

  /** Removes expired sessions; the server calls it now and then. */
  async sweep(): Promise<void> {
    await this.db.deleteFrom("sessions").where("expires_at", "<=", this.now()).execute();
  }

  private remember(id: string, entry: { data: string; expires: number }): void {
    this.written.delete(id);
    this.written.set(id, entry);
    if (this.written.size > rememberedSessions) {
      const oldest = this.written.keys().next().value;
      if (oldest !== undefined) this.written.delete(oldest);
    }
  }
}
