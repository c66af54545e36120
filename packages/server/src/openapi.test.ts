import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, type ReportingServer } from "./app";
import { openDatabase } from "./db/open";

describe("the OpenAPI document", () => {
  let server: ReportingServer;
  /** Every route Fastify has, from its own route tree: paths (with alternatives, a|b) and methods. */
  const routes: Array<{ method: string; url: string }> = [];

  beforeAll(async () => {
    server = await buildServer({
      store: await openDatabase({ kind: "embedded", dir: null }),
      secureCookies: false,
    });
    await server.app.ready();
    const stack: string[] = [];
    for (const line of server.app.printRoutes({ commonPrefix: false }).split("\n")) {
      const match = /^(.*?)── (\S+) \(([^)]*)\)/.exec(line);
      if (match === null) continue;
      const depth = Math.round((match[1] ?? "").length / 4);
      stack.length = depth;
      stack.push(match[2] ?? "");
      for (const method of (match[3] ?? "").split(", ")) {
        if (method !== "HEAD" && method !== "OPTIONS") routes.push({ method, url: stack.join("") });
      }
    }
  });
  afterAll(() => server.close());

  it("is OpenAPI 3.1 and describes every route of the service", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe("3.1.0");
    // The document itself is the one route it leaves out.
    const api = routes.filter((r) => r.url.startsWith("/api/") && r.url !== "/api/openapi.json");
    expect(api.length).toBeGreaterThanOrEqual(19);
    for (const { method, url } of api) {
      // Two routes may name the same place differently (/:tableId|:id): one of the names is documented.
      // A parameter may have a fixed ending (/:tableId.xlsx → /{tableId}.xlsx).
      const alternatives = url
        .split("/")
        .map((part) => part.split("|").map((p) => p.replace(/^:(\w+)(.*)$/, "{$1}$2")));
      const paths = alternatives.reduce<string[]>(
        (prefixes, options) =>
          prefixes.flatMap((prefix) =>
            options.map((o) => (prefix === "" && o === "" ? "" : `${prefix}/${o}`)),
          ),
        [""],
      );
      const documented = paths.some(
        (path) => document.paths[path.replace(/^\/\//, "/")]?.[method.toLowerCase()],
      );
      expect(documented, `${method} ${url}`).toBe(true);
    }
  });

  it("names each form table's JSON Schema, from the core, as the body of a filing", async () => {
    const document = (await server.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const body =
      document.paths["/api/submissions/{tableId}"].post.requestBody.content["application/json"].schema;
    const refs = JSON.stringify(body);
    for (const id of [
      "enterprise-1",
      "enterprise-2",
      "enterprise-3",
      "city-1",
      "key-enterprise-application",
    ]) {
      expect(refs).toContain(`#/components/schemas/table-${id}`);
      expect(document.components.schemas[`table-${id}`].type).toBe("object");
    }
    expect(document.components.schemas["table-enterprise-2"].properties.contractNumber).toBeDefined();
  });
});
