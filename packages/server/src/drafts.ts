import type { Kysely } from "kysely";
import type { Database } from "./db/schema";
import { HttpError } from "./errors";
import { apiMessages } from "./messages";

/** How long a draft is kept after it was last saved, by the server's clock. */
export const draftLifetimeMs = 30 * 24 * 3_600_000;

/**
 * The most drafts one enterprise keeps at once: a desk shows some thirty lines (twelve months of the
 * monthly tables, last year of the annual ones), so this is room to spare, and it bounds what one
 * account can store (each draft up to a submission's size).
 */
export const maxDrafts = 100;

export interface Draft {
  values: Record<string, unknown>;
  savedAt: string;
}

/**
 * Drafts an enterprise saves to the server, one per table and period. The account is always the
 * session's; values are kept as sent (a draft may be incomplete) and never logged.
 */
export class Drafts {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async save(
    accountId: string,
    tableId: string,
    period: string,
    values: Record<string, unknown>,
    savedAt: Date,
  ): Promise<string> {
    const expires = new Date(this.now().getTime() + draftLifetimeMs);
    await this.forgetExpired(accountId);
    const others = await this.db
      .selectFrom("drafts")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .where("account_id", "=", accountId)
      .where((eb) => eb.or([eb("table_id", "<>", tableId), eb("period", "<>", period)]))
      .executeTakeFirstOrThrow();
    if (Number(others.n) >= maxDrafts) {
      throw new HttpError(409, "too_many_drafts", apiMessages.tooManyDrafts(maxDrafts));
    }
    await this.db
      .insertInto("drafts")
      .values({
        account_id: accountId,
        table_id: tableId,
        period,
        values: JSON.stringify(values),
        saved_at: savedAt,
        expires_at: expires,
      })
      .onConflict((c) =>
        c.columns(["account_id", "table_id", "period"]).doUpdateSet({
          values: JSON.stringify(values),
          saved_at: savedAt,
          expires_at: expires,
        }),
      )
      .execute();
    return savedAt.toISOString();
  }

  async get(accountId: string, tableId: string, period: string): Promise<Draft | undefined> {
    const row = await this.db
      .selectFrom("drafts")
      .select(["values", "saved_at"])
      .where("account_id", "=", accountId)
      .where("table_id", "=", tableId)
      .where("period", "=", period)
      .where("expires_at", ">", this.now())
      .executeTakeFirst();
    return row === undefined
      ? undefined
      : { values: row.values, savedAt: new Date(row.saved_at).toISOString() };
  }

  /** Removes a draft; answers whether there was one. */
  async discard(accountId: string, tableId: string, period: string): Promise<boolean> {
    const removed = await this.db
      .deleteFrom("drafts")
      .where("account_id", "=", accountId)
      .where("table_id", "=", tableId)
      .where("period", "=", period)
      .where("expires_at", ">", this.now())
      .returning("period")
      .execute();
    return removed.length > 0;
  }

  /** The account's drafts that have not expired, newest first. */
  async list(accountId: string): Promise<Array<{ table: string; period: string; savedAt: string }>> {
    await this.forgetExpired(accountId);
    const rows = await this.db
      .selectFrom("drafts")
      .select(["table_id", "period", "saved_at"])
      .where("account_id", "=", accountId)
      .where("expires_at", ">", this.now())
      .orderBy("saved_at", "desc")
      .orderBy("table_id")
      .orderBy("period")
      .execute();
    return rows.map((r) => ({
      table: r.table_id,
      period: r.period,
      savedAt: new Date(r.saved_at).toISOString(),
    }));
  }

  /** Removes every expired draft, whoever saved it: nobody's data outlives its 30 days. */
  async sweep(): Promise<number> {
    const removed = await this.db
      .deleteFrom("drafts")
      .where("expires_at", "<=", this.now())
      .returning("account_id")
      .execute();
    return removed.length;
  }

  private async forgetExpired(accountId: string): Promise<void> {
    await this.db
      .deleteFrom("drafts")
      .where("account_id", "=", accountId)
      .where("expires_at", "<=", this.now())
      .execute();
  }
}
