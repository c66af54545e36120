import { openDatabase } from "@tianbiao/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "./server";

describe("portal server", () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({
      port: 0,
      store: await openDatabase({ kind: "embedded", dir: null }),
      seedDemo: true,
    });
  });
  afterAll(() => portal.close());

  it("serves the landing page with the security headers", async () => {
    const res = await fetch(portal.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toContain("tianbiao");
  });

  it("answers a health check", async () => {
    const res = await fetch(new URL("/healthz", portal.url));
    expect(await res.json()).toEqual({ ok: true });
  });

  it("sends a kept bookmark of the old review page to the reviewer desk", async () => {
    const res = await fetch(new URL("/review/", portal.url), { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/desk/");
  });

  it("answers 404 in both languages for a missing page", async () => {
    const res = await fetch(new URL("/nope.html", portal.url));
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("Not found / 未找到");
  });

  it("keeps static paths inside their folders", async () => {
    for (const path of [
      "/../package.json",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/sites/..%2f..%2fpackage.json",
      "/%E0%A4%A",
    ]) {
      const res = await fetch(new URL(path, portal.url));
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(await res.text(), path).not.toContain('"name"');
    }
  });

  it("answers the API's own bilingual 404 under /api", async () => {
    const res = await fetch(new URL("/api/nope", portal.url));
    expect(res.status).toBe(404);
    expect((await res.json()).error.message.zh).toBe("未找到。");
  });

  it("seeds the demo accounts on an empty store, once", async () => {
    const res = await fetch(new URL("/api/session", portal.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "jinshui", password: "tianbiao-demo-2026" }),
    });
    expect(res.status).toBe(200);
    expect(await portal.service.accounts.count()).toBe(8);
  });
});
