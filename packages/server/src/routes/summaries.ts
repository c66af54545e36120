import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addressOf, type RouteContext, signedIn } from "../app";
import { filingCells, filingHeaders } from "../csv";
import type { Account } from "../db/schema";
import { HttpError } from "../errors";
import { apiMessages } from "../messages";
import { type Summary, summarize } from "../summaries";
import { type Cell, columnCell, columnLabel, sheetName, workbook } from "../xlsx";
import { exportOf, recordExport } from "./filings";
import { bilingual, errorResponses, periodPattern } from "./schemas";

const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const tableParams = {
  type: "object",
  required: ["tableId"],
  properties: { tableId: { type: "string", maxLength: 100 } },
} as const;

const summaryQuery = {
  type: "object",
  required: ["period"],
  additionalProperties: false,
  properties: {
    period: { type: "string", pattern: periodPattern, description: "YYYY or YYYY-MM" },
    region: {
      type: "string",
      pattern: "^([0-9]{2}){0,3}$",
      description: "A 区划代码 prefix (2, 4 or 6 digits) inside the reviewer's own region; outside it: 404",
    },
  },
} as const;

const counts = {
  type: "object",
  required: ["filed", "awaiting", "returned", "accepted", "due", "overdue"],
  properties: {
    filed: { type: "integer", description: "Filings of the period, any status" },
    awaiting: { type: "integer", description: "Awaiting review at any level" },
    returned: { type: "integer" },
    accepted: { type: "integer" },
    due: { type: "integer", description: "Enterprises registered in the region that must file the table" },
    overdue: {
      type: "integer",
      description:
        "After the due date: due enterprises without a filing of the period (returned ones aside). For a table " +
        "filed per contract (企业2表, 企业3表) that includes enterprises with no contract that month: the " +
        "报表目录 makes every enterprise a monthly reporter, and only the enterprise knows it had none",
    },
  },
} as const;

const summarySchema = {
  type: "object",
  required: ["table", "period", "scope", "indicators", "rows"],
  properties: {
    table: { type: "string" },
    period: { type: "string" },
    due: { type: ["string", "null"], format: "date" },
    today: { type: "string", format: "date" },
    scope: {
      type: "object",
      required: ["regionCode", "name"],
      properties: { regionCode: { type: "string" }, name: bilingual },
    },
    indicators: {
      type: "array",
      items: {
        type: "object",
        required: ["code", "path", "label", "unit"],
        properties: {
          code: {
            type: "string",
            description:
              "The printed code (206, 401.current; a rows column: <rows code>.<column id>). A breakdown is " +
              "<indicator code>@<choice code>:<value>: the amount summed over filings whose coded single " +
              "choice (企业2表 207, 208 合同性质, 209 业务类型 at each level ITO / I1 / I11, 211, 212) holds that " +
              "value or one below it, e.g. 206@208:offshore, 206@209:ITO, 206@209:I11",
          },
          path: { type: "string", description: "Where the value is in a filing; * for every row" },
          label: bilingual,
          unit: { type: ["string", "null"] },
          of: { type: "string", description: "A breakdown: the code of the indicator it breaks down" },
          by: {
            type: "object",
            properties: {
              field: { type: "string" },
              code: { type: ["string", "null"] },
              value: { type: "string" },
              label: bilingual,
            },
          },
        },
      },
    },
    rows: {
      type: "array",
      description:
        "The scope's total first, then each province, city and district by 区划代码 prefix (2, 4, 6 digits), " +
        "each followed by the regions inside it. Sums leave out returned filings.",
      items: {
        type: "object",
        required: ["regionCode", "name", "parent", "depth", "sums", "counts"],
        properties: {
          regionCode: { type: "string" },
          name: bilingual,
          parent: { type: ["string", "null"] },
          depth: { type: "integer" },
          sums: { type: "object", additionalProperties: { type: "number" } },
          counts,
        },
      },
    },
  },
} as const;

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, "_");
}

function sendXlsx(reply: FastifyReply, name: string, body: Buffer): FastifyReply {
  return reply
    .headers({
      "content-type": xlsxType,
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
    })
    .send(body);
}

