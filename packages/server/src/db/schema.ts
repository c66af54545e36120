import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

/** Times go in as ISO strings or Dates; both drivers give them back as Dates. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** jsonb: written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export type AccountKind = "enterprise" | "reviewer" | "admin";
export type ReviewLevel = "district" | "city" | "province" | "ministry";
export type FilingStatus = ReviewLevel | "accepted" | "returned";

export interface AccountsTable {
  id: string;
  kind: AccountKind;
  /** Sign-in name, lower case: an enterprise's credit code, a reviewer's or administrator's name. */
  username: string;
  display_name: string;
  password_hash: string | null;
  /** enterprise: 统一社会信用代码. */
  credit_code: string | null;
  /** enterprise: the 区划代码 of its registered county or finer; reviewer: the prefix it covers ("" = all). */
  region_code: string | null;
  level: ReviewLevel | null;
  contact: Json<Record<string, string>>;
  disabled: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Timestamp | null;
  /** Single sign-on: the issuer and subject this account is bound to. */
  oidc_issuer: string | null;
  oidc_subject: string | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  data: Json<Record<string, unknown>>;
  expires_at: Timestamp;
}

export interface FilingsTable {
  id: string;
  table_id: string;
  filer_id: string;
  region_code: string;
  /** The table's natural key values, as JSON text (see FilingRules.key). */
  filing_key: string;
  period: string | null;
  status: FilingStatus;
  revision: number;
  first_filed_at: Timestamp;
  updated_at: Timestamp;
}

export interface RevisionsTable {
  filing_id: string;
  number: number;
  values: Json<Record<string, unknown>>;
  context: Json<Record<string, unknown>>;
  warnings: Json<unknown[]>;
  filed_at: Timestamp;
  filed_by: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  filing_id: string;
  revision: number;
  level: ReviewLevel;
  action: "approve" | "return";
  reason: string | null;
  reviewer_id: string;
  at: Timestamp;
  status_after: FilingStatus;
}

export interface CommentsTable {
  id: Generated<number>;
  filing_id: string;
  author_id: string;
  body: string;
  at: Timestamp;
}

export interface AuditTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  /** The name the actor signed in with, kept as it was at the time. */
  actor_name: string | null;
  action: string;
  filing_id: string | null;
  account_id: string | null;
  address: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface IdempotencyTable {
  account_id: string;
  key: string;
  /** A hash of the request, so a key reused for another request is refused. */
  fingerprint: string;
  status: number;
  body: Json<unknown>;
  headers: Json<Record<string, string>>;
  created_at: Timestamp;
}

export interface SettingsTable {
  name: string;
  value: string;
}

export interface DraftsTable {
  account_id: string;
  table_id: string;
  period: string;
  values: Json<Record<string, unknown>>;
  /** When the filer saved it, as its browser said. */
  saved_at: Timestamp;
  /** By the server's clock. */
  expires_at: Timestamp;
}

/** One object of the embed's OAuth sign-in (see migration 0004). */
export interface OauthRecordsTable {
  model: string;
  id: string;
  payload: Json<Record<string, unknown>>;
  grant_id: string | null;
  uid: string | null;
  expires_at: Timestamp | null;
  consumed_at: Timestamp | null;
}

/** One object of the embed's OAuth sign-in (see migration 0004). */
export interface OauthRecordsTable {
  model: string;
  id: string;
  payload: Json<Record<string, unknown>>;
  grant_id: string | null;
  uid: string | null;
  expires_at: Timestamp | null;
  consumed_at: Timestamp | null;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  filings: FilingsTable;
  revisions: RevisionsTable;
  reviews: ReviewsTable;
  comments: CommentsTable;
  audit: AuditTable;
  idempotency: IdempotencyTable;
  settings: SettingsTable;
  drafts: DraftsTable;
  oauth_records: OauthRecordsTable;
}

export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type Filing = Selectable<FilingsTable>;
