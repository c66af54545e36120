import { createHash, randomUUID } from "node:crypto";
import { normalizeCode } from "@tianbiao/codes";
import {
  type CompiledTable,
  compileTable,
  type FilingRules,
  type Finding,
  type FormTable,
  getAt,
  isEmpty,
  makeFinding,
  parseNumeric,
  placeParams,
  type Submission,
  setAt,
} from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { type Kysely, type SelectQueryBuilder, sql, type Transaction } from "kysely";
import { reviewLevels } from "./accounts";
import type { AuditLog } from "./audit";
import { preparedStatement } from "./db/prepared";
import type { Account, Database, FilingStatus, ReviewLevel } from "./db/schema";
import { HttpError } from "./errors";
import { apiMessages } from "./messages";
import {
  type ApiFinding,
  type PostedSubmission,
  periodOf,
  type StoredWarning,
  storedWarnings,
  toApiFinding,
} from "./submission-input";

export type ReviewAction = "approve" | "return";

/** The status after `level` takes `action` on a filing in `status`, or undefined when it cannot. */
export function transition(
  status: FilingStatus,
  level: ReviewLevel,
  action: ReviewAction,
): FilingStatus | undefined {
  if (status !== level) return undefined;
  if (action === "return") return "returned";
  return reviewLevels[reviewLevels.indexOf(level) + 1] ?? "accepted";
}

/** A table's filing rules, with the default for tables that state none. */
export function filingRulesOf(table: FormTable): FilingRules {
  if (table.filing !== undefined) return table.filing;
  const hasPeriod = table.sections.some((s) => s.fields.some((f) => f.id === "reportPeriod"));
  return { key: hasPeriod ? ["reportPeriod"] : [] };
}

/** What a request to file answers. */
export type FileOutcome =
  | { status: 201 | 409 | 422; body: unknown; headers: Record<string, string> }
  | { status: number; body: unknown; headers: Record<string, string>; replayed: true };

interface Who {
  account: Account;
  address: string | null;
}

type FilingQuery = SelectQueryBuilder<Database, "filings", object>;

/** Narrows a query on `filings` to what `account` may see; an administrator sees none. */
export function inScope<Q extends FilingQuery>(query: Q, account: Account): Q {
  if (account.kind === "enterprise") return query.where("filings.filer_id", "=", account.id) as Q;
  if (account.kind === "reviewer" && account.region_code !== null) {
    if (account.region_code === "") return query;
    return query.where("filings.region_code", "like", `${account.region_code}%`) as Q;
  }
  return query.where(sql<boolean>`false`) as Q;
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

function leafText(value: unknown): string {
  return typeof value === "string"
    ? value.trim()
    : value === undefined || value === null
      ? ""
      : String(value);
}

function numberOf(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : 0;
  if (typeof value === "string") {
    const parsed = parseNumeric(value);
    return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : 0;
  }
  return 0;
}

export interface ListFilter {
  table?: string;
  period?: string;
  status?: FilingStatus;
  /** A 区划代码 prefix inside the account's own region. */
  region?: string;
  limit: number;
  offset: number;
}

/** One value that changed between two revisions, by path, with the printed code and label. */
export interface FieldChange {
  path: string;
  code?: string;
  label: { zh: string; en: string };
  before: unknown;
  after: unknown;
}

/** Flattens a submission to its leaf values by path (rows by index, money by part). */
export function leaves(value: unknown, prefix = "", into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) leaves(item, prefix === "" ? String(i) : `${prefix}.${i}`, into);
    if (value.length === 0 && prefix !== "") into.set(prefix, []);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value))
      leaves(child, prefix === "" ? key : `${prefix}.${key}`, into);
  } else if (prefix !== "") {
    into.set(prefix, value);
  }
  return into;
}

