import { randomBytes } from "node:crypto";
import fastifyCookie from "@fastify/cookie";
import fastifyCors from "@fastify/cors";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySession from "@fastify/session";
import fastifySwagger from "@fastify/swagger";
import { enableCompiledParsers } from "@tianbiao/core";
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import type { Kysely } from "kysely";
import { Accounts } from "./accounts";
import { AuditLog } from "./audit";
import type { OpenDatabase } from "./db/open";
import type { Account, Database } from "./db/schema";
import { Drafts } from "./drafts";
import { errorBody, HttpError } from "./errors";
import { Filings } from "./filings";
import { apiMessages } from "./messages";
import { EmbedSignIn, oauthPrefix } from "./oauth";
import { type OidcOptions, SingleSignOn } from "./oidc";
import { addOpenApiTables } from "./openapi";
import { adminRoutes } from "./routes/admin";
import { authRoutes } from "./routes/auth";
import { deskRoutes } from "./routes/desk";
import { draftRoutes } from "./routes/drafts";
import { filingRoutes } from "./routes/filings";
import { summaryRoutes } from "./routes/summaries";
import { DatabaseSessionStore } from "./session-store";
import { wellFormed } from "./submission-input";

declare module "fastify" {
  interface Session {
    accountId?: string;
    /** When the account signed in (ms since the epoch): the absolute expiry counts from here. */
    signedInAt?: number;
    oidc?: { state: string; nonce: string; verifier: string; returnTo: string };
  }
  interface FastifyRequest {
    /** The signed-in account, from the session; null when nobody is signed in. */
    account: Account | null;
    /** The request came with a session that has expired (or whose account was disabled). */
    sessionExpired: boolean;
    /** The account came from an `Authorization: Bearer` token (the embed), not a session cookie. */
    viaBearer: boolean;
  }
}

/** Sent with every answer of the service. */
export const securityHeaders: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
};

/** The largest submission body accepted. */
export const submissionBodyLimit = 1024 * 1024;

export interface RateLimit {
  max: number;
  /** Milliseconds. */
  window: number;
}

export interface ServerOptions {
  store: OpenDatabase;
  /** Signs session cookies; by default a random secret kept in the store, so restarts keep sessions. */
  sessionSecret?: string;
  /** Send cookies only over HTTPS (on by default; off for a loopback demo over plain HTTP). */
  secureCookies?: boolean;
  /** A session ends after this long without a request. */
  idleMinutes?: number;
  /** …and this long after sign-in, whatever happens. */
  absoluteHours?: number;
  /** Origins (scheme://host:port) of sites that may call the API from a browser. */
  allowedOrigins?: string[];
  /** Per address, on POST /api/session. */
  signInRateLimit?: RateLimit;
  /** Per account, on filing. */
  filingRateLimit?: RateLimit;
  /** Single sign-on through an OpenID provider. */
  oidc?: OidcOptions;
  /** Trust X-Forwarded-For from a proxy in front (the address in the audit trail comes from it). */
  trustProxy?: boolean | string;
  /** Milliseconds a client has to send a whole request. */
  requestTimeoutMs?: number;
  /** Most connections open at once. */
  maxConnections?: number;
  /**
   * This service's URL as browsers reach it (scheme://host[:port]): the embed's sign-in names it as
   * its issuer. By default the address the service listens on.
   */
  publicUrl?: string;
  /** How long an access token of the embed's sign-in lives (15 minutes by default). */
  embedTokenMinutes?: number;
  now?: () => Date;
}

/** What a built server offers besides its routes. */
export interface ReportingServer {
  app: FastifyInstance;
  accounts: Accounts;
  filings: Filings;
  audit: AuditLog;
  /** Stops taking requests, lets those under way finish, then closes the store. */
  close(): Promise<void>;
}

