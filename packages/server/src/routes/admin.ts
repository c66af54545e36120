import type { FastifyInstance, FastifyRequest } from "fastify";
import { type AccountInput, AccountInputError, isUuid, publicAccount } from "../accounts";
import { addressOf, type RouteContext, signedIn } from "../app";
import type { Account } from "../db/schema";
import { HttpError } from "../errors";
import { apiMessages } from "../messages";
import { accountSchema, errorResponses, idParams, pageQuery } from "./schemas";

/** Administrators manage accounts and read the audit trail; they never review or read filings. */
function administrator(request: FastifyRequest): Account {
  const account = signedIn(request);
  if (account.kind !== "admin") throw new HttpError(403, "forbidden", apiMessages.forbiddenRole());
  return account;
}

function inputError(error: unknown): never {
  if (error instanceof AccountInputError) {
    throw new HttpError(
      error.reason === "taken" ? 409 : 400,
      "invalid_account",
      apiMessages.invalidAccount(error.field, error.reason),
    );
  }
  throw error;
}

const contact = {
  type: "object",
  maxProperties: 10,
  additionalProperties: { type: "string", maxLength: 200 },
} as const;

export async function adminRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  const { accounts, audit } = context;

  api.get(
    "/accounts",
    {
      schema: {
        summary: "Every account (administrators)",
        tags: ["administration"],
        response: {
          200: { type: "object", properties: { accounts: { type: "array", items: accountSchema } } },
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      administrator(request);
      return { accounts: (await accounts.list()).map(publicAccount) };
    },
  );

  api.post(
    "/accounts",
    {
      schema: {
        summary: "Create an account (administrators)",
        description:
          "enterprise: creditCode (统一社会信用代码), name, regionCode (区划代码 of its county, 6 digits or finer). " +
          "reviewer: username, name, level and regionCode (6, 4 or 2 digits; empty for the ministry). admin: username, name.",
        tags: ["administration"],
        body: {
          type: "object",
          required: ["kind", "name"],
          additionalProperties: false,
          properties: {
            kind: { enum: ["enterprise", "reviewer", "admin"] },
            name: { type: "string", maxLength: 100 },
            username: { type: "string", maxLength: 64 },
            creditCode: { type: "string", maxLength: 18 },
            regionCode: { type: "string", maxLength: 12 },
            level: { enum: ["district", "city", "province", "ministry"] },
            contact,
            password: { type: "string", maxLength: 200 },
          },
        },
        response: { 201: accountSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const admin = administrator(request);
      const body = request.body as Record<string, unknown>;
      const text = (name: string): string => (typeof body[name] === "string" ? (body[name] as string) : "");
      let input: AccountInput;
      const common = {
        name: text("name"),
        ...(body.contact === undefined ? {} : { contact: body.contact as Record<string, string> }),
        ...(body.password === undefined ? {} : { password: text("password") }),
      };
      if (body.kind === "enterprise") {
        input = {
          kind: "enterprise",
          creditCode: text("creditCode"),
          regionCode: text("regionCode"),
          ...common,
        };
      } else if (body.kind === "reviewer") {
        input = {
          kind: "reviewer",
          username: text("username"),
          level: body.level as "district",
          regionCode: text("regionCode"),
          ...common,
        };
      } else {
        input = { kind: "admin", username: text("username"), ...common };
      }
      const created = await accounts.create(input).catch(inputError);
      await audit.record({
        actor: admin,
        action: "account.create",
        accountId: created.id,
        address: addressOf(request),
        detail: { kind: created.kind, username: created.username },
      });
      return reply.code(201).send(publicAccount(created));
    },
  );

  const change = (
    path: string,
    summary: string,
    action: string,
    apply: (id: string, body: Record<string, unknown>) => Promise<Account | undefined>,
    body?: Record<string, unknown>,
  ) =>
    api.post(
      `/accounts/:id/${path}`,
      {
        schema: {
          summary,
          tags: ["administration"],
          params: idParams,
          ...(body === undefined ? {} : { body }),
          response: { 200: accountSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const admin = administrator(request);
        const { id } = request.params as { id: string };
        const changed = isUuid(id)
          ? await apply(id, (request.body ?? {}) as Record<string, unknown>).catch(inputError)
          : undefined;
        if (changed === undefined) throw new HttpError(404, "not_found", apiMessages.notFound());
        await audit.record({ actor: admin, action, accountId: id, address: addressOf(request) });
        return publicAccount(changed);
      },
    );

  change(
    "disable",
    "Disable an account: it can no longer sign in, and its sessions end",
    "account.disable",
    (id) => accounts.setDisabled(id, true),
  );
  change("enable", "Enable an account again", "account.enable", (id) => accounts.setDisabled(id, false));
  change(
    "password",
    "Set a new password; also lifts a sign-in lock",
    "account.reset-password",
    (id, body) => accounts.resetPassword(id, String(body.password)),
    {
      type: "object",
      required: ["password"],
      additionalProperties: false,
      properties: { password: { type: "string", minLength: 1, maxLength: 200 } },
    },
  );

  api.get(
    "/audit",
    {
      schema: {
        summary: "The audit trail, newest first (administrators); entries are never changed or removed",
        tags: ["administration"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            actor: { type: "string", maxLength: 100, pattern: "^[^\\u0000-\\u001f]*$" },
            action: { type: "string", maxLength: 100, pattern: "^[a-z.-]*$" },
            filing: { type: "string", format: "uuid" },
            from: { type: "string", format: "date-time" },
            to: { type: "string", format: "date-time" },
            ...pageQuery,
          },
        },
        response: { 200: { type: "object", additionalProperties: true }, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      administrator(request);
      const q = request.query as {
        actor?: string;
        action?: string;
        filing?: string;
        from?: string;
        to?: string;
        limit: number;
        offset: number;
      };
      return audit.list({
        ...(q.actor ? { actor: q.actor } : {}),
        ...(q.action ? { action: q.action } : {}),
        ...(q.filing ? { filing: q.filing } : {}),
        ...(q.from ? { from: new Date(q.from) } : {}),
        ...(q.to ? { to: new Date(q.to) } : {}),
        limit: q.limit,
        offset: q.offset,
      });
    },
  );
}
