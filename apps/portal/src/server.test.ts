import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortal } from "./server";
import { resolveInside } from "./static";

describe("portal server", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await startPortal({ port: 0 }));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves the landing page", async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("tianbiao");
  });

  it("answers a health check", async () => {
    const res = await fetch(new URL("/healthz", url));
    expect(await res.json()).toEqual({ ok: true });
  });

  it("answers 404 in both languages for a missing page", async () => {
    const res = await fetch(new URL("/nope.html", url));
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("Not found / 未找到");
  });
});

describe("resolveInside", () => {
  it("refuses paths that escape the root", () => {
    expect(resolveInside("/srv/site", "/../etc/passwd")).toBe("/srv/site/etc/passwd");
    expect(resolveInside("/srv/site", "/%2e%2e/%2e%2e/etc/passwd")).toBe("/srv/site/etc/passwd");
    expect(resolveInside("/srv/site", "/%E0%A4%A")).toBeUndefined();
  });
});
