import { getTableModule } from "@tianbiao/tables";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

describe("smoke", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer("embedded");
  });
  afterAll(() => server.close());

  it("files and reviews", async () => {
    const enterprise = await signedInClient(server.url, enterpriseJinshui.creditCode);
    const values = {
      ...getTableModule("enterprise-2")?.fixtures?.valid,
      creditCode: enterpriseJinshui.creditCode,
    };
    const filed = await enterprise.post("/api/submissions/enterprise-2", { values });
    const body = await filed.json();
    expect(filed.status, JSON.stringify(body)).toBe(201);
    const reviewer = await signedInClient(server.url, "jinshui");
    const read = await reviewer.get(`/api/submissions/${body.id}`);
    expect(read.status).toBe(200);
    const reviewed = await reviewer.post(`/api/submissions/${body.id}/review`, { action: "approve" });
    expect(reviewed.status, await reviewed.clone().text()).toBe(200);
    expect((await reviewed.json()).status).toBe("city");
    const doc = await (await reviewer.get("/api/openapi.json")).json();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
  });
});
