import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { publicAccount } from "../accounts";
import { addressOf, type RouteContext, signedIn } from "../app";
import type { Account } from "../db/schema";
import { HttpError } from "../errors";
import { apiMessages } from "../messages";
import { checkPassword, refuseDisabled } from "../sign-in";
import { errorResponses, sessionSchema } from "./schemas";

/** Starts a fresh session for `account`: a new id, so a session fixed before sign-in is worthless. */
async function startSession(request: FastifyRequest, reply: FastifyReply, account: Account, now: Date) {
  await request.session.regenerate();
  request.session.accountId = account.id;
  request.session.signedInAt = now.getTime();
  request.account = account;
  return { account: publicAccount(account), csrfToken: reply.generateCsrf() };
}

const thisSite = "http://tianbiao.invalid";

/**
 * Only a path on this site, never another origin, whatever the query says; resolved as a browser
 * would (`/\host` is `//host`) and percent-encoded, as a Location header holds only ASCII and the
 * session store no NUL.
 */
function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  const url = URL.parse(value, thisSite);
  return url?.origin === thisSite ? `${url.pathname}${url.search}${url.hash}` : "/";
}

export async function authRoutes(api: FastifyInstance, context: RouteContext): Promise<void> {
  const { accounts, audit, now, sso } = context;
  const signInLimit = context.signInRateLimit ?? { max: 20, window: 60_000 };

  api.post(
    "/session",
    {
      config: { rateLimit: { max: signInLimit.max, timeWindow: signInLimit.window } },
      schema: {
        summary: "Sign in with a user name (an enterprise's 统一社会信用代码) and password",
        tags: ["session"],
        body: {
          type: "object",
          required: ["username", "password"],
          additionalProperties: false,
          properties: {
            username: { type: "string", minLength: 1, maxLength: 100 },
            password: { type: "string", minLength: 1, maxLength: 200 },
          },
        },
        response: { 200: sessionSchema, ...errorResponses(400, 401, 403, 415, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body as { username: string; password: string };
      const address = addressOf(request);
      const at = now();
      const account = await checkPassword(context, username, password, address, at);
      const answer = await startSession(request, reply, account, at);
      await audit.record({ actor: account, action: "sign-in", address });
      reply.header("cache-control", "no-store");
      return answer;
    },
  );

  api.get(
    "/session",
    {
      schema: {
        summary: "Who is signed in, with a CSRF token for writes",
        tags: ["session"],
        response: { 200: sessionSchema, ...errorResponses(401) },
      },
    },
    async (request, reply) => {
      const account = signedIn(request);
      reply.header("cache-control", "no-store");
      return { account: publicAccount(account), csrfToken: reply.generateCsrf() };
    },
  );

  api.delete(
    "/session",
    {
      schema: {
        summary: "Sign out",
        tags: ["session"],
        response: { 204: { type: "null" }, ...errorResponses(403) },
      },
    },
    async (request, reply) => {
      if (request.account !== null) {
        await audit.record({ actor: request.account, action: "sign-out", address: addressOf(request) });
      }
      // A session already ended this request (its account disabled, or past its absolute expiry)
      // leaves none to destroy; signing out still clears the cookie.
      await request.session?.destroy();
      reply.clearCookie("tianbiao.sid", { path: "/api" });
      return reply.code(204).send();
    },
  );

  api.get(
    "/auth/oidc/login",
    {
      config: { rateLimit: { max: signInLimit.max, timeWindow: signInLimit.window } },
      schema: {
        summary: "Single sign-on: sends the browser to the OpenID provider",
        tags: ["session"],
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { returnTo: { type: "string", maxLength: 500 } },
        },
        response: { 302: { type: "null" }, ...errorResponses(404, 502) },
      },
    },
    async (request, reply) => {
      if (sso === undefined) throw new HttpError(404, "not_found", apiMessages.notFound());
      // The provider's discovery document is fetched at the first sign-in: a provider that cannot
      // be reached is a bad gateway, not a fault of this service.
      const started = await sso.start().catch(() => undefined);
      if (started === undefined)
        throw new HttpError(502, "sso_unavailable", apiMessages.singleSignOnFailed());
      const { url, state, nonce, verifier } = started;
      const { returnTo } = request.query as { returnTo?: string };
      request.session.oidc = { state, nonce, verifier, returnTo: safeReturnPath(returnTo) };
      return reply.redirect(url.href, 302);
    },
  );

  api.get(
    "/auth/oidc/callback",
    {
      schema: {
        summary: "Single sign-on: the provider's answer; signs in and returns to the page",
        tags: ["session"],
        response: { 302: { type: "null" }, ...errorResponses(400, 403, 404) },
      },
    },
    async (request, reply) => {
      if (sso === undefined) throw new HttpError(404, "not_found", apiMessages.notFound());
      const kept = request.session.oidc;
      const address = addressOf(request);
      if (kept === undefined) throw new HttpError(400, "sso_failed", apiMessages.singleSignOnFailed());
      request.session.oidc = undefined;
      // The URL the provider redirected to, as registered: openid-client checks state and the code.
      const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
      let identity: Awaited<ReturnType<typeof sso.finish>>;
      try {
        identity = await sso.finish(new URL(`${sso.options.redirectUri}${query}`), kept);
      } catch {
        await audit.record({ actor: null, action: "sign-in.sso-failed", address });
        throw new HttpError(400, "sso_failed", apiMessages.singleSignOnFailed());
      }
      let account = await accounts.bySubject(identity.issuer, identity.subject);
      if (account === undefined && identity.name !== undefined) {
        const named = await accounts.byUsername(identity.name);
        if (named !== undefined && named.oidc_subject === null) {
          await accounts.bindSubject(named.id, identity.issuer, identity.subject);
          account = named;
        }
      }
      if (account === undefined) {
        await audit.record({
          actor: null,
          ...(identity.name === undefined ? {} : { actorName: identity.name }),
          action: "sign-in.sso-unknown",
          address,
        });
        throw new HttpError(403, "sso_no_account", apiMessages.noAccountForIdentity());
      }
      await refuseDisabled(audit, account, address);
      await startSession(request, reply, account, now());
      await audit.record({ actor: account, action: "sign-in", address, detail: { method: "oidc" } });
      return reply.redirect(kept.returnTo, 302);
    },
  );
}