function sameOrigin(request: FastifyRequest, origin: string): boolean {
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Every error the service answers, as its bilingual JSON body, without respondent data. */
function errorAnswer(error: FastifyError & { statusCode?: number }): {
  status: number;
  code: string;
  message: { zh: string; en: string };
  headers: Record<string, string>;
} {
  if (error instanceof HttpError) {
    return { status: error.status, code: error.code, message: error.bilingual, headers: error.headers };
  }
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return {
        status: 415,
        code: "unsupported_media_type",
        message: apiMessages.unsupportedMediaType(),
        headers: {},
      };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return {
        status: 413,
        code: "payload_too_large",
        message: apiMessages.payloadTooLarge(`${Math.round(submissionBodyLimit / 1024 / 1024)} MiB`),
        headers: { connection: "close" },
      };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, code: "invalid_json", message: apiMessages.invalidJson(), headers: {} };
    case "FST_CSRF_INVALID_TOKEN":
    case "FST_CSRF_MISSING_SECRET":
      return { status: 403, code: "csrf_invalid", message: apiMessages.csrfInvalid(), headers: {} };
    default:
      break;
  }
  if (error.validation !== undefined) {
    const first = error.validation[0];
    const where =
      `${error.validationContext ?? "body"}${first?.instancePath ?? ""} ${first?.message ?? ""}`.trim();
    return { status: 400, code: "invalid_request", message: apiMessages.invalidRequest(where), headers: {} };
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return { status: 400, code: "invalid_json", message: apiMessages.invalidJson(), headers: {} };
  }
  return { status: 500, code: "server_error", message: apiMessages.serverError(), headers: {} };
}

/** Whether a key or a text anywhere in a parsed JSON value holds NUL; iterative, so any depth is safe. */
function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === "string") {
      if (node.includes("\u0000")) return true;
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key.includes("\u0000")) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