/** Filings, their revisions, reviews and comments: every read and write goes through here. */
export class Filings {
  private readonly compiled = new Map<string, CompiledTable>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A form table compiled once; an unknown id is a 404, a reference table a 400. */
  formTable(id: string): CompiledTable {
    const cached = this.compiled.get(id);
    if (cached !== undefined) return cached;
    const table = getTableModule(id)?.table;
    if (table === undefined) throw new HttpError(404, "unknown_table", apiMessages.unknownTable(id));
    if (table.kind !== "form") throw new HttpError(400, "reference_table", apiMessages.referenceTable(id));
    const compiled = compileTable(table);
    this.compiled.set(id, compiled);
    return compiled;
  }

  /** Validates, checks against history and other tables, and stores a new revision. */
  async file(
    who: Who,
    tableId: string,
    posted: PostedSubmission,
    idempotencyKey?: string,
  ): Promise<FileOutcome> {
    const compiled = this.formTable(tableId);
    const { account } = who;
    // What a retry under the same Idempotency-Key must repeat; nothing to compare without a key.
    const fingerprint =
      idempotencyKey === undefined
        ? ""
        : createHash("sha256").update(tableId).update("\0").update(JSON.stringify(posted)).digest("hex");
    if (idempotencyKey !== undefined) {
      const earlier = await this.replay(account.id, idempotencyKey, fingerprint);
      if (earlier !== undefined) return earlier;
    }

    const rules = filingRulesOf(compiled.table);
    const serverErrors: Finding[] = [];
    let values: Submission = posted.values;
    if (rules.filerCode !== undefined && account.credit_code !== null) {
      const given = getAt(values, rules.filerCode);
      if (isEmpty(given)) values = setAt(values, rules.filerCode, account.credit_code);
      else if (typeof given !== "string" || normalizeCode(given) !== account.credit_code) {
        const location = compiled.locate(rules.filerCode);
        if (location !== undefined) {
          serverErrors.push(
            makeFinding(location, "filer-code", "error", "filing.filerCode", {
              ...placeParams(location),
              expected: account.credit_code,
            }),
          );
        }
      }
    }
    const key = JSON.stringify(rules.key.map((path) => leafText(getAt(values, path))));

    // What the rules read from history is the server's to compute, never the browser's to say.
    const context: Record<string, unknown> = { ...posted.context };
    for (const history of rules.history ?? []) {
      context[history.context] = await this.historySum(account, tableId, key, values, history);
    }

    const result = compiled.validate(values, { context, withValue: true });
    const { errors: referenceErrors, warnings: referenceWarnings } = await this.checkReferences(
      account,
      compiled,
      rules,
      values,
      context,
    );
    const errors = [...serverErrors, ...result.errors, ...referenceErrors];
    const warnings = [...result.warnings, ...referenceWarnings];
    if (errors.length > 0) {
      return {
        status: 422,
        headers: {},
        body: {
          ok: false,
          error: { code: "invalid_submission", message: apiMessages.invalidSubmission(errors.length) },
          errors: errors.map(toApiFinding),
          warnings: warnings.map(toApiFinding),
        },
      };
    }
    const answered = storedWarnings(warnings, posted.responses);
    const unexplained = answered.filter(
      (w) => referenceWarnings.some((r) => r.rule === w.rule && r.path === w.path) && w.explanation === "",
    );
    if (unexplained.length > 0) {
      return {
        status: 422,
        headers: {},
        body: {
          ok: false,
          error: { code: "explanation_required", message: apiMessages.explanationRequired() },
          errors: [],
          warnings: unexplained.map(({ path, code, rule, message }) => ({
            path,
            ...(code === undefined ? {} : { code }),
            rule,
            message,
            needsExplanation: true,
          })),
        },
      };
    }
    const normalized = result.value ?? values;
    const stored = compiled.derive(normalized, { context });
    return this.store(who, tableId, key, stored, context, answered, idempotencyKey, fingerprint);
  }

