import type { Kysely, Transaction } from "kysely";
import type { Account, Database } from "./db/schema";

/** One thing that happened, as the audit trail keeps it. */
export interface AuditEvent {
  actor: Account | null;
  /** When nobody is signed in (a failed sign-in): the name that was tried. */
  actorName?: string;
  action: string;
  filingId?: string;
  /** The account an account change or sign-in concerns. */
  accountId?: string;
  address: string | null;
  /** Never respondent data: ids, levels, counts, table and period only. */
  detail?: Record<string, unknown>;
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  filing?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/**
 * The append-only audit trail: sign-ins, reviewers' reads, review decisions, exports and account
 * changes. There is no method to change or remove an entry, and the database refuses it too.
 */
export class AuditLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(event: AuditEvent, trx?: Transaction<Database>): Promise<void> {
    await (trx ?? this.db)
      .insertInto("audit")
      .values({
        at: this.now(),
        actor_id: event.actor?.id ?? null,
        actor_name: event.actor?.username ?? event.actorName?.slice(0, 100) ?? null,
        action: event.action,
        filing_id: event.filingId ?? null,
        account_id: event.accountId ?? event.actor?.id ?? null,
        address: event.address,
        detail: JSON.stringify(event.detail ?? {}),
      })
      .execute();
  }

  async list(
    filter: AuditFilter,
  ): Promise<{ items: unknown[]; total: number; limit: number; offset: number }> {
    let query = this.db.selectFrom("audit");
    if (filter.actor !== undefined) query = query.where("actor_name", "=", filter.actor.toLowerCase());
    if (filter.action !== undefined) query = query.where("action", "=", filter.action);
    if (filter.filing !== undefined) query = query.where("filing_id", "=", filter.filing);
    if (filter.from !== undefined) query = query.where("at", ">=", filter.from);
    if (filter.to !== undefined) query = query.where("at", "<", filter.to);
    const [rows, count] = await Promise.all([
      query.selectAll().orderBy("id", "desc").limit(filter.limit).offset(filter.offset).execute(),
      query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        at: new Date(r.at).toISOString(),
        actor: r.actor_name,
        actorId: r.actor_id,
        action: r.action,
        filingId: r.filing_id,
        accountId: r.account_id,
        address: r.address,
        detail: r.detail,
      })),
      total: Number(count.n),
      limit: filter.limit,
      offset: filter.offset,
    };
  }
}
