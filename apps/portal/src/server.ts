import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCors from "@fastify/cors";
import fastifyStatic from "@fastify/static";
import {
  apiMessages,
  buildServer,
  describeStore,
  errorBody,
  type OidcOptions,
  type OpenDatabase,
  oidcOptionsFromEnv,
  openDatabase,
  type ReportingServer,
  seedDemoAccounts,
  storeConfigFromEnv,
} from "@tianbiao/server";

const appRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Folders served under a URL prefix: the built embed script (what a government site's script tag
 * loads), the demo sites' own scripts, and the docs with Storybook when they have been built.
 */
export function defaultMounts(): Array<{ prefix: string; dir: string }> {
  const mounts = [
    { prefix: "/sites/", dir: join(appRoot, "dist", "sites") },
    { prefix: "/desk/", dir: join(appRoot, "dist", "desk") },
  ];
  try {
    const embedEntry = createRequire(import.meta.url).resolve("@tianbiao/embed/tianbiao.js");
    mounts.push({ prefix: "/tianbiao/", dir: dirname(embedEntry) });
  } catch {
    // The embed is not built yet: the sites say so when the script fails to load.
  }
  const docs = join(appRoot, "..", "docs", "dist");
  if (existsSync(docs)) mounts.push({ prefix: "/docs/", dir: docs });
  return mounts;
}

/** Where the embed is served: the script tag a bureau's site carries points here. */
export const embedPrefix = "/tianbiao/";

/**
 * The embed's caching: the entry scripts (tianbiao.js, tianbiao.iife.js) revalidate on every load,
 * so a site picks up a release at once; the chunks they load are named by their content's hash,
 * so they never change and are cached for a year, and a page already open keeps loading its own.
 */
export function embedCacheControl(path: string): string {
  return /[\\/]chunks[\\/][^\\/]+-[\w-]{8}\.js(\.map)?$/.test(path)
    ? "public, max-age=31536000, immutable"
    : "no-cache";
}

const storybookCsp =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "frame-ancestors 'self'";

/** The embedded store's folder when neither DATABASE_URL nor TIANBIAO_DATA_DIR is set. */
export const defaultDataDir = join(appRoot, "data", "store");

export interface PortalOptions {
  port?: number;
  host?: string;
  publicDir?: string;
  /** URL prefixes served from other folders (see {@link defaultMounts}). */
  mounts?: Array<{ prefix: string; dir: string }>;
  /** Where filings are kept; the portal closes it when it closes. */
  store: OpenDatabase;
  /** Create the demo accounts when the store has none (`npm start` does). */
  seedDemo?: boolean;
  /** Origins of other sites that may embed the forms and call the API (TIANBIAO_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** The portal's URL as browsers reach it (TIANBIAO_PUBLIC_URL): the embed's sign-in names it. */
  publicUrl?: string;
  oidc?: OidcOptions;
  /** Milliseconds a client has to send a whole request. */
  requestTimeoutMs?: number;
  /** Send the session cookie over HTTPS only (off for the loopback demo over plain HTTP). */
  secureCookies?: boolean;
  now?: () => Date;
}

export interface Portal {
  url: string;
  service: ReportingServer;
  /** Stops taking requests, lets those under way (and their writes) finish, then closes the store. */
  close(): Promise<void>;
}

/** Starts the demo portal (sites, embed, docs and the reporting service); resolves once it listens. */
export async function startPortal(options: PortalOptions): Promise<Portal> {
  const publicDir = options.publicDir ?? join(appRoot, "public");
  const mounts = options.mounts ?? defaultMounts();
  const service = await buildServer({
    store: options.store,
    secureCookies: options.secureCookies ?? false,
    allowedOrigins: options.allowedOrigins ?? [],
    maxConnections: 1024,
    ...(options.oidc === undefined ? {} : { oidc: options.oidc }),
    ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  if (options.seedDemo) await seedDemoAccounts(service.accounts);
  const { app } = service;

  app.get("/healthz", { schema: { hide: true } }, async () => ({ ok: true }));
  // The review page became the reviewer desk: a kept bookmark lands there.
  app.get("/review/", { schema: { hide: true } }, (_request, reply) => reply.redirect("/desk/", 301));
  // Storybook's built pages carry inline bootstrap scripts; only they get 'unsafe-inline'.
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/docs/storybook/")) reply.header("content-security-policy", storybookCsp);
    return payload;
  });
  const allowed = new Set((options.allowedOrigins ?? []).map((o) => o.replace(/\/$/, "")));
  for (const [index, mount] of mounts.entries()) {
    if (mount.prefix !== embedPrefix) {
      await app.register(fastifyStatic, {
        root: mount.dir,
        prefix: mount.prefix,
        decorateReply: index === 0,
        index: ["index.html"],
        redirect: true,
      });
      continue;
    }
    // The embed loads from other sites as a module script (a CORS request): the allowed origins
    // get CORS headers, any other none, so the browser refuses to run it there.
    await app.register(async (embed) => {
      await embed.register(fastifyCors, {
        origin: (origin, callback) =>
          callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
        methods: ["GET", "HEAD"],
        preflight: false,
      });
      await embed.register(fastifyStatic, {
        root: mount.dir,
        prefix: mount.prefix,
        decorateReply: index === 0,
        index: false,
        cacheControl: false,
        etag: true,
        setHeaders: (reply, path) => {
          reply.header("cache-control", embedCacheControl(path));
        },
      });
    });
  }
  await app.register(fastifyStatic, {
    root: publicDir,
    prefix: "/",
    decorateReply: false,
    index: ["index.html"],
    redirect: true,
  });
  app.setNotFoundHandler((request, reply) => {
    // The static folders' catch-all reaches here for /api paths too: those answer as the API does.
    if (request.url === "/api" || request.url.startsWith("/api/")) {
      reply.code(404).send(errorBody("not_found", apiMessages.notFound()));
      return;
    }
    reply.code(404).type("text/plain; charset=utf-8").send("Not found / 未找到");
  });

  const url = await app.listen({ port: options.port ?? 0, host: options.host ?? "127.0.0.1" });
  return { url: `${url}/`, service, close: () => service.close() };
}

async function main(): Promise<void> {
  const config = storeConfigFromEnv(process.env, defaultDataDir);
  const store = await openDatabase(config);
  const allowedOrigins = (process.env.TIANBIAO_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  const oidc = oidcOptionsFromEnv(process.env);
  const publicUrl = process.env.TIANBIAO_PUBLIC_URL?.trim() || undefined;
  const portal = await startPortal({
    port: Number(process.env.PORT ?? 4173),
    host: process.env.HOST ?? "127.0.0.1",
    store,
    seedDemo: process.env.TIANBIAO_SEED_DEMO !== "0",
    allowedOrigins,
    secureCookies: process.env.TIANBIAO_SECURE_COOKIES === "1",
    ...(publicUrl === undefined ? {} : { publicUrl }),
    ...(oidc === undefined ? {} : { oidc }),
  });
  console.log(`tianbiao demo portal: ${portal.url}`);
  console.log(`filings stored in ${describeStore(config)}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests under way, then stopping`);
    portal.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("error while stopping:", error instanceof Error ? error.message : String(error));
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  main().catch((error: unknown) => {
    console.error(
      `tianbiao demo portal could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
