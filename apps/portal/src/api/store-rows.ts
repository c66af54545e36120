import type { Submission } from "@tianbiao/core";
import type { ListQuery, NewSubmission, ReviewEntry, StoredWarning, SubmissionSummary } from "./store";

// SQLite hands back JSON and times as text; PostgreSQL (through pg) as parsed JSON and Date.
function json<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

function isoTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The columns of a `submissions` row a list shows. */
export const summaryColumns = "id, table_id, period, received_at, status";

/** A `submissions` row as a list item, whichever database it came from. */
export function rowToSummary(row: Record<string, unknown>): SubmissionSummary {
  return {
    id: String(row.id),
    table: String(row.table_id),
    period: row.period === null || row.period === undefined ? null : String(row.period),
    receivedAt: isoTime(row.received_at),
    status: String(row.status) as NewSubmission["status"],
  };
}

/** A whole `submissions` row as a submission. */
export function rowToSubmission(row: Record<string, unknown>): NewSubmission {
  const { id, table, period, receivedAt, status } = rowToSummary(row);
  return {
    id,
    table,
    period,
    values: json<Submission>(row.submitted_values),
    context: json<Record<string, unknown>>(row.context),
    warnings: json<StoredWarning[]>(row.warnings),
    receivedAt,
    status,
  };
}

/** A `reviews` row as a step of the history. */
export function rowToReview(row: Record<string, unknown>): ReviewEntry {
  return {
    level: String(row.level) as ReviewEntry["level"],
    action: String(row.action) as ReviewEntry["action"],
    reason: row.reason === null || row.reason === undefined ? null : String(row.reason),
    at: isoTime(row.reviewed_at),
    status: String(row.status_after) as ReviewEntry["status"],
  };
}

/** The WHERE clause of a list or export query; `placeholder(n)` writes the n-th (1-based) parameter. */
export function whereClause(
  query: Pick<ListQuery, "table" | "period" | "status">,
  placeholder: (n: number) => string,
): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    params.push(value);
    conditions.push(`${column} = ${placeholder(params.length)}`);
  };
  add("table_id", query.table);
  add("period", query.period);
  add("status", query.status);
  return { sql: conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`, params };
}
