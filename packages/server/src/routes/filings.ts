import { getTableModule, tableIds } from "@tianbiao/tables";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { isUuid } from "../accounts";
import { addressOf, type RouteContext, signedIn } from "../app";
import type { AuditLog } from "../audit";
import { exportColumns, filingCells, filingHeaders, toCsv } from "../csv";
import type { FilingStatus } from "../db/schema";
import { HttpError } from "../errors";
import type { Filings } from "../filings";
import { apiMessages } from "../messages";
import { unwrapSubmission } from "../submission-input";
import { errorResponses, filingStatus, idParams, pageQuery } from "./schemas";

const reasonMaxLength = 1000;
const commentMaxLength = 2000;
const record = { type: "object", additionalProperties: true } as const;

function notFound(): HttpError {
  return new HttpError(404, "submission_not_found", apiMessages.submissionNotFound());
}

/** Text in a query or body: NUL and other control characters are refused, not stored or searched. */
function cleanText(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw new HttpError(
      400,
      "invalid_query",
      apiMessages.invalidQuery(name, {
        zh: "不能含有控制字符。",
        en: "must not contain control characters.",
      }),
    );
  }
  return text;
}

/** A reviewer's export of a table's filings: in its scope, of one period when asked, with its columns. */
export async function exportOf(filings: Filings, request: FastifyRequest) {
  const account = signedIn(request);
  const { tableId } = request.params as { tableId: string };
  const compiled = filings.formTable(tableId);
  if (account.kind !== "reviewer") throw new HttpError(403, "forbidden", apiMessages.forbiddenRole());
  const period = cleanText((request.query as { period?: string }).period, "period");
  const rows = await filings.exportRows(account, tableId, period);
  const columns = exportColumns(
    compiled.table,
    rows.map((row) => row.values),
  );
  return { account, tableId, compiled, period, rows, columns };
}

/** The audit entry of an export of filings: who, from where, the table and period, and which filings. */
export function recordExport(
  audit: AuditLog,
  request: FastifyRequest,
  exported: Pick<Awaited<ReturnType<typeof exportOf>>, "account" | "tableId" | "period" | "rows">,
  format: "csv" | "xlsx",
): Promise<void> {
  const { account, tableId, period, rows } = exported;
  return audit.record({
    actor: account,
    action: "export",
    address: addressOf(request),
    detail: {
      table: tableId,
      period: period ?? null,
      format,
      filings: rows.length,
      filingIds: rows.map((row) => row.id),
    },
  });
}

