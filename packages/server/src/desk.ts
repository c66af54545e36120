import type { Text } from "@tianbiao/core";
import type { Kysely } from "kysely";
import type { Account, Database, FilingStatus } from "./db/schema";
import { chinaDay, dueDate, enterpriseSchedules, keyedByRecord, periodsShown } from "./due";
import { type Filings, filingRulesOf } from "./filings";

export type DeskStatus = "not_filed" | "draft" | FilingStatus;

/** One line of an enterprise's desk: a table and period, or one filing of a table keyed by record. */
export interface DeskItem {
  table: string;
  title: Text;
  tableNumber: string;
  /** The table number in both languages, as the 报表目录 prints it. */
  tableNumberText: Text;
  period: string;
  /** 年报 or 月报, as the 报表目录 gives it. */
  frequency: "annual" | "monthly";
  due: string;
  status: DeskStatus;
  overdue: boolean;
  /**
   * "period": the one filing of an annual table's period; "filing": one filing of a table keyed by
   * contract (企业2表, 企业3表); "new": the line that files another one in that period.
   */
  kind: "period" | "filing" | "new";
  filingId?: string;
  revision?: number;
  returnedReason?: string;
  /** When the filing's current revision was received. */
  receivedAt?: string;
  /** When a draft of this table and period was last saved to the server. */
  draftSavedAt?: string;
}

/**
 * An enterprise's desk: every table the 报表目录 holds it to, over the periods {@link periodsShown}
 * gives, with where each filing stands. A table keyed by contract lists the period's filings and a
 * "new" line (never overdue: a month without a contract has nothing to file); a returned filing is
 * overdue once its period is past due, until it is filed again.
 */
export async function deskOf(
  db: Kysely<Database>,
  filings: Filings,
  account: Account,
  now: Date,
): Promise<{ today: string; items: DeskItem[] }> {
  const today = chinaDay(now);
  const wanted = enterpriseSchedules().map((schedule) => ({
    schedule,
    periods: periodsShown(schedule, today),
    byRecord: keyedByRecord(filingRulesOf(filings.formTable(schedule.table).table).key),
  }));
  const tables = wanted.map((w) => w.schedule.table);
  const periods = [...new Set(wanted.flatMap((w) => w.periods))];
  if (tables.length === 0) return { today, items: [] };

  const [rows, drafts] = await Promise.all([
    db
      .selectFrom("filings")
      .select(["id", "table_id", "period", "status", "revision", "updated_at", "first_filed_at"])
      .where("filer_id", "=", account.id)
      .where("table_id", "in", tables)
      .where("period", "in", periods)
      .orderBy("first_filed_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("drafts")
      .select(["table_id", "period", "saved_at"])
      .where("account_id", "=", account.id)
      .where("expires_at", ">", now)
      .execute(),
  ]);
  const returnedIds = rows.filter((r) => r.status === "returned").map((r) => r.id);
  const reasons = new Map<string, string>();
  if (returnedIds.length > 0) {
    const returns = await db
      .selectFrom("reviews")
      .select(["filing_id", "reason"])
      .where("filing_id", "in", returnedIds)
      .where("action", "=", "return")
      .orderBy("id")
      .execute();
    // Ordered by id: the last one read is the latest return.
    for (const r of returns) if (r.reason !== null) reasons.set(r.filing_id, r.reason);
  }
  const draftAt = new Map(
    drafts.map((d) => [`${d.table_id}\u0000${d.period}`, new Date(d.saved_at).toISOString()]),
  );

  const items: DeskItem[] = [];
  for (const { schedule, periods: shown, byRecord } of wanted) {
    for (const period of shown) {
      const due = dueDate(schedule, period) ?? "";
      const pastDue = due !== "" && today > due;
      const base = {
        table: schedule.table,
        title: schedule.title,
        tableNumber: shortNumber(schedule.tableNumber.zh),
        tableNumberText: schedule.tableNumber,
        period,
        frequency: schedule.frequency,
        due,
      };
      const saved = draftAt.get(`${schedule.table}\u0000${period}`);
      const draft = saved === undefined ? {} : { draftSavedAt: saved };
      const filed = rows.filter((r) => r.table_id === schedule.table && r.period === period);
      for (const filing of filed) {
        const reason = reasons.get(filing.id);
        items.push({
          ...base,
          status: filing.status,
          overdue: filing.status === "returned" && pastDue,
          kind: byRecord ? "filing" : "period",
          filingId: filing.id,
          revision: filing.revision,
          ...(filing.status === "returned" && reason !== undefined ? { returnedReason: reason } : {}),
          receivedAt: new Date(filing.updated_at).toISOString(),
          ...(byRecord ? {} : draft),
        });
      }
      if (byRecord || filed.length === 0) {
        items.push({
          ...base,
          status: saved === undefined ? "not_filed" : "draft",
          overdue: !byRecord && pastDue,
          kind: byRecord ? "new" : "period",
          ...draft,
        });
      }
    }
  }
  return { today, items };
}

/** 企业1表 from 服务外包统企业1表: the number as a desk names it. */
function shortNumber(printed: string): string {
  return printed.replace(/^服务外包统/, "");
}