  private async replay(
    accountId: string,
    key: string,
    fingerprint: string,
  ): Promise<FileOutcome | undefined> {
    const row = await this.db
      .selectFrom("idempotency")
      .selectAll()
      .where("account_id", "=", accountId)
      .where("key", "=", key)
      .executeTakeFirst();
    if (row === undefined || row.status === 0) return undefined;
    if (row.fingerprint !== fingerprint) {
      return {
        status: 422,
        headers: {},
        replayed: true,
        body: {
          ok: false,
          error: { code: "idempotency_key_reused", message: apiMessages.idempotencyReused() },
        },
      };
    }
    return {
      status: row.status,
      body: row.body,
      headers: { ...row.headers, "idempotent-replayed": "true" },
      replayed: true,
    };
  }

  private async store(
    who: Who,
    tableId: string,
    key: string,
    values: Submission,
    context: Record<string, unknown>,
    warnings: StoredWarning[],
    idempotencyKey: string | undefined,
    fingerprint: string,
  ): Promise<FileOutcome> {
    const { account } = who;
    const at = this.now();
    const period = periodOf(values);
    if (idempotencyKey === undefined) {
      // The common case, the first filing under its key, as one statement: atomic on its own and one
      // round trip instead of five. A key already filed inserts nothing here and takes the transaction.
      const id = randomUUID();
      const status: FilingStatus = reviewLevels[0] ?? "district";
      const filing = newFiling({ id, tableId, account, key, period, status, at });
      const first = await this.db
        .withoutPlugins()
        .executeQuery(
          fileFirst(
            ...filingColumns.map((column) => filing[column]),
            JSON.stringify(values),
            JSON.stringify(context),
            JSON.stringify(warnings),
          ),
        );
      if (first.rows.length > 0) {
        return {
          status: 201,
          headers: { location: `/api/submissions/${id}` },
          body: { id, table: tableId, period, revision: 1, status, receivedAt: at.toISOString() },
        };
      }
    }
    // Two first filings under one key can race to create the filing; the one that loses files again,
    // and finds the filing the other made.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          if (idempotencyKey !== undefined) {
            const claimed = await trx
              .insertInto("idempotency")
              .values({
                account_id: account.id,
                key: idempotencyKey,
                fingerprint,
                status: 0,
                body: "null",
                headers: "{}",
                created_at: at,
              })
              .onConflict((c) => c.doNothing())
              .returning("key")
              .executeTakeFirst();
            // Another request with this key got there first: answer what it answered.
            if (claimed === undefined) throw new ReplayInstead();
          }
          const existing = await trx
            .selectFrom("filings")
            .select(["id", "status", "revision"])
            .where("table_id", "=", tableId)
            .where("filer_id", "=", account.id)
            .where("filing_key", "=", key)
            .forUpdate()
            .executeTakeFirst();
          let outcome: FileOutcome;
          if (existing?.status === "accepted") {
            outcome = {
              status: 409,
              headers: {},
              body: { ok: false, error: { code: "filing_accepted", message: apiMessages.filingAccepted() } },
            };
          } else {
            const id = existing?.id ?? randomUUID();
            const revision = (existing?.revision ?? 0) + 1;
            const status: FilingStatus = reviewLevels[0] ?? "district";
            if (existing === undefined) {
              await trx
                .insertInto("filings")
                .values(newFiling({ id, tableId, account, key, period, status, at }))
                .execute();
            } else {
              await trx
                .updateTable("filings")
                .set({ revision, status, period, updated_at: at })
                .where("id", "=", id)
                .execute();
            }
            await trx
              .insertInto("revisions")
              .values({
                filing_id: id,
                number: revision,
                values: JSON.stringify(values),
                context: JSON.stringify(context),
                warnings: JSON.stringify(warnings),
                filed_at: at,
                filed_by: account.id,
              })
              .execute();
            if (period !== null && period !== undefined) {
              await trx
                .deleteFrom("drafts")
                .where("account_id", "=", account.id)
                .where("table_id", "=", tableId)
                .where("period", "=", period)
                .execute();
            }
            outcome = {
              status: 201,
              headers: { location: `/api/submissions/${id}` },
              body: { id, table: tableId, period, revision, status, receivedAt: at.toISOString() },
            };
          }
          if (idempotencyKey !== undefined) {
            await trx
              .updateTable("idempotency")
              .set({
                status: outcome.status,
                body: JSON.stringify(outcome.body),
                headers: JSON.stringify(outcome.headers),
              })
              .where("account_id", "=", account.id)
              .where("key", "=", idempotencyKey)
              .execute();
          }
          return outcome;
        });
      } catch (error) {
        if (error instanceof ReplayInstead && idempotencyKey !== undefined) {
          const earlier = await this.replay(account.id, idempotencyKey, fingerprint);
          if (earlier !== undefined) return earlier;
        }
        if (attempt < 3 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }

  /** The sum of `history.sum` over the filer's other filings of this table that match and come earlier. */
  private async historySum(
    account: Account,
    tableId: string,
    key: string,
    values: Submission,
    history: NonNullable<FilingRules["history"]>[number],
  ): Promise<number> {
    const before = leafText(getAt(values, history.before));
    if (before === "") return 0;
    let query = this.db
      .selectFrom("filings")
      .innerJoin("revisions", (join) =>
        join
          .onRef("revisions.filing_id", "=", "filings.id")
          .onRef("revisions.number", "=", "filings.revision"),
      )
      .select("revisions.values")
      .where("filings.table_id", "=", tableId)
      .where("filings.filer_id", "=", account.id)
      .where("filings.filing_key", "<>", key);
    for (const path of history.match) {
      const value = leafText(getAt(values, path));
      query = query.where(sql<string>`revisions.values #>> ${`{${path.split(".").join(",")}}`}`, "=", value);
    }
    const rows = await query.execute();
    let total = 0;
    for (const row of rows) {
      const when = leafText(getAt(row.values, history.before));
      // Dates are Y-M-D text, so text order is date order.
      if (when !== "" && when < before) total += numberOf(getAt(row.values, history.sum));
    }
    return Math.round(total * 1e6) / 1e6;
  }

  /** Checks that values naming another table's filing name one of this filer's. */
  private async checkReferences(
    account: Account,
    compiled: CompiledTable,
    rules: FilingRules,
    values: Submission,
    context: Record<string, unknown>,
  ): Promise<{ errors: Finding[]; warnings: Finding[] }> {
    const errors: Finding[] = [];
    const warnings: Finding[] = [];
    for (const reference of rules.references ?? []) {
      const value = leafText(getAt(values, reference.field));
      const location = compiled.locate(reference.field);
      if (value === "" || location === undefined) continue;
      const other = getTableModule(reference.table)?.table;
      const row = await this.db
        .selectFrom("filings")
        .innerJoin("revisions", (join) =>
          join
            .onRef("revisions.filing_id", "=", "filings.id")
            .onRef("revisions.number", "=", "filings.revision"),
        )
        .select("revisions.values")
        .where("filings.table_id", "=", reference.table)
        .where("filings.filer_id", "=", account.id)
        .where(sql<string>`revisions.values #>> ${`{${reference.match.split(".").join(",")}}`}`, "=", value)
        .orderBy("filings.updated_at", "desc")
        .executeTakeFirst();
      const tableLabel = other?.tableNo ?? other?.title ?? { zh: reference.table, en: reference.table };
      if (row === undefined) {
        errors.push(
          makeFinding(location, reference.id, "error", "filing.reference.missing", {
            ...placeParams(location),
            value,
            tableLabel: tableLabel.zh,
            tableLabelEn: tableLabel.en,
          }),
        );
        continue;
      }
      const limit = reference.atMost;
      if (limit === undefined) continue;
      const derived = compiled.derive(values, { context });
      const actual = numberOf(getAt(derived, limit.value));
      const whole = numberOf(getAt(row.values, limit.whole));
      const at = compiled.locate(limit.value);
      if (at !== undefined && actual > whole) {
        const finding = makeFinding(at, reference.id, limit.severity, "filing.reference.exceeds", {
          ...placeParams(at),
          value,
          actual,
          whole,
        });
        (limit.severity === "error" ? errors : warnings).push(finding);
      }
    }
    return { errors, warnings };
  }

  /** The filing as its filer or a reviewer in scope sees it; undefined when out of scope. */
  async get(
    account: Account,
    id: string,
    address: string | null,
  ): Promise<Record<string, unknown> | undefined> {
    const record = await this.record(this.db, account, id);
    if (record !== undefined && account.kind === "reviewer") {
      await this.audit.record({ actor: account, action: "filing.read", filingId: id, address });
    }
    return record;
  }

  private async record(
    db: Kysely<Database> | Transaction<Database>,
    account: Account,
    id: string,
  ): Promise<Record<string, unknown> | undefined> {
    const filing = await inScope(
      db
        .selectFrom("filings")
        .innerJoin("accounts", "accounts.id", "filings.filer_id")
        .innerJoin("revisions", (join) =>
          join
            .onRef("revisions.filing_id", "=", "filings.id")
            .onRef("revisions.number", "=", "filings.revision"),
        )
        .selectAll("filings")
        .select([
          "accounts.display_name as filer_name",
          "accounts.credit_code as filer_code",
          "revisions.values",
          "revisions.context",
          "revisions.warnings",
          "revisions.filed_at",
        ])
        .where("filings.id", "=", id),
      account,
    ).executeTakeFirst();
    if (filing === undefined) return undefined;
    const [reviews, comments, revisions] = await Promise.all([
      db
        .selectFrom("reviews")
        .innerJoin("accounts", "accounts.id", "reviews.reviewer_id")
        .select([
          "reviews.level",
          "reviews.action",
          "reviews.reason",
          "reviews.at",
          "reviews.status_after",
          "reviews.revision",
          "accounts.display_name",
        ])
        .where("reviews.filing_id", "=", id)
        .orderBy("reviews.id")
        .execute(),
      db
        .selectFrom("comments")
        .innerJoin("accounts", "accounts.id", "comments.author_id")
        .select(["comments.id", "comments.body", "comments.at", "accounts.display_name", "accounts.kind"])
        .where("comments.filing_id", "=", id)
        .orderBy("comments.id")
        .execute(),
      db
        .selectFrom("revisions")
        .select(["number", "filed_at"])
        .where("filing_id", "=", id)
        .orderBy("number")
        .execute(),
    ]);
    return {
      id: filing.id,
      table: filing.table_id,
      period: filing.period,
      status: filing.status,
      revision: filing.revision,
      filer: { name: filing.filer_name, creditCode: filing.filer_code, regionCode: filing.region_code },
      values: filing.values,
      context: filing.context,
      warnings: filing.warnings,
      receivedAt: iso(filing.filed_at),
      firstFiledAt: iso(filing.first_filed_at),
      reviews: reviews.map((r) => ({
        level: r.level,
        action: r.action,
        reason: r.reason,
        at: iso(r.at),
        status: r.status_after,
        revision: r.revision,
        reviewer: r.display_name,
      })),
      comments: comments.map((c) => ({
        id: Number(c.id),
        body: c.body,
        at: iso(c.at),
        author: c.display_name,
        authorKind: c.kind,
      })),
      revisions: revisions.map((r) => ({ number: r.number, filedAt: iso(r.filed_at) })),
    };
  }

  /** Filings in scope, newest first. */
  async list(
    account: Account,
    filter: ListFilter,
  ): Promise<{ items: unknown[]; total: number; limit: number; offset: number }> {
    let query = inScope(
      this.db.selectFrom("filings").innerJoin("accounts", "accounts.id", "filings.filer_id"),
      account,
    );
    if (filter.table !== undefined) query = query.where("filings.table_id", "=", filter.table);
    if (filter.period !== undefined) query = query.where("filings.period", "=", filter.period);
    if (filter.status !== undefined) query = query.where("filings.status", "=", filter.status);
    if (filter.region !== undefined) query = query.where("filings.region_code", "like", `${filter.region}%`);
    const [rows, count] = await Promise.all([
      query
        .select([
          "filings.id",
          "filings.table_id",
          "filings.period",
          "filings.status",
          "filings.revision",
          "filings.updated_at",
          "filings.region_code",
          "accounts.display_name",
        ])
        .orderBy("filings.updated_at", "desc")
        .orderBy("filings.id")
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id,
        table: r.table_id,
        period: r.period,
        status: r.status,
        revision: r.revision,
        receivedAt: iso(r.updated_at),
        filer: { name: r.display_name, regionCode: r.region_code },
      })),
      total: Number(count.n),
      limit: filter.limit,
      offset: filter.offset,
    };
  }

  /**
   * Applies one review step at the reviewer's own level, atomically against other steps. With
   * `onlyClean`, a filing whose current revision holds a warning the filer neither confirmed nor
   * explained is refused (409 not_clean), checked under the same lock as the step. With
   * `answer: false` it answers {} instead of reading the filing back.
   */
  async review(
    who: Who,
    id: string,
    action: ReviewAction,
    reason: string | null,
    options: { onlyClean?: boolean; answer?: boolean } = {},
  ): Promise<Record<string, unknown>> {
    const { account } = who;
    return this.db.transaction().execute(async (trx) => {
      const filing = await inScope(
        trx
          .selectFrom("filings")
          .select(["filings.id", "filings.status", "filings.revision"])
          .where("filings.id", "=", id),
        account,
      )
        .forUpdate()
        .executeTakeFirst();
      if (filing === undefined)
        throw new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
      if (account.kind !== "reviewer" || account.level === null) {
        throw new HttpError(403, "forbidden", apiMessages.forbiddenRole());
      }
      const next = transition(filing.status, account.level, action);
      if (next === undefined) {
        throw new HttpError(409, "wrong_level", apiMessages.wrongLevel(filing.status, account.level));
      }
      if (options.onlyClean === true) {
        const current = await trx
          .selectFrom("revisions")
          .select("warnings")
          .where("filing_id", "=", id)
          .where("number", "=", filing.revision)
          .executeTakeFirstOrThrow();
        if (!isClean(current.warnings)) throw new HttpError(409, "not_clean", apiMessages.notClean());
      }
      const at = this.now();
      await trx.updateTable("filings").set({ status: next, updated_at: at }).where("id", "=", id).execute();
      await trx
        .insertInto("reviews")
        .values({
          filing_id: id,
          revision: filing.revision,
          level: account.level,
          action,
          reason,
          reviewer_id: account.id,
          at,
          status_after: next,
        })
        .execute();
      await this.audit.record(
        {
          actor: account,
          action: `filing.${action}`,
          filingId: id,
          address: who.address,
          detail: { level: account.level, status: next, revision: filing.revision },
        },
        trx,
      );
      if (options.answer === false) return {};
      const record = await this.record(trx, account, id);
      if (record === undefined)
        throw new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
      return record;
    });
  }

  /** Adds a comment; comments are never changed or removed. */
  async comment(who: Who, id: string, body: string): Promise<Record<string, unknown>> {
    const { account } = who;
    return this.db.transaction().execute(async (trx) => {
      const filing = await inScope(
        trx.selectFrom("filings").select("filings.id").where("filings.id", "=", id),
        account,
      ).executeTakeFirst();
      if (filing === undefined)
        throw new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
      if (account.kind !== "reviewer") throw new HttpError(403, "forbidden", apiMessages.forbiddenRole());
      const at = this.now();
      const row = await trx
        .insertInto("comments")
        .values({ filing_id: id, author_id: account.id, body, at })
        .returning("id")
        .executeTakeFirstOrThrow();
      await this.audit.record(
        { actor: account, action: "filing.comment", filingId: id, address: who.address },
        trx,
      );
      return {
        id: Number(row.id),
        body,
        at: at.toISOString(),
        author: account.display_name,
        authorKind: account.kind,
      };
    });
  }

  /** One revision's values, in scope. */
  async revision(account: Account, id: string, number: number): Promise<Record<string, unknown> | undefined> {
    const row = await inScope(
      this.db
        .selectFrom("filings")
        .innerJoin("revisions", "revisions.filing_id", "filings.id")
        .select(["revisions.number", "revisions.values", "revisions.warnings", "revisions.filed_at"])
        .where("filings.id", "=", id)
        .where("revisions.number", "=", number),
      account,
    ).executeTakeFirst();
    if (row === undefined) return undefined;
    return { number: row.number, values: row.values, warnings: row.warnings, filedAt: iso(row.filed_at) };
  }

  /** What changed from revision `from` to revision `to`, field by field, in form order. */
  async changes(account: Account, id: string, from: number, to: number): Promise<FieldChange[] | undefined> {
    const rows = await inScope(
      this.db
        .selectFrom("filings")
        .innerJoin("revisions", "revisions.filing_id", "filings.id")
        .select(["filings.table_id", "revisions.number", "revisions.values"])
        .where("filings.id", "=", id)
        .where("revisions.number", "in", [from, to]),
      account,
    ).execute();
    const before = rows.find((r) => r.number === from);
    const after = rows.find((r) => r.number === to);
    if (before === undefined || after === undefined) return undefined;
    const compiled = this.formTable(after.table_id);
    const a = leaves(before.values);
    const b = leaves(after.values);
    const paths = [...new Set([...a.keys(), ...b.keys()])];
    const changes: Array<FieldChange & { order: number[] }> = [];
    for (const path of paths) {
      const old = a.get(path);
      const now = b.get(path);
      if (JSON.stringify(old) === JSON.stringify(now)) continue;
      const location = compiled.locate(path);
      const field = location?.field;
      const label = location?.matrixRow?.label ?? field?.label ?? { zh: path, en: path };
      const code = location?.matrixRow?.code ?? field?.code;
      changes.push({
        path,
        ...(code === undefined ? {} : { code }),
        label,
        before: old ?? null,
        after: now ?? null,
        order: location?.order ?? [Number.MAX_SAFE_INTEGER],
      });
    }
    changes.sort((x, y) => compareOrder(x.order, y.order));
    return changes.map(({ order: _order, ...change }) => change);
  }

  /** Every filing of a table in scope (one period, when given), current revision, oldest first. */
  async exportRows(
    account: Account,
    tableId: string,
    period: string | undefined,
  ): Promise<
    Array<{
      id: string;
      period: string | null;
      receivedAt: string;
      status: string;
      revision: number;
      filer: string;
      regionCode: string;
      values: Submission;
    }>
  > {
    let query = inScope(
      this.db
        .selectFrom("filings")
        .innerJoin("accounts", "accounts.id", "filings.filer_id")
        .innerJoin("revisions", (join) =>
          join
            .onRef("revisions.filing_id", "=", "filings.id")
            .onRef("revisions.number", "=", "filings.revision"),
        )
        .select([
          "filings.id",
          "filings.period",
          "filings.status",
          "filings.revision",
          "filings.region_code",
          "revisions.filed_at",
          "revisions.values",
          "accounts.credit_code",
          "accounts.display_name",
        ])
        .where("filings.table_id", "=", tableId),
      account,
    );
    if (period !== undefined) query = query.where("filings.period", "=", period);
    const rows = await query.orderBy("filings.first_filed_at").orderBy("filings.id").execute();
    return rows.map((r) => ({
      id: r.id,
      period: r.period,
      receivedAt: iso(r.filed_at),
      status: r.status,
      revision: r.revision,
      filer: r.credit_code ?? r.display_name,
      regionCode: r.region_code,
      values: r.values as Submission,
    }));
  }
}