export async function filingRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  const { filings, audit } = context;
  const filingLimit = context.filingRateLimit ?? { max: 120, window: 60_000 };

  api.get(
    "/tables",
    {
      schema: {
        summary: "The table catalogue (no sign-in needed)",
        tags: ["tables"],
        response: {
          200: {
            type: "object",
            properties: {
              tables: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    id: { type: "string" },
                    kind: { enum: ["form", "reference"] },
                    tableNo: {
                      type: "object",
                      properties: { zh: { type: "string" }, en: { type: "string" } },
                    },
                    title: { type: "object", properties: { zh: { type: "string" }, en: { type: "string" } } },
                  },
                },
              },
            },
          },
        },
      },
    },
    async () => ({
      tables: tableIds().map((id) => {
        const table = getTableModule(id)?.table;
        return table === undefined
          ? { id }
          : {
              id,
              kind: table.kind,
              ...(table.tableNo === undefined ? {} : { tableNo: table.tableNo }),
              title: table.title,
            };
      }),
    }),
  );

  api.post(
    "/submissions/:tableId",
    {
      config: {
        rateLimit: {
          max: filingLimit.max,
          timeWindow: filingLimit.window,
          keyGenerator: (request) => request.account?.id ?? request.ip,
        },
      },
      schema: {
        summary:
          "File a table as the signed-in enterprise; filing again under the same key makes a new revision",
        description:
          "Body: { values, warnings?, context? } or a bare submission. The filer and its region come from the " +
          "session; what the rules read from history (e.g. 310's earlier amounts) is computed here. An " +
          "Idempotency-Key header makes a retried request answer what the first one did.",
        tags: ["filings"],
        params: {
          type: "object",
          required: ["tableId"],
          properties: { tableId: { type: "string", maxLength: 100 } },
        },
        headers: {
          type: "object",
          properties: {
            "idempotency-key": { type: "string", minLength: 1, maxLength: 200, pattern: "^[\\x21-\\x7e]+$" },
          },
        },
        body: { type: "object" },
        response: {
          201: record,
          ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      const { tableId } = request.params as { tableId: string };
      filings.formTable(tableId);
      if (account.kind !== "enterprise") throw new HttpError(403, "forbidden", apiMessages.forbiddenRole());
      const key = request.headers["idempotency-key"];
      const outcome = await filings.file(
        { account, address: addressOf(request) },
        tableId,
        unwrapSubmission(request.body),
        typeof key === "string" ? key : undefined,
      );
      reply.code(outcome.status as 201).headers({ "cache-control": "no-store", ...outcome.headers });
      return outcome.body;
    },
  );

  api.get(
    "/submissions",
    {
      schema: {
        summary: "Filings in the account's scope, newest first",
        tags: ["filings"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            table: { type: "string", maxLength: 100 },
            period: { type: "string", maxLength: 100 },
            status: filingStatus,
            region: { type: "string", pattern: "^[0-9]{0,12}$" },
            ...pageQuery,
          },
        },
        response: { 200: record, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const account = signedIn(request);
      const query = request.query as {
        table?: string;
        period?: string;
        status?: FilingStatus;
        region?: string;
        limit: number;
        offset: number;
      };
      const table = cleanText(query.table, "table");
      if (table !== undefined && getTableModule(table) === undefined) {
        throw new HttpError(404, "unknown_table", apiMessages.unknownTable(table));
      }
      const period = cleanText(query.period, "period");
      return filings.list(account, {
        ...(table === undefined ? {} : { table }),
        ...(period === undefined ? {} : { period }),
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.region === undefined || query.region === "" ? {} : { region: query.region }),
        limit: query.limit,
        offset: query.offset,
      });
    },
  );

  api.get(
    "/submissions/:id",
    {
      schema: {
        summary: "One filing with its current revision, reviews, comments and revision list",
        description: "A reviewer's read is recorded in the audit trail. Outside the account's scope: 404.",
        tags: ["filings"],
        params: idParams,
        response: { 200: record, ...errorResponses(401, 404) },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      const { id } = request.params as { id: string };
      const found = isUuid(id) ? await filings.get(account, id, addressOf(request)) : undefined;
      if (found === undefined) throw notFound();
      reply.header("cache-control", "no-store");
      return found;
    },
  );

  api.get(
    "/submissions/:id/revisions/:number",
    {
      schema: {
        summary: "One revision of a filing",
        tags: ["filings"],
        params: {
          type: "object",
          required: ["id", "number"],
          properties: {
            id: { type: "string", maxLength: 100 },
            number: { type: "integer", minimum: 1, maximum: 1_000_000 },
          },
        },
        response: { 200: record, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      const { id, number } = request.params as { id: string; number: number };
      const found = isUuid(id) ? await filings.revision(account, id, number) : undefined;
      if (found === undefined) throw notFound();
      if (account.kind === "reviewer") {
        await audit.record({
          actor: account,
          action: "filing.read",
          filingId: id,
          address: addressOf(request),
          detail: { revision: number },
        });
      }
      reply.header("cache-control", "no-store");
      return found;
    },
  );

  api.get(
    "/submissions/:id/changes",
    {
      schema: {
        summary: "What changed between two revisions, field by field, with the printed codes",
        tags: ["filings"],
        params: idParams,
        querystring: {
          type: "object",
          required: ["from", "to"],
          additionalProperties: false,
          properties: {
            from: { type: "integer", minimum: 1, maximum: 1_000_000 },
            to: { type: "integer", minimum: 1, maximum: 1_000_000 },
          },
        },
        response: { 200: record, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => {
      const account = signedIn(request);
      const { id } = request.params as { id: string };
      const { from, to } = request.query as { from: number; to: number };
      const changes = isUuid(id) ? await filings.changes(account, id, from, to) : undefined;
      if (changes === undefined) throw notFound();
      if (account.kind === "reviewer") {
        await audit.record({
          actor: account,
          action: "filing.read",
          filingId: id,
          address: addressOf(request),
          detail: { from, to },
        });
      }
      return { from, to, changes };
    },
  );

  api.post(
    "/submissions/:id/review",
    {
      schema: {
        summary: "Approve, or return with a reason, at the reviewer's own level",
        description:
          "The level is the signed-in reviewer's, never the request's. Approval passes the filing to the next " +
          "level (区县 → 地市 → 省级 → 商务部 → accepted); return sends it back to the filer.",
        tags: ["review"],
        params: idParams,
        body: {
          type: "object",
          required: ["action"],
          additionalProperties: false,
          properties: {
            action: { enum: ["approve", "return"] },
            reason: { type: ["string", "null"], maxLength: reasonMaxLength },
          },
        },
        response: { 200: record, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
      },
    },
    async (request) => {
      const account = signedIn(request);
      const { id } = request.params as { id: string };
      const body = request.body as { action: "approve" | "return"; reason?: string | null };
      const reason = typeof body.reason === "string" && body.reason.trim() !== "" ? body.reason.trim() : null;
      if (body.action === "return" && reason === null) {
        throw new HttpError(422, "reason_required", apiMessages.reasonRequired());
      }
      if (!isUuid(id)) throw notFound();
      return filings.review({ account, address: addressOf(request) }, id, body.action, reason);
    },
  );

  api.post(
    "/submissions/:id/comments",
    {
      schema: {
        summary: "Add a comment (reviewers); comments are never edited or deleted",
        tags: ["review"],
        params: idParams,
        body: {
          type: "object",
          required: ["body"],
          additionalProperties: false,
          properties: { body: { type: "string", minLength: 1, maxLength: commentMaxLength } },
        },
        response: { 201: record, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      const { id } = request.params as { id: string };
      const text = (request.body as { body: string }).body.trim();
      if (text === "") throw new HttpError(400, "invalid_request", apiMessages.invalidRequest("body"));
      if (!isUuid(id)) throw notFound();
      const comment = await filings.comment({ account, address: addressOf(request) }, id, text);
      return reply.code(201).send(comment);
    },
  );

  api.get(
    "/tables/:tableId/submissions.csv",
    {
      schema: {
        summary: "CSV of a table's filings in the reviewer's scope (printed codes as headers)",
        description: "Every export is recorded in the audit trail.",
        tags: ["review"],
        params: {
          type: "object",
          required: ["tableId"],
          properties: { tableId: { type: "string", maxLength: 100 } },
        },
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { period: { type: "string", maxLength: 100 } },
        },
        response: {
          200: { type: "string", description: "text/csv; UTF-8 with a byte order mark" },
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const exported = await exportOf(filings, request);
      const { tableId, rows, columns } = exported;
      const csv = toCsv([
        [...filingHeaders, ...columns.map((c) => c.header)],
        ...rows.map((row) => [...filingCells(row).map(String), ...columns.map((c) => c.cell(row.values))]),
      ]);
      await recordExport(audit, request, exported, "csv");
      const name = `${tableId.replace(/[^A-Za-z0-9_-]/g, "_")}-submissions.csv`;
      return reply
        .headers({
          "content-type": "text/csv; charset=utf-8; header=present",
          "content-disposition": `attachment; filename="${name}"`,
          "cache-control": "no-store",
        })
        .send(csv);
    },
  );
}