export async function summaryRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  const { filings, audit } = context;

  /** The reviewer asking, the table and the region: the reviewer's own, or a narrower one inside it. */
  async function summaryOf(request: FastifyRequest): Promise<{ account: Account; summary: Summary }> {
    const account = signedIn(request);
    const { tableId } = request.params as { tableId: string };
    const { table } = filings.formTable(tableId);
    if (account.kind !== "reviewer" || account.region_code === null) {
      throw new HttpError(403, "forbidden", apiMessages.reviewerOnly());
    }
    const { period, region } = request.query as { period: string; region?: string };
    const own = account.region_code;
    if (region !== undefined && region !== "" && !region.startsWith(own)) {
      throw new HttpError(404, "region_not_found", apiMessages.regionOutOfScope());
    }
    const prefix = region === undefined || region === "" ? own : region;
    const summary = await summarize(context.db, table, period, prefix, context.now());
    return { account, summary };
  }

  api.get(
    "/summaries/:tableId",
    {
      schema: {
        summary:
          "汇总: a table's indicators summed and its filings counted by region, in the reviewer's scope",
        description:
          "Reviewers only; the region is the reviewer's own, `region` narrows it. Every read is recorded in the " +
          "audit trail (summary.read).",
        tags: ["summaries"],
        params: tableParams,
        querystring: summaryQuery,
        response: { 200: summarySchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account, summary } = await summaryOf(request);
      await audit.record({
        actor: account,
        action: "summary.read",
        address: addressOf(request),
        detail: { table: summary.table, period: summary.period, region: summary.scope.regionCode },
      });
      reply.header("cache-control", "no-store");
      return summary;
    },
  );

  api.get(
    "/summaries/:tableId.xlsx",
    {
      schema: {
        summary: "The summary as an .xlsx workbook: one row per region, codes, Chinese and English headers",
        description:
          "Reviewers only, the same scope as the summary; every export is recorded in the audit trail.",
        tags: ["summaries"],
        params: tableParams,
        querystring: summaryQuery,
        response: {
          200: { type: "string", description: xlsxType },
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { account, summary } = await summaryOf(request);
      const countKeys = ["filed", "awaiting", "returned", "accepted", "due", "overdue"] as const;
      const countLabels: Record<(typeof countKeys)[number], [string, string]> = {
        filed: ["已报", "Filed"],
        awaiting: ["待审核", "Awaiting review"],
        returned: ["已退回", "Returned"],
        accepted: ["已通过", "Accepted"],
        due: ["应报", "Due"],
        overdue: ["逾期未报", "Overdue"],
      };
      const unit = (u: string | null) => (u === null ? "" : `（${u}）`);
      const body = await workbook([
        {
          name: sheetName(filings.formTable(summary.table).table, "汇总 summary"),
          codes: [
            "regionCode",
            "name",
            "parent",
            "depth",
            ...countKeys,
            ...summary.indicators.map((i) => i.code),
          ],
          zh: [
            "区划代码",
            "地区",
            "上级区划",
            "层级",
            ...countKeys.map((k) => countLabels[k][0]),
            ...summary.indicators.map((i) => `${i.label.zh}${unit(i.unit)}`),
          ],
          en: [
            "Division code",
            "Region",
            "Parent",
            "Depth",
            ...countKeys.map((k) => countLabels[k][1]),
            ...summary.indicators.map((i) => `${i.label.en}${i.unit === null ? "" : ` (${i.unit})`}`),
          ],
          rows: summary.rows.map((row): Cell[] => [
            row.regionCode,
            row.name.zh === row.name.en ? row.name.zh : `${row.name.zh} ${row.name.en}`,
            row.parent,
            row.depth,
            ...countKeys.map((k) => row.counts[k]),
            ...summary.indicators.map((i) => row.sums[i.code] ?? 0),
          ]),
        },
      ]);
      await audit.record({
        actor: account,
        action: "export",
        address: addressOf(request),
        detail: {
          table: summary.table,
          period: summary.period,
          region: summary.scope.regionCode,
          format: "xlsx",
          of: "summary",
        },
      });
      return sendXlsx(reply, `${safeName(summary.table)}-${safeName(summary.period)}-summary.xlsx`, body);
    },
  );

  api.get(
    "/tables/:tableId/submissions.xlsx",
    {
      schema: {
        summary:
          "The table's filings in the reviewer's scope as .xlsx: printed codes, then Chinese and English",
        description:
          "The same scope and filters as the CSV export; every export is recorded in the audit trail.",
        tags: ["review"],
        params: tableParams,
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { period: { type: "string", maxLength: 100 } },
        },
        response: {
          200: { type: "string", description: xlsxType },
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const exported = await exportOf(filings, request);
      const { tableId, compiled, rows, columns } = exported;
      const labels = columns.map((c) => columnLabel(compiled, c));
      const body = await workbook([
        {
          name: sheetName(compiled.table),
          codes: [...filingHeaders, ...columns.map((c) => c.header)],
          zh: [
            "报送编号",
            "填报单位",
            "区划代码",
            "报告期",
            "接收时间",
            "状态",
            "修订",
            ...labels.map((l) => l.zh),
          ],
          en: [
            "Filing id",
            "Filer",
            "Division code",
            "Period",
            "Received at",
            "Status",
            "Revision",
            ...labels.map((l) => l.en),
          ],
          rows: rows.map((row): Cell[] => [
            ...filingCells(row),
            ...columns.map((c) => columnCell(c, row.values)),
          ]),
        },
      ]);
      await recordExport(audit, request, exported, "xlsx");
      return sendXlsx(reply, `${safeName(tableId)}-submissions.xlsx`, body);
    },
  );
}
