import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { openDatabase } from "@tianbiao/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedCacheControl, type Portal, startPortal } from "./server";

// How the embed is served to other sites: CORS for the allowed origins only, the entry scripts
// revalidated on each load, the content-hashed chunks cached as immutable.

const city = "http://127.0.0.2:8080";
const stranger = "http://127.0.0.9:8080";
const dist = dirname(createRequire(import.meta.url).resolve("@tianbiao/embed/tianbiao.js"));
const chunks = readdirSync(join(dist, "chunks")).filter((file) => file.endsWith(".js"));

describe("the embed, served to other sites", () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({
      port: 0,
      store: await openDatabase({ kind: "embedded", dir: null }),
      allowedOrigins: [city],
    });
  });
  afterAll(() => portal.close());

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, portal.url), { headers });

  it("names every chunk by its content's hash, and the entry scripts by name only", () => {
    expect(chunks.length).toBeGreaterThan(5);
    for (const file of chunks) expect(file).toMatch(/^[\w.-]+-[\w-]{8}\.js$/);
    expect(embedCacheControl(join(dist, "chunks", chunks[0] as string))).toContain("immutable");
    expect(embedCacheControl(join(dist, "tianbiao.js"))).toBe("no-cache");
    expect(embedCacheControl(join(dist, "tianbiao.iife.js"))).toBe("no-cache");
  });

  for (const entry of ["tianbiao.js", "tianbiao.iife.js"]) {
    it(`sends ${entry} with CORS to an allowed origin, revalidated by its ETag`, async () => {
      const response = await get(`/tianbiao/${entry}`, { origin: city });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBe(city);
      expect(response.headers.get("vary")).toMatch(/origin/i);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.get("content-type")).toMatch(/javascript/);
      const etag = response.headers.get("etag");
      expect(etag).toBeTruthy();
      // As a browser revalidates (fetch() itself would add `cache-control: no-cache` otherwise).
      const again = await get(`/tianbiao/${entry}`, {
        origin: city,
        "if-none-match": etag as string,
        "cache-control": "max-age=0",
      });
      expect(again.status).toBe(304);
    });
  }

  it("caches a hashed chunk as immutable, with CORS for an allowed origin", async () => {
    const response = await get(`/tianbiao/chunks/${chunks[0]}`, { origin: city });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("access-control-allow-origin")).toBe(city);
  });

  it("sends no CORS headers to an origin not on the list", async () => {
    for (const path of ["/tianbiao/tianbiao.js", `/tianbiao/chunks/${chunks[0]}`]) {
      const response = await get(path, { origin: stranger });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin"), path).toBeNull();
    }
    const preflight = await fetch(new URL("/api/submissions/enterprise-2", portal.url), {
      method: "OPTIONS",
      headers: { origin: stranger, "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });
});
