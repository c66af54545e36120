/// <reference path="./oidc-provider.d.ts" />
import { generateKeyPairSync } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import fastifyRateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import Provider, { type Adapter, type AdapterPayload, type KoaContextWithOIDC } from "oidc-provider";
import type { Accounts } from "./accounts";
import type { AuditLog } from "./audit";
import type { Account, Database } from "./db/schema";
import { HttpError } from "./errors";
import { apiMessages, type Bilingual, oauthMessages } from "./messages";
import { checkPassword } from "./sign-in";

// The embed's sign-in from a site on another origin, where third-party cookies do not reach the
// reporting service: OAuth 2.0 authorization code with PKCE, in a popup on this service's origin.
// oidc-provider (panva) is the authorization server; this module gives it a store (the service's
// database), its clients (one per allowed origin), and the login step (the service's own password
// check). The embed keeps the access token in memory and sends it as `Authorization: Bearer`.

/** Where the authorization server is mounted; its issuer is the service's URL with this path. */
export const oauthPrefix = "/oauth";

/** The one address each allowed origin's client may be sent back to: a page that hands the code over. */
export function embedRedirectUri(issuer: string, origin: string): string {
  return `${issuer}/callback?origin=${encodeURIComponent(origin)}`;
}

/**
 * Provider objects in the oauth_records table. Each row's expiry is counted on the service's clock,
 * which is what the bearer check reads: the provider's own (in the payload) counts on the machine's.
 */
function databaseAdapter(db: Kysely<Database>, now: () => Date) {
  return class DatabaseAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      const row = {
        payload: JSON.stringify(payload),
        grant_id: typeof payload.grantId === "string" ? payload.grantId : null,
        uid: typeof payload.uid === "string" ? payload.uid : null,
        expires_at: expiresIn ? new Date(now().getTime() + expiresIn * 1000) : null,
      };
      await db
        .insertInto("oauth_records")
        .values({ model: this.model, id, ...row })
        .onConflict((c) => c.columns(["model", "id"]).doUpdateSet(row))
        .execute();
    }

    private async one(column: "id" | "uid", value: string): Promise<AdapterPayload | undefined> {
      const row = await db
        .selectFrom("oauth_records")
        .select(["payload", "consumed_at"])
        .where("model", "=", this.model)
        .where(column, "=", value)
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const payload = row.payload as AdapterPayload;
      return row.consumed_at === null
        ? payload
        : { ...payload, consumed: Math.floor(new Date(row.consumed_at).getTime() / 1000) };
    }

    find(id: string): Promise<AdapterPayload | undefined> {
      return this.one("id", id);
    }

    findByUid(uid: string): Promise<AdapterPayload | undefined> {
      return this.one("uid", uid);
    }

    async findByUserCode(): Promise<undefined> {
      // The device flow is off: there are no user codes.
      return undefined;
    }

    async consume(id: string): Promise<void> {
      await db
        .updateTable("oauth_records")
        .set({ consumed_at: now() })
        .where("model", "=", this.model)
        .where("id", "=", id)
        .execute();
    }

    async destroy(id: string): Promise<void> {
      await db.deleteFrom("oauth_records").where("model", "=", this.model).where("id", "=", id).execute();
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      await db.deleteFrom("oauth_records").where("grant_id", "=", grantId).execute();
    }
  };
}

const corsHeaders = [
  "access-control-allow-origin",
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-expose-headers",
  "access-control-max-age",
];

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

const both = (text: Bilingual): string =>
  `<span lang="zh-CN">${escapeHtml(text.zh)}</span> <span lang="en">${escapeHtml(text.en)}</span>`;

const pageStyle =
  "body{font:16px/1.6 system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}" +
  "label{display:block;margin-top:1rem;font-weight:600}input{display:block;width:100%;padding:.5rem;" +
  "font:inherit;box-sizing:border-box}button{margin-top:1.5rem;padding:.5rem 1.5rem;font:inherit}" +
  ".error{color:#a4000f;border-left:4px solid #a4000f;padding-left:.75rem}";

