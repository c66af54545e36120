import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApi } from "./api/api";
import { applySecurityHeaders } from "./api/http";
import { describeStore, openStore, storeConfigFromEnv } from "./api/open-store";
import type { SubmissionStore } from "./api/store";
import { serveStatic } from "./static";

const appRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Folders served under a URL prefix: the built embed script (what a government site's script tag
 * loads), the demo sites' own scripts, and the docs with Storybook when they have been built.
 */
export function defaultMounts(): Array<{ prefix: string; dir: string }> {
  const mounts = [{ prefix: "/sites/", dir: join(appRoot, "dist", "sites") }];
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

const storybookCsp =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "frame-ancestors 'self'";

/** The SQLite file used when neither DATABASE_URL nor TIANBIAO_DB_FILE is set. */
export const defaultDatabaseFile = join(appRoot, "data", "tianbiao.sqlite");

export interface PortalOptions {
  port?: number;
  host?: string;
  publicDir?: string;
  /** URL prefixes served from other folders (see {@link defaultMounts}). */
  mounts?: Array<{ prefix: string; dir: string }>;
  /**
   * Where submissions are stored. A store given here stays the caller's to close; by default one is
   * opened from the environment (DATABASE_URL, TIANBIAO_DB_FILE) on the first API request.
   */
  store?: SubmissionStore;
  /** Milliseconds `close` waits for requests under way before cutting connections. */
  closeTimeoutMs?: number;
}

export interface Portal {
  server: Server;
  url: string;
  /** Stops taking requests, lets those under way (and their writes) finish, then closes. */
  close(): Promise<void>;
}

/** Starts the demo portal; resolves once it listens. */
export async function startPortal(options: PortalOptions = {}): Promise<Portal> {
  const publicDir = options.publicDir ?? join(appRoot, "public");
  const mounts = options.mounts ?? defaultMounts();
  let ownStore: Promise<SubmissionStore> | undefined;
  const api = createApi({
    store:
      options.store ??
      (() => {
        ownStore = openStore(storeConfigFromEnv(process.env, defaultDatabaseFile));
        return ownStore;
      }),
  });
  const server = createServer((req, res) => {
    applySecurityHeaders(res);
    const path = req.url ?? "/";
    const pathname = path.split("?")[0] ?? "/";
    // Storybook's built pages carry inline bootstrap scripts; only they get 'unsafe-inline'.
    if (pathname.startsWith("/docs/storybook/")) res.setHeader("content-security-policy", storybookCsp);
    if (pathname === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true }));
      return;
    }
    if (pathname === "/api" || pathname.startsWith("/api/")) {
      void api.handle(req, res, new URL(path, "http://portal.localhost"));
      return;
    }
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    const served = mount
      ? serveStatic([mount.dir], path.slice(mount.prefix.length - 1), res)
      : serveStatic([publicDir], path, res);
    served
      .then((served) => {
        if (served) return;
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end("Not found / 未找到");
      })
      .catch(() => {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Server error / 服务器错误");
      });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      // A client that never finishes its request must not hold the shutdown up for ever.
      const timer = setTimeout(() => server.closeAllConnections(), options.closeTimeoutMs ?? 5000);
      await api.drain();
      server.closeIdleConnections();
      await stopped;
      clearTimeout(timer);
      const store = await ownStore?.catch(() => undefined);
      await store?.close();
    })();
    return closing;
  };
  return { server, url: `http://${host}:${port}/`, close };
}

async function main(): Promise<void> {
  const config = storeConfigFromEnv(process.env, defaultDatabaseFile);
  const store = await openStore(config);
  const portal = await startPortal({ port: Number(process.env.PORT ?? 4173), host: process.env.HOST, store });
  console.log(`tianbiao demo portal: ${portal.url}`);
  console.log(`submissions stored in ${describeStore(config)}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests under way, then stopping`);
    portal
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error("error while stopping:", error);
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
