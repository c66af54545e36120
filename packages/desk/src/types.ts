import type { Submission, Text } from "@tianbiao/core";

/** Where a filing stands: with its filer, awaiting a level's review, or done. */
export type FilingStatus = "draft" | "district" | "city" | "province" | "ministry" | "returned" | "accepted";
export type DeskStatus = FilingStatus | "not_filed";
export type ReviewLevel = "district" | "city" | "province" | "ministry";

export interface Account {
  id?: string;
  kind: "enterprise" | "reviewer" | "admin";
  username?: string;
  name: string;
  creditCode?: string | null;
  regionCode?: string | null;
  level?: ReviewLevel | null;
}

export interface Session {
  account: Account;
  csrfToken: string;
}

/** One row of an enterprise's 我的报表: a table it must file for a period. */
export interface DeskItem {
  table: string;
  title: Text;
  tableNumber?: string;
  period: string;
  due: string;
  status: DeskStatus;
  overdue: boolean;
  filingId?: string;
  revision?: number;
  returnedReason?: string | null;
  /** "filing": one filing of a table keyed by contract; "new": the line that files another; "period": the period's one filing. */
  kind?: "period" | "filing" | "new";
  draftSavedAt?: string;
}

export interface DeskOverview {
  today: string;
  items: DeskItem[];
}

export interface FilingListItem {
  id: string;
  table: string;
  period: string | null;
  status: FilingStatus;
  revision: number;
  receivedAt: string;
  filer: { name: string; regionCode: string };
}

export interface FilingPage {
  items: FilingListItem[];
  total: number;
  limit: number;
  offset: number;
}

export interface FilingFilter {
  table?: string;
  period?: string;
  status?: FilingStatus;
  region?: string;
  limit?: number;
  offset?: number;
}

/** A warning the server found, with the filer's answer where one was sent. */
export interface FiledWarning {
  rule: string;
  path: string;
  message?: Text;
  messageKey?: string;
  params?: Record<string, unknown>;
  confirmed?: boolean;
  explanation?: string;
  [key: string]: unknown;
}

export interface Review {
  level: ReviewLevel;
  action: "approve" | "return";
  reason: string | null;
  at: string;
  status: FilingStatus;
  revision: number;
  reviewer: string;
}

export interface Comment {
  id: number;
  body: string;
  at: string;
  author: string;
  authorKind: string;
}

export interface Filing {
  id: string;
  table: string;
  period: string | null;
  status: FilingStatus;
  revision: number;
  filer: { name: string; creditCode: string | null; regionCode: string };
  values: Submission;
  context?: Record<string, unknown> | null;
  warnings: FiledWarning[];
  receivedAt: string;
  firstFiledAt: string;
  reviews: Review[];
  comments: Comment[];
  revisions: Array<{ number: number; filedAt: string }>;
}

export interface FilingRevision {
  number: number;
  values: Submission;
  warnings: FiledWarning[];
  filedAt: string;
}

export interface FieldChange {
  path: string;
  code?: string;
  label: Text;
  before: unknown;
  after: unknown;
}

export interface BulkApproval {
  approved: string[];
  skipped: Array<{ id: string; reason: string }>;
}

export interface SummaryRow {
  regionCode: string;
  name: Text;
  parent: string | null;
  depth: number;
  sums: Record<string, number>;
  counts: {
    filed: number;
    awaiting: number;
    returned: number;
    accepted: number;
    due: number;
    overdue: number;
  };
}

export interface SummaryIndicator {
  code: string;
  path: string;
  label: Text;
  unit: string | null;
  /** A breakdown: the indicator it breaks down, and the choice it is broken down by. */
  of?: string;
  by?: { field: string; code: string | null; value: string; label: Text };
}

export interface Summary {
  table: string;
  period: string;
  scope: { regionCode: string; name: Text };
  due?: string | null;
  today?: string;
  indicators: SummaryIndicator[];
  rows: SummaryRow[];
}