function page(body: string): string {
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(oauthMessages.pageTitle.zh)} · ${escapeHtml(oauthMessages.pageTitle.en)}</title>` +
    `<style>${pageStyle}</style></head><body><main><h1>${both(oauthMessages.pageTitle)}</h1>${body}</main></body></html>`
  );
}

function loginPage(uid: string, site: string, error?: Bilingual): string {
  const action = `${oauthPrefix}/interaction/${encodeURIComponent(uid)}/login`;
  return page(
    `<p>${both(oauthMessages.pageIntro(site))}</p>` +
      (error ? `<p class="error" id="sign-in-error" role="alert">${both(error)}</p>` : "") +
      `<form method="post" action="${escapeHtml(action)}">` +
      `<label for="username">${both(oauthMessages.username)}</label>` +
      `<input id="username" name="username" autocomplete="username" required maxlength="100"` +
      `${error ? ' aria-describedby="sign-in-error"' : " autofocus"}>` +
      `<label for="password">${both(oauthMessages.password)}</label>` +
      `<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="200"` +
      `${error ? ' aria-invalid="true" aria-describedby="sign-in-error" autofocus' : ""}>` +
      `<button type="submit">${both(oauthMessages.signIn)}</button></form>`,
  );
}

function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), alg: "RS256", use: "sig", kid: "embed-1" };
}

/** The page the popup lands on: it hands the answer to the embed on the one origin it names. */
const callbackScript = `(function () {
  var search = window.location.search;
  var origin = new URLSearchParams(search).get("origin");
  if (window.opener && origin) window.opener.postMessage({ type: "tianbiao:signed-in", search: search }, origin);
})();
`;

export interface EmbedSignInOptions {
  db: Kysely<Database>;
  accounts: Accounts;
  audit: AuditLog;
  now: () => Date;
  /** Origins (scheme://host:port) of the sites that may embed the forms: one client each. */
  allowedOrigins: ReadonlySet<string>;
  /** This service's URL as browsers reach it (scheme://host[:port]), when it is resolved. */
  baseUrl: () => string;
  /** How long an access token lives. */
  accessTokenMinutes: number;
  /** Keys that sign the provider's cookies (the interaction in the popup). */
  cookieKeys: string[];
  trustProxy: boolean;
  signInRateLimit: { max: number; window: number };
  securityHeaders: Readonly<Record<string, string>>;
  address: (request: FastifyRequest) => string | null;
}

export type BearerCheck =
  | { account: Account }
  | { code: "token_expired" | "token_invalid" | "token_other_site"; message: Bilingual };

/** The authorization server for the embed, built on the first request that needs it. */
export class EmbedSignIn {
  private provider: Provider | undefined;
  private handle: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;

  constructor(private readonly options: EmbedSignInOptions) {}

  get issuer(): string {
    return `${this.options.baseUrl().replace(/\/$/, "")}${oauthPrefix}`;
  }

  private ensure(): Provider {
    if (this.provider !== undefined) return this.provider;
    const { accounts, allowedOrigins } = this.options;
    const issuer = this.issuer;
    const tokenSeconds = Math.round(this.options.accessTokenMinutes * 60);
    const provider = new Provider(issuer, {
      adapter: databaseAdapter(this.options.db, this.options.now),
      clients: [...allowedOrigins].map((origin) => ({
        client_id: origin,
        client_name: origin,
        application_type: "web",
        token_endpoint_auth_method: "none",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [embedRedirectUri(issuer, origin)],
      })),
      // The token and revocation endpoints answer a browser only on the client's own origin.
      clientBasedCORS: (_context, origin, client) => origin === client.clientId,
      pkce: { required: () => true },
      responseTypes: ["code"],
      scopes: ["filing"],
      features: {
        devInteractions: { enabled: false },
        // A site revokes only its own client's tokens (the embed's sign-out).
        revocation: {
          enabled: true,
          allowedPolicy: (_context: unknown, client: { clientId: string }, token: { clientId?: string }) =>
            token.clientId === client.clientId,
        },
        userinfo: { enabled: false },
        rpInitiatedLogout: { enabled: false },
      },
      ttl: {
        AccessToken: tokenSeconds,
        AuthorizationCode: 60,
        Interaction: 600,
        Session: 600,
        Grant: tokenSeconds,
      },
      issueRefreshToken: () => false,
      expiresWithSession: () => false,
      cookies: { keys: this.options.cookieKeys },
      // No ID tokens are issued (no openid scope), but the provider wants a signing key: one per process.
      jwks: { keys: [signingKey()] },
      interactions: { url: (_context, interaction) => `${oauthPrefix}/interaction/${interaction.uid}` },
      // The embed is the service's own client: signing in is the consent, there is no second page.
      loadExistingGrant: async (context) => {
        const clientId = context.oidc.client?.clientId;
        const accountId = context.oidc.session?.accountId;
        if (clientId === undefined || accountId === undefined) return undefined;
        const grant = new context.oidc.provider.Grant({ clientId, accountId });
        grant.addOIDCScope("filing");
        await grant.save();
        return grant;
      },
      findAccount: async (_context, id) => {
        const account = await accounts.byId(id);
        return account === undefined || account.disabled
          ? undefined
          : { accountId: account.id, claims: () => ({ sub: account.id }) };
      },
      renderError: (context, out) => {
        context.type = "html";
        context.body = page(
          `<p class="error" role="alert">${both(oauthMessages.errors[out.error ?? ""] ?? oauthMessages.fallback)}</p>`,
        );
      },
    });
    provider.proxy = this.options.trustProxy;
    // Every JSON refusal keeps OAuth's `error` code for clients and adds the bilingual message; a
    // site not on the list gets no CORS headers from the provider either (it reflects any origin
    // before it knows the client).
    provider.use(async (context: KoaContextWithOIDC, next) => {
      await next();
      const origin = context.get("origin");
      if (origin !== "" && !allowedOrigins.has(origin)) {
        for (const name of corsHeaders) context.remove(name);
      }
      const body = context.body as Record<string, unknown> | undefined;
      if (
        body !== null &&
        typeof body === "object" &&
        !Buffer.isBuffer(body) &&
        typeof body.error === "string"
      ) {
        context.body = {
          ...body,
          ok: false,
          message: oauthMessages.errors[body.error] ?? oauthMessages.fallback,
        };
      }
    });
    this.provider = provider;
    this.handle = provider.callback();
    return provider;
  }

  /**
   * The account an access token speaks for, checked on every request as a session is: unknown,
   * revoked, expired (on the service's clock), another site's, or a disabled account's token is refused.
   */
  async check(token: string, origin: string | undefined): Promise<BearerCheck> {
    const found = await this.ensure()
      .AccessToken.find(token, { ignoreExpiration: true })
      .catch(() => undefined);
    if (found === undefined || !this.options.allowedOrigins.has(found.clientId)) {
      return { code: "token_invalid", message: apiMessages.tokenInvalid() };
    }
    if (origin !== undefined && origin !== found.clientId) {
      return { code: "token_other_site", message: apiMessages.tokenOtherSite() };
    }
    const row = await this.options.db
      .selectFrom("oauth_records")
      .select("expires_at")
      .where("model", "=", "AccessToken")
      .where("id", "=", found.jti)
      .executeTakeFirst();
    if (row?.expires_at == null || new Date(row.expires_at).getTime() <= this.options.now().getTime()) {
      return { code: "token_expired", message: apiMessages.tokenExpired() };
    }
    const account = await this.options.accounts.byId(found.accountId);
    if (account === undefined || account.disabled)
      return { code: "token_invalid", message: apiMessages.tokenInvalid() };
    return { account };
  }

  /** Drops what has long expired (interactions, codes, tokens). */
  async sweep(): Promise<void> {
    await this.options.db
      .deleteFrom("oauth_records")
      .where("expires_at", "<", new Date(this.options.now().getTime() - 24 * 3_600_000))
      .execute();
  }

  /** The routes under {@link oauthPrefix}: the provider's endpoints, the login step, the callback page. */
  readonly routes = async (scope: FastifyInstance): Promise<void> => {
    const { securityHeaders, audit, now } = this.options;
    const tags = ["embed sign-in"];

    // The provider's own endpoints read the request themselves: Fastify leaves the body unread.
    await scope.register(async (provider) => {
      provider.removeAllContentTypeParsers();
      provider.addContentTypeParser("*", (_request, _payload, done) => done(null, undefined));
      const pass = async (request: FastifyRequest, reply: FastifyReply) => {
        this.ensure();
        const handle = this.handle as (request: IncomingMessage, response: ServerResponse) => void;
        reply.hijack();
        const raw = request.raw as IncomingMessage & { originalUrl?: string };
        raw.originalUrl = raw.url;
        raw.url = (raw.url ?? "/").slice(oauthPrefix.length) || "/";
        for (const [name, value] of Object.entries(securityHeaders)) reply.raw.setHeader(name, value);
        handle(raw, reply.raw);
      };
      const endpoints: Array<{ method: "GET" | "POST"; url: string; summary: string }> = [
        {
          method: "GET",
          url: "/.well-known/openid-configuration",
          summary: "Embed sign-in: the authorization server's metadata (endpoints, PKCE S256)",
        },
        { method: "GET", url: "/jwks", summary: "Embed sign-in: the authorization server's public keys" },
        {
          method: "GET",
          url: "/auth",
          summary:
            "Embed sign-in: the authorization request (code, PKCE S256, client_id = the embedding site's origin), opened in a popup",
        },
        {
          method: "GET",
          url: "/auth/:uid",
          summary: "Embed sign-in: resumes the authorization after the login step",
        },
        {
          method: "POST",
          url: "/token",
          summary:
            "Embed sign-in: exchanges the code and PKCE verifier for a short-lived access token (form-encoded; answered with CORS to the client's own origin)",
        },
        {
          method: "POST",
          url: "/token/revocation",
          summary: "Embed sign-in: revokes an access token (signing out of the embed)",
        },
      ];
      for (const endpoint of endpoints) {
        provider.route({
          method: endpoint.method,
          url: endpoint.url,
          schema: { summary: endpoint.summary, tags },
          handler: pass,
        });
        // CORS preflight, answered by the provider for the client's own origin only.
        provider.route({ method: "OPTIONS", url: endpoint.url, schema: { hide: true }, handler: pass });
      }
    });

    // The login step, in the popup on this origin: the same password check as POST /api/session.
    await scope.register(async (login) => {
      await login.register(fastifyRateLimit, { global: false, hook: "preHandler" });
      login.removeAllContentTypeParsers();
      login.addContentTypeParser(
        "application/x-www-form-urlencoded",
        { parseAs: "string", bodyLimit: 4096 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
      const html = (reply: FastifyReply, status: number, body: string) =>
        reply.code(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(body);
      const interaction = async (request: FastifyRequest, reply: FastifyReply) => {
        const details = await this.ensure()
          .interactionDetails(request.raw, reply.raw)
          .catch(() => undefined);
        const { uid } = request.params as { uid: string };
        return details !== undefined && details.uid === uid ? details : undefined;
      };

      login.get(
        "/interaction/:uid",
        {
          schema: {
            summary: "Embed sign-in: the login page in the popup (user name and password)",
            tags,
            params: { type: "object", properties: { uid: { type: "string", maxLength: 100 } } },
          },
        },
        async (request, reply) => {
          const details = await interaction(request, reply);
          if (details === undefined)
            return html(reply, 400, page(`<p class="error">${both(oauthMessages.expired)}</p>`));
          return html(reply, 200, loginPage(details.uid, String(details.params.client_id ?? "")));
        },
      );

      login.post(
        "/interaction/:uid/login",
        {
          config: {
            rateLimit: {
              max: this.options.signInRateLimit.max,
              timeWindow: this.options.signInRateLimit.window,
            },
          },
          schema: {
            summary:
              "Embed sign-in: checks the user name and password (lockout and audit as POST /api/session)",
            tags,
            params: { type: "object", properties: { uid: { type: "string", maxLength: 100 } } },
          },
        },
        async (request, reply) => {
          const details = await interaction(request, reply);
          if (details === undefined)
            return html(reply, 400, page(`<p class="error">${both(oauthMessages.expired)}</p>`));
          const site = String(details.params.client_id ?? "");
          const body = (request.body ?? {}) as Record<string, unknown>;
          const username = typeof body.username === "string" ? body.username.slice(0, 100) : "";
          const password = typeof body.password === "string" ? body.password.slice(0, 200) : "";
          let account: Account;
          try {
            if (username === "" || password === "")
              throw new HttpError(401, "bad_credentials", apiMessages.badCredentials());
            account = await checkPassword(
              this.options,
              username,
              password,
              this.options.address(request),
              now(),
            );
          } catch (error) {
            if (!(error instanceof HttpError)) throw error;
            const message = error.code === "bad_credentials" ? apiMessages.badCredentials() : error.bilingual;
            return html(reply.headers(error.headers), error.status, loginPage(details.uid, site, message));
          }
          await audit.record({
            actor: account,
            action: "sign-in",
            address: this.options.address(request),
            detail: { method: "embed", site },
          });
          const returnTo = await this.ensure().interactionResult(
            request.raw,
            reply.raw,
            { login: { accountId: account.id } },
            { mergeWithLastSubmission: false },
          );
          return reply.header("cache-control", "no-store").redirect(returnTo, 303);
        },
      );
    });

    scope.get(
      "/callback",
      {
        schema: {
          summary: "Embed sign-in: the popup's return page; hands the code to the embedding site",
          tags,
        },
      },
      async (_request, reply) =>
        reply
          .header("cache-control", "no-store")
          .header("referrer-policy", "no-referrer")
          .type("text/html; charset=utf-8")
          .send(
            page(`<p>${both(oauthMessages.returning)}</p><script src="${oauthPrefix}/callback.js"></script>`),
          ),
    );
    scope.get(
      "/callback.js",
      { schema: { summary: "Embed sign-in: the return page's script", tags } },
      async (_request, reply) =>
        reply.header("cache-control", "no-cache").type("text/javascript; charset=utf-8").send(callbackScript),
    );
  };
}
