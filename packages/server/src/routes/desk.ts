import type { FastifyInstance } from "fastify";
import { isUuid } from "../accounts";
import { addressOf, type RouteContext, signedIn } from "../app";
import { deskOf } from "../desk";
import { HttpError } from "../errors";
import { inScope } from "../filings";
import { apiMessages } from "../messages";
import { bilingual, errorResponses } from "./schemas";

const deskItem = {
  type: "object",
  required: ["table", "title", "tableNumber", "period", "due", "status", "overdue", "kind"],
  properties: {
    table: { type: "string" },
    title: bilingual,
    tableNumber: { type: "string", description: "As the desk names it: 企业1表" },
    tableNumberText: { ...bilingual, description: "As the 报表目录 prints it, in both languages" },
    period: { type: "string", description: "YYYY for annual tables, YYYY-MM for monthly ones" },
    frequency: { enum: ["annual", "monthly"], description: "报告期别 from the 报表目录" },
    due: { type: "string", format: "date", description: "From the 报表目录 of 国统制〔2022〕45号" },
    status: {
      enum: ["not_filed", "draft", "district", "city", "province", "ministry", "returned", "accepted"],
      description: "district…ministry: awaiting that level's review",
    },
    overdue: {
      type: "boolean",
      description: "Past due (China Standard Time) and not filed, or returned and not filed again",
    },
    kind: {
      enum: ["period", "filing", "new"],
      description:
        "period: the one filing of a table and period (企业1表, 企业4表, 企业5表); filing: one filing of a " +
        "table keyed by contract (企业2表, 企业3表), several per period; new: one line per period of such a " +
        "table to file another (status not_filed or draft, never overdue: a month without contracts has " +
        "nothing to file)",
    },
    filingId: { type: "string", format: "uuid" },
    revision: { type: "integer" },
    returnedReason: { type: "string", description: "The latest return's reason, when returned" },
    receivedAt: { type: "string", format: "date-time" },
    draftSavedAt: { type: "string", format: "date-time" },
  },
} as const;

const skipped = {
  type: "object",
  required: ["id", "reason"],
  properties: {
    id: { type: "string" },
    reason: {
      enum: ["not_clean", "not_awaiting", "not_found"],
      description:
        "not_clean: a warning neither confirmed nor explained; not_awaiting: not at the reviewer's level; " +
        "not_found: no such filing, or outside the reviewer's region",
    },
  },
} as const;

export async function deskRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  const { filings } = context;

  api.get(
    "/desk",
    {
      schema: {
        summary: "The enterprise's desk: each table it must file, its period, due date and status",
        description:
          "Enterprises only. Tables and due dates from the 报表目录: the twelve months up to this one for " +
          "monthly tables, last year for annual ones. `today` is the server's day in China Standard Time.",
        tags: ["desk"],
        response: {
          200: {
            type: "object",
            required: ["today", "items"],
            properties: {
              today: { type: "string", format: "date" },
              items: { type: "array", items: deskItem },
            },
          },
          ...errorResponses(401, 403),
        },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      if (account.kind !== "enterprise") throw new HttpError(403, "forbidden", apiMessages.enterpriseOnly());
      reply.header("cache-control", "no-store");
      return deskOf(context.db, filings, account, context.now());
    },
  );

  api.post(
    "/reviews",
    {
      schema: {
        summary: "Approve several filings at once, at the reviewer's own level; only clean ones",
        description:
          "Each id in the reviewer's region awaiting its level whose current revision has no warning left " +
          "unconfirmed and unexplained is approved, one audit entry each; the others are skipped with a " +
          "reason. An id outside the region is reported as not_found, like one that does not exist.",
        tags: ["review"],
        body: {
          type: "object",
          required: ["ids", "action"],
          additionalProperties: false,
          properties: {
            ids: { type: "array", minItems: 1, maxItems: 500, items: { type: "string", maxLength: 100 } },
            action: { const: "approve" },
          },
        },
        response: {
          200: {
            type: "object",
            required: ["approved", "skipped"],
            properties: {
              approved: { type: "array", items: { type: "string", format: "uuid" } },
              skipped: { type: "array", items: skipped },
            },
          },
          ...errorResponses(400, 401, 403, 415),
        },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      if (account.kind !== "reviewer") throw new HttpError(403, "forbidden", apiMessages.reviewerOnly());
      const { ids } = request.body as { ids: string[] };
      const who = { account, address: addressOf(request) };
      const approved: string[] = [];
      const passed: Array<{ id: string; reason: "not_clean" | "not_awaiting" | "not_found" }> = [];
      const unique = [...new Set(ids)];
      // One read finds what of the list is in the reviewer's region and where it stands, so an id out
      // of scope costs what a missing one does (nothing more), and only filings awaiting this level
      // take a transaction of their own; each is checked again under its lock there.
      const named = unique.filter(isUuid);
      const visible = new Map(
        named.length === 0
          ? []
          : (
              await inScope(
                context.db
                  .selectFrom("filings")
                  .select(["filings.id", "filings.status"])
                  .where("filings.id", "in", named),
                account,
              ).execute()
            ).map((row) => [row.id, row.status]),
      );
      for (const id of unique) {
        const status = visible.get(id);
        if (status === undefined) {
          passed.push({ id, reason: "not_found" });
          continue;
        }
        if (status !== account.level) {
          passed.push({ id, reason: "not_awaiting" });
          continue;
        }
        try {
          await filings.review(who, id, "approve", null, { onlyClean: true, answer: false });
          approved.push(id);
        } catch (error) {
          if (!(error instanceof HttpError)) throw error;
          if (error.status === 404) passed.push({ id, reason: "not_found" });
          else if (error.code === "not_clean") passed.push({ id, reason: "not_clean" });
          else if (error.code === "wrong_level") passed.push({ id, reason: "not_awaiting" });
          else throw error;
        }
      }
      reply.header("cache-control", "no-store");
      return { approved, skipped: passed };
    },
  );
}
