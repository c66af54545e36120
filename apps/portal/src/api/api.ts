import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type CompiledTable, compileTable } from "@tianbiao/core";
import { getTableModule, tableIds } from "@tianbiao/tables";
import { apiMessages } from "./api-messages";
import { exportColumns, toCsv } from "./csv";
import { HttpError, parseJson, readBody, requireJson, sendError, sendJson } from "./http";
import {
  isSubmissionId,
  type ListQuery,
  type NewSubmission,
  type ReviewAction,
  type ReviewLevel,
  reviewLevels,
  type SubmissionStatus,
  type SubmissionStore,
  submissionStatuses,
} from "./store";
import { periodOf, storedWarnings, toApiFinding, unwrapSubmission } from "./submission-input";

/** The largest submission body accepted. */
export const submissionBodyLimit = 1024 * 1024;
const reviewBodyLimit = 16 * 1024;
const reasonMaxLength = 1000;
const defaultPageSize = 50;
const maxPageSize = 500;

export interface ApiOptions {
  /** The store, or a function that opens it on first use. */
  store: SubmissionStore | (() => Promise<SubmissionStore>);
  /** Clock for receivedAt and review times. */
  now?: () => Date;
}

/** The submission API; `handle` answers every request under /api/. */
export interface Api {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  /** Answers 503 to new requests from now on and resolves when those under way have finished. */
  drain(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, params: string[]) => Promise<void>;

interface Route {
  /** Path segments after /api/; ":" matches any one segment. */
  pattern: string[];
  methods: Partial<Record<string, Handler>>;
}

function notFound(): HttpError {
  return new HttpError(404, "not_found", apiMessages.notFound());
}

/** Creates the API over a store. */
export function createApi(options: ApiOptions): Api {
  const now = options.now ?? (() => new Date());
  let storePromise: Promise<SubmissionStore> | undefined;
  const store = (): Promise<SubmissionStore> => {
    storePromise ??= typeof options.store === "function" ? options.store() : Promise.resolve(options.store);
    // A failed open is retried on the next request rather than remembered.
    storePromise.catch(() => {
      storePromise = undefined;
    });
    return storePromise;
  };
  const compiled = new Map<string, CompiledTable>();
  const inFlight = new Set<Promise<void>>();
  let draining = false;

  const formTable = (id: string): CompiledTable => {
    const cached = compiled.get(id);
    if (cached !== undefined) return cached;
    const table = getTableModule(id)?.table;
    if (table === undefined) throw new HttpError(404, "unknown_table", apiMessages.unknownTable(id));
    if (table.kind !== "form") throw new HttpError(400, "reference_table", apiMessages.referenceTable(id));
    const result = compileTable(table);
    compiled.set(id, result);
    return result;
  };

  const postSubmission: Handler = async (req, res, _url, [tableId = ""]) => {
    const table = formTable(tableId);
    requireJson(req);
    const { values, responses, context } = unwrapSubmission(
      parseJson(await readBody(req, submissionBodyLimit)),
    );
    const result = table.validate(values, { context });
    if (!result.ok) {
      sendJson(res, 422, {
        ok: false,
        errors: result.errors.map(toApiFinding),
        warnings: result.warnings.map(toApiFinding),
      });
      return;
    }
    const derived = table.derive(values, { context });
    const submission: NewSubmission = {
      id: randomUUID(),
      table: tableId,
      period: periodOf(derived),
      values: derived,
      context,
      warnings: storedWarnings(result.warnings, responses),
      receivedAt: now().toISOString(),
      status: reviewLevels[0],
    };
    await (await store()).insert(submission);
    const { id, table: tableName, period, receivedAt } = submission;
    sendJson(res, 201, { id, table: tableName, period, receivedAt }, { location: `/api/submissions/${id}` });
  };

  const getSubmission: Handler = async (_req, res, _url, [id = ""]) => {
    const record = isSubmissionId(id) ? await (await store()).get(id) : undefined;
    if (record === undefined)
      throw new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
    sendJson(res, 200, record);
  };

  const listSubmissions: Handler = async (_req, res, url) => {
    const query = listQuery(url.searchParams);
    if (query.table !== undefined && getTableModule(query.table) === undefined) {
      throw new HttpError(404, "unknown_table", apiMessages.unknownTable(query.table));
    }
    sendJson(res, 200, await (await store()).list(query));
  };

  const review: Handler = async (req, res, _url, [id = ""]) => {
    requireJson(req);
    const step = reviewStep(parseJson(await readBody(req, reviewBodyLimit)));
    if (!isSubmissionId(id))
      throw new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
    const outcome = await (await store()).review(id, { ...step, at: now().toISOString() });
    if (outcome.kind === "missing") {
      throw new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
    }
    if (outcome.kind === "conflict") {
      throw new HttpError(409, "wrong_level", apiMessages.wrongLevel(outcome.status, step.level));
    }
    sendJson(res, 200, outcome.record);
  };

  const exportCsv: Handler = async (_req, res, url, [tableId = ""]) => {
    const { table } = formTable(tableId);
    const period = optionalText(url.searchParams, "period");
    const rows = await (await store()).exportRows(tableId, period);
    const columns = exportColumns(
      table,
      rows.map((row) => row.values),
    );
    const csv = toCsv([
      ["id", "period", "receivedAt", "status", ...columns.map((c) => c.header)],
      ...rows.map((row) => [
        row.id,
        row.period ?? "",
        row.receivedAt,
        row.status,
        ...columns.map((c) => c.cell(row.values)),
      ]),
    ]);
    const name = `${tableId.replace(/[^A-Za-z0-9_-]/g, "_")}-submissions.csv`;
    res.writeHead(200, {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${name}"`,
      "content-length": Buffer.byteLength(csv),
      "cache-control": "no-store",
    });
    res.end(csv);
  };

  const listTables: Handler = async (_req, res) => {
    const tables = tableIds().map((id) => {
      const table = getTableModule(id)?.table;
      return table === undefined
        ? { id }
        : {
            id,
            kind: table.kind,
            ...(table.tableNo === undefined ? {} : { tableNo: table.tableNo }),
            title: table.title,
          };
    });
    sendJson(res, 200, { tables });
  };

  const routes: Route[] = [
    { pattern: ["tables"], methods: { GET: listTables } },
    { pattern: ["tables", ":", "submissions.csv"], methods: { GET: exportCsv } },
    { pattern: ["submissions"], methods: { GET: listSubmissions } },
    { pattern: ["submissions", ":"], methods: { GET: getSubmission, POST: postSubmission } },
    { pattern: ["submissions", ":", "review"], methods: { POST: review } },
  ];

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    let segments: string[];
    try {
      segments = url.pathname.split("/").slice(2).map(decodeURIComponent);
    } catch {
      throw notFound();
    }
    for (const { pattern, methods } of routes) {
      if (pattern.length !== segments.length) continue;
      const params: string[] = [];
      const matches = pattern.every((part, i) => {
        const segment = segments[i] ?? "";
        if (part !== ":") return part === segment;
        params.push(segment);
        return segment !== "";
      });
      if (!matches) continue;
      const handler = methods[req.method ?? ""];
      if (handler === undefined) {
        const allowed = Object.keys(methods).join(", ");
        throw new HttpError(405, "method_not_allowed", apiMessages.methodNotAllowed(allowed), {
          allow: allowed,
        });
      }
      await handler(req, res, url, params);
      return;
    }
    throw notFound();
  };