class ReplayInstead extends Error {}

/**
 * Whether every stored warning of a revision was confirmed or explained by its filer. What is not a
 * list of warnings is not clean: approving without a look must never follow from a value misread.
 */
export function isClean(warnings: unknown): boolean {
  if (!Array.isArray(warnings)) return false;
  return warnings.every((warning) => {
    const w = warning as Partial<StoredWarning>;
    return w.confirmed === true || (typeof w.explanation === "string" && w.explanation.trim() !== "");
  });
}

/** The columns of a new filing's row, in the order the prepared statement takes them. */
const filingColumns = [
  "id",
  "table_id",
  "filer_id",
  "region_code",
  "filing_key",
  "period",
  "status",
  "revision",
  "first_filed_at",
  "updated_at",
] as const satisfies ReadonlyArray<keyof NewFiling>;
type FilingColumn = (typeof filingColumns)[number];
// Every column newFiling fills is one the statement writes: a column added there and not here fails
// to compile, so the one-statement path and the transaction path write the same row.
const everyColumnWritten: Exclude<keyof NewFiling, FilingColumn> extends never ? true : never = true;
const param = (column: FilingColumn) => `$${filingColumns.indexOf(column) + 1}`;
const afterRow = filingColumns.length;

/**
 * The first filing under its key, as one statement: the filing (newFiling's row, in
 * `filingColumns` order), its first revision (values, context and warnings as JSON after the row),
 * and the end of the draft kept under its table and period (only if the filing was made). A key
 * already filed inserts nothing (ON CONFLICT DO NOTHING) and answers no row. Prepared, since every
 * filing runs it.
 */