async function sessionSecretFrom(options: ServerOptions): Promise<string> {
  if (options.sessionSecret !== undefined) return options.sessionSecret;
  const { db } = options.store;
  const fresh = randomBytes(32).toString("hex");
  await db
    .insertInto("settings")
    .values({ name: "session_secret", value: fresh })
    .onConflict((c) => c.doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("name", "=", "session_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}

/**
 * Builds the reporting service: accounts and sign-in, filings kept as revisions under their natural
 * key, the review chain scoped by region, comments, the audit trail and exports, all under /api.
 * The caller may add routes (static sites) before it listens.
 */
export async function buildServer(options: ServerOptions): Promise<ReportingServer> {
  // A server may compile its schemas' parsers into functions (a page may not, under a CSP without
  // 'unsafe-eval'); the tables' schemas are built when they first validate, after this.
  enableCompiledParsers();
  const now = options.now ?? (() => new Date());
  const { db } = options.store;
  const audit = new AuditLog(db, now);
  const accounts = new Accounts(db);
  const filings = new Filings(db, audit, now);
  const drafts = new Drafts(db, now);
  const sessions = new DatabaseSessionStore(db, now, options.store.watch);
  const idleMs = (options.idleMinutes ?? 30) * 60_000;
  const absoluteMs = (options.absoluteHours ?? 8) * 3_600_000;
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => o.replace(/\/$/, "")));
  const sso = options.oidc === undefined ? undefined : new SingleSignOn(options.oidc);

  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: submissionBodyLimit,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    connectionTimeout: options.requestTimeoutMs ?? 30_000,
    keepAliveTimeout: 5_000,
    routerOptions: { maxParamLength: 200 },
    // Unknown properties are errors, not silently dropped: a request that says `level` is refused.
    ajv: { customOptions: { removeAdditional: false, allErrors: false } },
    // A path the router cannot read (bad %-escapes, an over-long id) answers in the service's shape.
    frameworkErrors: (error, _request, reply) => {
      (reply as FastifyReply)
        .code(error.code === "FST_ERR_MAX_PARAM_LENGTH" ? 414 : 400)
        .header("cache-control", "no-store")
        .send(errorBody("invalid_url", apiMessages.invalidUrl()));
    },
  });
  // Bodies are JSON only (text/plain, Fastify's other default, is a 415), and text holding NUL or half
  // a surrogate pair is refused on arrival: PostgreSQL stores neither in text nor in jsonb. Both can
  // only arrive as \u escapes (UTF-8 cannot carry them), so only a body holding one is searched.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    parseJson(request, body as string, (error: Error | null, value?: unknown) => {
      if (error !== null) done(error);
      else if ((body as string).includes("\\u0000") && holdsNul(value)) {
        done(new HttpError(400, "nul_character", apiMessages.nulCharacter()), undefined);
      } else if (/\\u[dD][89a-fA-F]/.test(body as string) && !wellFormed(value)) {
        done(new HttpError(400, "unpaired_surrogate", apiMessages.unpairedSurrogate()), undefined);
      } else done(null, value);
    });
  });
  if (options.maxConnections !== undefined) app.server.maxConnections = options.maxConnections;
  // A client gets this long to send its headers (Node's default is a minute).
  app.server.headersTimeout = Math.min(options.requestTimeoutMs ?? 30_000, 20_000);
  app.decorateRequest("account", null);
  app.decorateRequest("sessionExpired", false);
  app.decorateRequest("viaBearer", false);

  app.addHook("onSend", async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = errorAnswer(error);
    if (answer.status >= 500) {
      // The route and the error's kind only: messages from the database can quote submitted values.
      console.error(
        `tianbiao: ${request.method} ${request.routeOptions.url ?? "(no route)"} failed: ${error.name}${
          error.code ? ` ${error.code}` : ""
        }`,
      );
    }
    reply
      .code(answer.status)
      .headers({ "cache-control": "no-store", ...answer.headers })
      .send(errorBody(answer.code, answer.message));
  });

  const sessionSecret = await sessionSecretFrom(options);
  const signInLimit = options.signInRateLimit ?? { max: 20, window: 60_000 };
  const embedSignIn = new EmbedSignIn({
    db,
    accounts,
    audit,
    now,
    allowedOrigins: allowed,
    baseUrl: () => options.publicUrl ?? listeningUrl(app),
    accessTokenMinutes: options.embedTokenMinutes ?? 15,
    cookieKeys: [sessionSecret],
    trustProxy: options.trustProxy !== undefined && options.trustProxy !== false,
    signInRateLimit: signInLimit,
    securityHeaders,
    address: addressOf,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "tianbiao reporting service",
        version: "0.1.0",
        description:
          "Filings of the official service-outsourcing tables, reviewed 区县 → 地市 → 省级 → 商务部. Every error is " +
          "{ ok: false, error: { code, message: { zh, en } } }.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "tianbiao.sid" },
          csrf: { type: "apiKey", in: "header", name: "x-csrf-token" },
          bearer: {
            type: "http",
            scheme: "bearer",
            description: `An access token from the embed's sign-in (${oauthPrefix}/…): writes need no CSRF token.`,
          },
        },
      },
    },
    transformObject: (documentObject) => {
      const document =
        "openapiObject" in documentObject ? documentObject.openapiObject : documentObject.swaggerObject;
      return addOpenApiTables(document as Record<string, unknown>, (id) => filings.formTable(id));
    },
  });

  await app.register(
    async (api) => {
      api.setNotFoundHandler((_request, reply) => {
        reply
          .code(404)
          .header("cache-control", "no-store")
          .send(errorBody("not_found", apiMessages.notFound()));
      });
      await api.register(fastifyCors, {
        origin: (origin, callback) =>
          callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
        credentials: true,
        methods: ["GET", "POST", "PUT", "DELETE"],
        allowedHeaders: ["content-type", "x-csrf-token", "idempotency-key", "authorization"],
        exposedHeaders: ["location", "retry-after"],
        maxAge: 600,
      });
      await api.register(fastifyCookie);
      await api.register(fastifySession, {
        secret: sessionSecret,
        cookieName: "tianbiao.sid",
        store: sessions,
        saveUninitialized: false,
        rolling: true,
        cookie: {
          path: "/api",
          httpOnly: true,
          sameSite: "lax",
          secure: options.secureCookies ?? true,
          maxAge: idleMs,
        },
      });
      await api.register(fastifyCsrf, { sessionPlugin: "@fastify/session" });
      await api.register(fastifyRateLimit, {
        global: false,
        hook: "preHandler",
        errorResponseBuilder: (_request, context) => {
          const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
          return Object.assign(new HttpError(429, "rate_limited", apiMessages.rateLimited(seconds)), {
            statusCode: 429,
          });
        },
      });

      // Who is asking comes from the bearer token when there is one (the embed on another site),
      // otherwise from the session; a disabled account, an old session or a bad token is nobody.
      api.addHook("onRequest", async (request) => {
        const authorization = request.headers.authorization;
        if (authorization !== undefined) {
          const token = /^Bearer ([\w~+/.-]+=*)$/i.exec(authorization)?.[1];
          const checked =
            token === undefined
              ? ({ code: "token_invalid", message: apiMessages.tokenInvalid() } as const)
              : await embedSignIn.check(token, request.headers.origin);
          if ("code" in checked) {
            throw new HttpError(401, checked.code, checked.message, {
              "www-authenticate": `Bearer error="invalid_token"`,
            });
          }
          request.account = checked.account;
          request.viaBearer = true;
          return;
        }
        const session = request.session;
        if (session?.accountId === undefined) return;
        const expired = session.signedInAt === undefined || now().getTime() - session.signedInAt > absoluteMs;
        const prefetched = sessions.takeAccount(session.sessionId);
        const account = expired
          ? undefined
          : prefetched === undefined
            ? await accounts.byId(session.accountId)
            : (prefetched ?? undefined);
        if (account === undefined || account.disabled) {
          await session.destroy();
          request.sessionExpired = true;
          return;
        }
        request.account = account;
      });

      // A write from a browser: from this site or an allowed one, and with the session's CSRF token.
      api.addHook("preHandler", (request, reply, done) => {
        if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return done();
        const origin = request.headers.origin;
        if (origin !== undefined && !sameOrigin(request, origin) && !allowed.has(origin)) {
          return done(new HttpError(403, "origin_refused", apiMessages.originRefused()));
        }
        // No cookie is involved in a bearer request, so there is nothing to forge: no CSRF token.
        if (request.account === null || request.viaBearer) return done();
        api.csrfProtection(request, reply, done);
      });

      const context = {
        db,
        accounts,
        filings,
        audit,
        drafts,
        now,
        sso,
        sessions,
        signInRateLimit: options.signInRateLimit,
        filingRateLimit: options.filingRateLimit,
      };
      await api.register(authRoutes, context);
      await api.register(filingRoutes, context);
      await api.register(adminRoutes, context);
      await api.register(deskRoutes, context);
      await api.register(summaryRoutes, context);
      await api.register(draftRoutes, context);
      api.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: "/api" },
  );

  await app.register(embedSignIn.routes, { prefix: oauthPrefix });

  const sweep = setInterval(() => {
    void sessions.sweep().catch(() => undefined);
    void drafts.sweep().catch(() => undefined);
    void embedSignIn.sweep().catch(() => undefined);
  }, 10 * 60_000);
  sweep.unref();
  let closing: Promise<void> | undefined;
  return {
    app,
    accounts,
    filings,
    audit,
    close() {
      closing ??= (async () => {
        clearInterval(sweep);
        await app.close();
        await options.store.close();
      })();
      return closing;
    },
  };
}

/** The URL the service listens on, as a browser on this machine reaches it. */
function listeningUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (address === null || typeof address === "string") return "http://localhost";
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** The address a request came from, for the audit trail. */
export function addressOf(request: FastifyRequest): string | null {
  return request.ip ?? null;
}

/** Throws 401 unless someone is signed in; answers the account. */
export function signedIn(request: FastifyRequest): Account {
  if (request.account === null) {
    throw request.sessionExpired
      ? new HttpError(401, "session_expired", apiMessages.sessionExpired())
      : new HttpError(401, "sign_in_required", apiMessages.signInRequired());
  }
  return request.account;
}

/** The shared parts every route module is given. */
export interface RouteContext {
  db: Kysely<Database>;
  accounts: Accounts;
  drafts: Drafts;
  filings: Filings;
  audit: AuditLog;
  now: () => Date;
  sso: SingleSignOn | undefined;
  sessions: DatabaseSessionStore;
  signInRateLimit: RateLimit | undefined;
  filingRateLimit: RateLimit | undefined;
}