  return {
    handle(req, res, url) {
      if (draining) {
        sendError(
          res,
          new HttpError(503, "shutting_down", apiMessages.shuttingDown(), { connection: "close" }),
        );
        return Promise.resolve();
      }
      const work = route(req, res, url).catch((error: unknown) => {
        // Nothing can be answered on a connection the client dropped, or once the answer has begun.
        if (res.headersSent || !res.socket || res.socket.destroyed) {
          res.destroy();
          return;
        }
        if (error instanceof HttpError) {
          sendError(res, error);
          return;
        }
        console.error("tianbiao API error:", error);
        sendError(res, new HttpError(500, "server_error", apiMessages.serverError()));
      });
      inFlight.add(work);
      return work.finally(() => inFlight.delete(work));
    },
    async drain() {
      draining = true;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

function optionalText(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  if (value === undefined || value === "") return undefined;
  if (value.length > 100) {
    throw new HttpError(
      400,
      "invalid_query",
      apiMessages.invalidQuery(name, { zh: "不超过 100 个字符。", en: "at most 100 characters." }),
    );
  }
  return value;
}

function wholeNumber(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = params.get(name);
  if (raw === null || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
    throw new HttpError(
      400,
      "invalid_query",
      apiMessages.invalidQuery(name, {
        zh: `应为 ${min}–${max} 的整数。`,
        en: `a whole number from ${min} to ${max}.`,
      }),
    );
  }
  return value;
}

function listQuery(params: URLSearchParams): ListQuery {
  const status = optionalText(params, "status");
  if (status !== undefined && !submissionStatuses.includes(status as SubmissionStatus)) {
    throw new HttpError(
      400,
      "invalid_query",
      apiMessages.invalidQuery("status", {
        zh: `应为 ${submissionStatuses.join("、")} 之一。`,
        en: `one of ${submissionStatuses.join(", ")}.`,
      }),
    );
  }
  const query: ListQuery = {
    limit: wholeNumber(params, "limit", defaultPageSize, 1, maxPageSize),
    offset: wholeNumber(params, "offset", 0, 0, 1_000_000_000),
  };
  const table = optionalText(params, "table");
  const period = optionalText(params, "period");
  if (table !== undefined) query.table = table;
  if (period !== undefined) query.period = period;
  if (status !== undefined) query.status = status as SubmissionStatus;
  return query;
}

function reviewStep(body: unknown): { level: ReviewLevel; action: ReviewAction; reason: string | null } {
  const input =
    typeof body === "object" && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  if (input === undefined) throw new HttpError(400, "not_an_object", apiMessages.notAnObject());
  const level = input.level;
  if (typeof level !== "string" || !(reviewLevels as readonly string[]).includes(level)) {
    throw new HttpError(400, "invalid_level", apiMessages.invalidLevel());
  }
  const action = input.action;
  if (action !== "approve" && action !== "return")
    throw new HttpError(400, "invalid_action", apiMessages.invalidAction());
  const raw = input.reason;
  if (raw !== undefined && raw !== null && (typeof raw !== "string" || raw.trim().length > reasonMaxLength)) {
    throw new HttpError(400, "invalid_reason", apiMessages.invalidReason(reasonMaxLength));
  }
  const reason = typeof raw === "string" && raw.trim() !== "" ? raw.trim() : null;
  if (action === "return" && reason === null) {
    throw new HttpError(422, "reason_required", apiMessages.reasonRequired());
  }
  return { level: level as ReviewLevel, action, reason };
}
