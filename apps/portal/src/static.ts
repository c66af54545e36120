import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
};

/** Resolves a URL path inside `root`, refusing anything that escapes it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return undefined;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, "");
  const full = join(
    root,
    relative.endsWith(sep) || relative === "" ? join(relative, "index.html") : relative,
  );
  return full.startsWith(root + sep) || full === root ? full : undefined;
}

/** Serves a file from one of `roots`; answers false when none has it. */
export async function serveStatic(roots: string[], urlPath: string, res: ServerResponse): Promise<boolean> {
  for (const root of roots) {
    const file = resolveInside(root, urlPath);
    if (!file) continue;
    const info = await stat(file).catch(() => undefined);
    const target = info?.isDirectory() ? join(file, "index.html") : file;
    const targetInfo = info?.isDirectory() ? await stat(target).catch(() => undefined) : info;
    if (!targetInfo?.isFile()) continue;
    res.writeHead(200, {
      "content-type": contentTypes[extname(target)] ?? "application/octet-stream",
      "content-length": targetInfo.size,
      "x-content-type-options": "nosniff",
    });
    createReadStream(target).pipe(res);
    return true;
  }
  return false;
}
