import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";

// One set of migrations for the embedded store (PGlite) and PostgreSQL: both run PostgreSQL's SQL.
// Kysely's migrator records them in kysely_migration and takes an advisory lock, so servers that
// start together do not race. Never edit a migration that has shipped: add the next one.

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('enterprise', 'reviewer', 'admin')),
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text,
        credit_code text UNIQUE,
        region_code text CHECK (region_code ~ '^[0-9]*$'),
        level text CHECK (level IN ('district', 'city', 'province', 'ministry')),
        contact jsonb NOT NULL DEFAULT '{}',
        disabled boolean NOT NULL DEFAULT false,
        failed_sign_ins integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        oidc_issuer text,
        oidc_subject text,
        created_at timestamptz NOT NULL,
        UNIQUE (oidc_issuer, oidc_subject),
        CHECK (kind <> 'enterprise' OR (credit_code IS NOT NULL AND length(region_code) >= 6)),
        CHECK (kind <> 'reviewer' OR (level IS NOT NULL AND region_code IS NOT NULL))
      )`.execute(db);
    await sql`
      CREATE TABLE sessions (
        id text PRIMARY KEY,
        data jsonb NOT NULL,
        expires_at timestamptz NOT NULL
      )`.execute(db);
    await sql`CREATE INDEX sessions_expiry ON sessions (expires_at)`.execute(db);
    await sql`
      CREATE TABLE filings (
        id uuid PRIMARY KEY,
        table_id text NOT NULL,
        filer_id uuid NOT NULL REFERENCES accounts (id),
        region_code text NOT NULL,
        filing_key text NOT NULL,
        period text,
        status text NOT NULL,
        revision integer NOT NULL,
        first_filed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        UNIQUE (table_id, filer_id, filing_key)
      )`.execute(db);
    // A reviewer's queue: its region prefix (text_pattern_ops serves LIKE 'prefix%'), then status.
    await sql`CREATE INDEX filings_region ON filings (region_code text_pattern_ops, status)`.execute(db);
    await sql`CREATE INDEX filings_table_period ON filings (table_id, period)`.execute(db);
    await sql`CREATE INDEX filings_filer ON filings (filer_id, updated_at)`.execute(db);
    await sql`
      CREATE TABLE revisions (
        filing_id uuid NOT NULL REFERENCES filings (id),
        number integer NOT NULL,
        values jsonb NOT NULL,
        context jsonb NOT NULL,
        warnings jsonb NOT NULL,
        filed_at timestamptz NOT NULL,
        filed_by uuid NOT NULL REFERENCES accounts (id),
        PRIMARY KEY (filing_id, number)
      )`.execute(db);
    await sql`
      CREATE TABLE reviews (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        filing_id uuid NOT NULL REFERENCES filings (id),
        revision integer NOT NULL,
        level text NOT NULL,
        action text NOT NULL CHECK (action IN ('approve', 'return')),
        reason text,
        reviewer_id uuid NOT NULL REFERENCES accounts (id),
        at timestamptz NOT NULL,
        status_after text NOT NULL
      )`.execute(db);
    await sql`CREATE INDEX reviews_filing ON reviews (filing_id, id)`.execute(db);
    await sql`
      CREATE TABLE comments (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        filing_id uuid NOT NULL REFERENCES filings (id),
        author_id uuid NOT NULL REFERENCES accounts (id),
        body text NOT NULL,
        at timestamptz NOT NULL
      )`.execute(db);
    await sql`CREATE INDEX comments_filing ON comments (filing_id, id)`.execute(db);
    await sql`
      CREATE TABLE audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_name text,
        action text NOT NULL,
        filing_id uuid,
        account_id uuid,
        address text,
        detail jsonb NOT NULL DEFAULT '{}'
      )`.execute(db);
    await sql`CREATE INDEX audit_at ON audit (at)`.execute(db);
    await sql`CREATE INDEX audit_filing ON audit (filing_id)`.execute(db);
    await sql`CREATE INDEX audit_actor ON audit (actor_id)`.execute(db);
    // Append-only in the database itself, not only in the routes: comments and audit entries are
    // never changed or removed, whoever asks.
    await sql`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'append_only: % rows cannot be changed or deleted', TG_TABLE_NAME;
      END $$`.execute(db);
    await sql`
      CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
    await sql`
      CREATE TRIGGER comments_append_only BEFORE UPDATE OR DELETE ON comments
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
    await sql`
      CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON reviews
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
    await sql`
      CREATE TRIGGER revisions_append_only BEFORE UPDATE OR DELETE ON revisions
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
    await sql`
      CREATE TABLE idempotency (
        account_id uuid NOT NULL REFERENCES accounts (id),
        key text NOT NULL,
        fingerprint text NOT NULL,
        status integer NOT NULL,
        body jsonb NOT NULL,
        headers jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, key)
      )`.execute(db);
    await sql`CREATE TABLE settings (name text PRIMARY KEY, value text NOT NULL)`.execute(db);
  },
};

/**
 * Every server process that keeps sessions in memory must hear when another one changes an account
 * or a session: PostgreSQL notifies each write on channel `tianbiao_writes`, with `sessions:<id>` for
 * one session and the table's name for everything else (a change to accounts drops every kept session).
 */
const writeNotifications: Migration = {
  async up(db) {
    await sql`
      CREATE FUNCTION notify_session_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('tianbiao_writes', 'sessions:' || COALESCE(NEW.id, OLD.id));
        RETURN NULL;
      END $$`.execute(db);
    await sql`
      CREATE FUNCTION notify_table_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('tianbiao_writes', TG_TABLE_NAME);
        RETURN NULL;
      END $$`.execute(db);
    await sql`
      CREATE TRIGGER sessions_notify AFTER INSERT OR UPDATE OR DELETE ON sessions
      FOR EACH ROW EXECUTE FUNCTION notify_session_write()`.execute(db);
    await sql`
      CREATE TRIGGER sessions_truncate_notify AFTER TRUNCATE ON sessions
      FOR EACH STATEMENT EXECUTE FUNCTION notify_table_write()`.execute(db);
    await sql`
      CREATE TRIGGER accounts_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
      FOR EACH STATEMENT EXECUTE FUNCTION notify_table_write()`.execute(db);
  },
};

// Drafts a signed-in enterprise saves to carry on elsewhere: one per enterprise, table and period,
// gone after their expiry or once the filing under that key is filed.
const drafts: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE drafts (
        account_id uuid NOT NULL REFERENCES accounts (id),
        table_id text NOT NULL,
        period text NOT NULL,
        values jsonb NOT NULL,
        saved_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, table_id, period)
      )`.execute(db);
    await sql`CREATE INDEX drafts_expiry ON drafts (expires_at)`.execute(db);
  },
};

/**
 * What the embed's sign-in (OAuth 2.0 authorization code with PKCE, through oidc-provider) keeps:
 * one row per provider object (interaction, authorization code, access token, grant…), its payload
 * as the provider writes it, found by id, by the interaction's uid or by grant (revocation).
 */
const oauthRecords: Migration = {
  async up(db) {
    await sql`
      CREATE TABLE oauth_records (
        model text NOT NULL,
        id text NOT NULL,
        payload jsonb NOT NULL,
        grant_id text,
        uid text,
        expires_at timestamptz,
        consumed_at timestamptz,
        PRIMARY KEY (model, id)
      )`.execute(db);
    await sql`CREATE INDEX oauth_records_grant ON oauth_records (grant_id) WHERE grant_id IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX oauth_records_uid ON oauth_records (model, uid) WHERE uid IS NOT NULL`.execute(db);
    await sql`CREATE INDEX oauth_records_expiry ON oauth_records (expires_at)`.execute(db);
  },
};

const migrations: Record<string, Migration> = {
  "0001_initial": initial,
  "0002_write_notifications": writeNotifications,
  "0003_drafts": drafts,
  "0004_oauth_records": oauthRecords,
};

/** The migrations, in the order they apply. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
