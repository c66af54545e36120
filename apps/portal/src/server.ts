import { createServer, type Server } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "./static";

const appRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export interface PortalOptions {
  port?: number;
  host?: string;
  publicDir?: string;
}

/** Starts the demo portal; resolves once it listens. */
export async function startPortal(options: PortalOptions = {}): Promise<{ server: Server; url: string }> {
  const publicDir = options.publicDir ?? join(appRoot, "public");
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true }));
      return;
    }
    serveStatic([publicDir], path, res)
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
  return { server, url: `http://${host}:${port}/` };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const port = Number(process.env.PORT ?? 4173);
  startPortal({ port }).then(({ url }) => {
    console.log(`tianbiao demo portal: ${url}`);
  });
}
