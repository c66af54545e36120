import type { FastifyInstance, FastifyRequest } from "fastify";
import { type RouteContext, signedIn } from "../app";
import type { Account } from "../db/schema";
import { maxDrafts } from "../drafts";
import { HttpError } from "../errors";
import { apiMessages } from "../messages";
import { maxNesting, nestsWithin, wellFormed } from "../submission-input";
import { errorResponses, periodPattern } from "./schemas";

const keyParams = {
  type: "object",
  required: ["tableId", "period"],
  properties: {
    tableId: { type: "string", maxLength: 100 },
    period: { type: "string", pattern: periodPattern, description: "YYYY or YYYY-MM" },
  },
} as const;

/** The earliest savedAt taken, and how far past the server's clock one may be (a client's clock runs fast). */
const earliestSave = Date.UTC(2000, 0, 1);
const clockSkewMs = 24 * 3_600_000;

const savedAt = { type: "string", format: "date-time" } as const;

export async function draftRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  const { drafts, filings } = context;

  /** The enterprise signed in and the draft's key; the account is the session's, never the request's. */
  function keyOf(request: FastifyRequest): { account: Account; tableId: string; period: string } {
    const account = signedIn(request);
    const { tableId, period } = request.params as { tableId: string; period: string };
    filings.formTable(tableId);
    if (account.kind !== "enterprise") throw new HttpError(403, "forbidden", apiMessages.enterpriseOnly());
    return { account, tableId, period };
  }

  const notFound = () => new HttpError(404, "draft_not_found", apiMessages.draftNotFound());

  api.get(
    "/drafts",
    {
      schema: {
        summary: "The signed-in enterprise's drafts on the server, newest first",
        tags: ["drafts"],
        response: {
          200: {
            type: "array",
            items: {
              type: "object",
              required: ["table", "period", "savedAt"],
              properties: { table: { type: "string" }, period: { type: "string" }, savedAt },
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
      return drafts.list(account.id);
    },
  );

  api.put(
    "/drafts/:tableId/:period",
    {
      schema: {
        summary: "Save a draft of a table and period (enterprises); kept 30 days, gone once that is filed",
        description:
          "Values are kept as sent, not validated as a filing (a draft may be incomplete); the body is " +
          `limited like a submission, and an enterprise keeps at most ${maxDrafts} drafts (409 too_many_drafts). ` +
          "The enterprise is the session's.",
        tags: ["drafts"],
        params: keyParams,
        body: {
          type: "object",
          required: ["values", "savedAt"],
          additionalProperties: false,
          properties: { values: { type: "object" }, savedAt },
        },
        response: {
          200: { type: "object", required: ["savedAt"], properties: { savedAt } },
          ...errorResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const { account, tableId, period } = keyOf(request);
      const body = request.body as { values: unknown; savedAt: string };
      const at = new Date(body.savedAt);
      if (
        typeof body.values !== "object" ||
        body.values === null ||
        Array.isArray(body.values) ||
        Number.isNaN(at.getTime()) ||
        at.getTime() < earliestSave ||
        at.getTime() > context.now().getTime() + clockSkewMs
      ) {
        throw new HttpError(400, "invalid_draft", apiMessages.invalidDraft());
      }
      if (!nestsWithin(body.values, maxNesting)) {
        throw new HttpError(400, "too_deep", apiMessages.tooDeep(maxNesting));
      }
      if (!wellFormed(body.values)) {
        throw new HttpError(400, "unpaired_surrogate", apiMessages.unpairedSurrogate());
      }
      const saved = await drafts.save(
        account.id,
        tableId,
        period,
        body.values as Record<string, unknown>,
        at,
      );
      reply.header("cache-control", "no-store");
      return { savedAt: saved };
    },
  );

  api.get(
    "/drafts/:tableId/:period",
    {
      schema: {
        summary: "The signed-in enterprise's draft of a table and period",
        tags: ["drafts"],
        params: keyParams,
        response: {
          200: {
            type: "object",
            required: ["values", "savedAt"],
            properties: { values: { type: "object", additionalProperties: true }, savedAt },
          },
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const { account, tableId, period } = keyOf(request);
      const draft = await drafts.get(account.id, tableId, period);
      if (draft === undefined) throw notFound();
      reply.header("cache-control", "no-store");
      return draft;
    },
  );

  api.delete(
    "/drafts/:tableId/:period",
    {
      schema: {
        summary: "Remove the signed-in enterprise's draft of a table and period",
        tags: ["drafts"],
        params: keyParams,
        response: { 204: { type: "null" }, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { account, tableId, period } = keyOf(request);
      if (!(await drafts.discard(account.id, tableId, period))) throw notFound();
      return reply.code(204).send();
    },
  );
}
