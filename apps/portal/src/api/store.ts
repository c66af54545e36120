import type { Submission } from "@tianbiao/core";

/** The review chain, lowest level first: 区县 → 地市 → 省级 → 商务部. */
export const reviewLevels = ["district", "city", "province", "ministry"] as const;

export type ReviewLevel = (typeof reviewLevels)[number];

/** A level's name is the level now reviewing; "accepted" and "returned" are final. */
export type SubmissionStatus = ReviewLevel | "accepted" | "returned";

export const submissionStatuses: readonly SubmissionStatus[] = [...reviewLevels, "accepted", "returned"];

export type ReviewAction = "approve" | "return";

export interface Bilingual {
  zh: string;
  en: string;
}

/** A warning the server found, with the filer's answer to it. */
export interface StoredWarning {
  path: string;
  code?: string;
  rule: string;
  message: Bilingual;
  /** The filer confirmed the value as correct. */
  confirmed: boolean;
  /** The filer's explanation, "" when none was given. */
  explanation: string;
}

/** A validated submission as it is written to the store. */
export interface NewSubmission {
  id: string;
  table: string;
  period: string | null;
  values: Submission;
  /** Values the host supplied for validation (e.g. previous cumulative amounts); {} when none. */
  context: Record<string, unknown>;
  warnings: StoredWarning[];
  /** ISO 8601, UTC, milliseconds. */
  receivedAt: string;
  status: SubmissionStatus;
}

/** One step of the review chain. */
export interface ReviewEntry {
  level: ReviewLevel;
  action: ReviewAction;
  reason: string | null;
  /** ISO 8601, UTC, milliseconds. */
  at: string;
  /** The submission's status after this step. */
  status: SubmissionStatus;
}

export interface SubmissionRecord extends NewSubmission {
  reviews: ReviewEntry[];
}

export type SubmissionSummary = Pick<NewSubmission, "id" | "table" | "period" | "receivedAt" | "status">;

export interface ListQuery {
  table?: string;
  period?: string;
  status?: SubmissionStatus;
  limit: number;
  offset: number;
}

export interface ListPage {
  items: SubmissionSummary[];
  total: number;
  limit: number;
  offset: number;
}

export interface ReviewRequest {
  level: ReviewLevel;
  action: ReviewAction;
  reason: string | null;
  at: string;
}

export type ReviewOutcome =
  | { kind: "done"; record: SubmissionRecord }
  | { kind: "missing" }
  | { kind: "conflict"; status: SubmissionStatus };

/**
 * Where submissions live. Every method resolves only once its change is durable: a write that
 * resolved survives the process being killed right after.
 */
export interface SubmissionStore {
  readonly kind: "sqlite" | "postgres";
  insert(submission: NewSubmission): Promise<void>;
  get(id: string): Promise<SubmissionRecord | undefined>;
  /** Newest first. */
  list(query: ListQuery): Promise<ListPage>;
  /** Every submission of a table (of one period, when given), oldest first. */
  exportRows(table: string, period?: string): Promise<NewSubmission[]>;
  /** Applies one review step if the submission is awaiting `level`; atomic against other steps. */
  review(id: string, request: ReviewRequest): Promise<ReviewOutcome>;
  /** Waits for writes under way, then releases the database. */
  close(): Promise<void>;
}

/** The status after `level` takes `action` on a submission in `status`, or why it cannot. */
export function transition(
  status: SubmissionStatus,
  level: ReviewLevel,
  action: ReviewAction,
): { ok: true; status: SubmissionStatus } | { ok: false } {
  if (status !== level) return { ok: false };
  if (action === "return") return { ok: true, status: "returned" };
  const next = reviewLevels[reviewLevels.indexOf(level) + 1];
  return { ok: true, status: next ?? "accepted" };
}

const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `id` has the form of a submission id (a lowercase UUID). */
export function isSubmissionId(id: string): boolean {
  return idPattern.test(id);
}