const fileFirst = preparedStatement<[...NewFiling[FilingColumn][], string, string, string]>(
  everyColumnWritten && "tianbiao_file_first",
  `WITH filing AS (
     INSERT INTO filings (${filingColumns.join(", ")})
     VALUES (${filingColumns.map(param).join(", ")})
     ON CONFLICT (table_id, filer_id, filing_key) DO NOTHING
     RETURNING id
   ), draft AS (
     DELETE FROM drafts
     WHERE account_id = ${param("filer_id")} AND table_id = ${param("table_id")}
       AND period = coalesce(${param("period")}, '') AND EXISTS (SELECT 1 FROM filing)
     RETURNING period
   )
   INSERT INTO revisions (filing_id, number, values, context, warnings, filed_at, filed_by)
   SELECT filing.id, 1, $${afterRow + 1}::jsonb, $${afterRow + 2}::jsonb, $${afterRow + 3}::jsonb,
     ${param("first_filed_at")}::timestamptz, ${param("filer_id")}::uuid FROM filing
   RETURNING filing_id`,
);

type NewFiling = ReturnType<typeof newFiling>;

/** The row of a filing's first revision; the filer's region comes from its account, never the request. */
function newFiling(first: {
  id: string;
  tableId: string;
  account: Account;
  key: string;
  period: string | null;
  status: FilingStatus;
  at: Date;
}) {
  return {
    id: first.id,
    table_id: first.tableId,
    filer_id: first.account.id,
    region_code: first.account.region_code ?? "",
    filing_key: first.key,
    period: first.period,
    status: first.status,
    revision: 1,
    first_filed_at: first.at,
    updated_at: first.at,
  };
}

/** PostgreSQL's unique_violation, from either driver. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "23505";
}

function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export type { ApiFinding };
