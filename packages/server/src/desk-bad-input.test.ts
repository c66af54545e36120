import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parse.test-helper";
import { maxDrafts } from "./drafts";
import { contractFiling, expectErrorBody, nested, sendChecked, storeKinds } from "./security.test-helper";
import {
  Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// The desk API's routes (desk, bulk approval, summaries, .xlsx exports, drafts) against bad input on
// either store: never a 5xx, every refusal in the one error shape; and the limits they hold.

const own = enterpriseJinshui.creditCode;
const savedAt = "2024-12-01T00:00:00.000Z";

describe.each(storeKinds)("the desk API against bad input on the %s store", (kind) => {
  let server: TestServer;
  let anonymous: Client;
  let enterprise: Client;
  let reviewer: Client;
  let ministry: Client;
  let filingId = "";

  beforeAll(async () => {
    server = await startTestServer(kind, {
      now: () => new Date("2024-12-05T02:00:00Z"),
      filingRateLimit: { max: 100_000, window: 60_000 },
    });
    anonymous = new Client(server.url);
    enterprise = await signedInClient(server.url, own);
    reviewer = await signedInClient(server.url, "jinshui");
    ministry = await signedInClient(server.url, "mofcom");
    const filed = await enterprise.post("/api/submissions/enterprise-2", {
      values: contractFiling(own, "DESK-BAD-1"),
    });
    expect(filed.status).toBe(201);
    filingId = ((await filed.json()) as { id: string }).id;
  });
  afterAll(() => server?.close());

  describe("drafts", () => {
    it("refuses NUL, lone surrogates and other text a store cannot keep with 400", async () => {
      for (const values of [
        { a: "前\u0000后" },
        { "k\u0000": 1 },
        { a: ["\ud800"] },
        { a: "\udc00后" },
        { "\udfff": 1 },
        { a: { b: "前\ud83d" } },
      ]) {
        const { status } = await sendChecked(enterprise, "PUT", "/api/drafts/enterprise-1/2024", {
          values,
          savedAt,
        });
        expect(status, JSON.stringify(values)).toBe(400);
      }
      // A pair is a character like any other.
      const { status } = await sendChecked(enterprise, "PUT", "/api/drafts/enterprise-1/2024", {
        values: { a: "😀" },
        savedAt,
      });
      expect(status).toBe(200);
    });

    it("refuses deeply nested, huge and wrongly typed bodies", async () => {
      const at = "/api/drafts/enterprise-1/2024";
      for (const body of [
        nested(100_000, 1, (inner) => `[${inner}]`),
        nested(100_000, 1, (inner) => `{"a":${inner}}`),
        `{"savedAt":"${savedAt}","values":${nested(65, 1, (inner) => `{"a":${inner}}`)}}`,
        `{"savedAt":"${savedAt}","values":{"a":${nested(5_000, 1, (inner) => `[${inner}]`)}}}`,
      ]) {
        const { status } = await sendChecked(enterprise, "PUT", at, body);
        expect(status).toBe(400);
      }
      const huge = await sendChecked(enterprise, "PUT", at, {
        values: { a: "长".repeat(800_000) },
        savedAt,
      });
      expect(huge.status).toBe(413);
      for (const body of [null, [], 12, "text", true, {}, { values: {} }, { savedAt }]) {
        const { status } = await sendChecked(enterprise, "PUT", at, JSON.stringify(body));
        expect(status, JSON.stringify(body)).toBe(400);
      }
      for (const values of [null, true, 12, "x", [], [{}]]) {
        const { status } = await sendChecked(enterprise, "PUT", at, { values, savedAt });
        expect(status, JSON.stringify(values)).toBe(400);
      }
      for (const when of [
        null,
        12,
        true,
        [],
        {},
        "",
        "yesterday",
        "2024-13-01T00:00:00Z",
        "x".repeat(5000),
      ]) {
        const { status } = await sendChecked(enterprise, "PUT", at, { values: {}, savedAt: when });
        expect(status, JSON.stringify(when).slice(0, 40)).toBe(400);
      }
    });

    it("takes a savedAt from 2000 to a day past the server's clock, and nothing else", async () => {
      const cases: Array<[string, number]> = [
        ["0000-01-01T00:00:00Z", 400],
        ["0001-01-01T00:00:00Z", 400],
        ["1999-12-31T23:59:59Z", 400],
        ["9999-12-31T23:59:59Z", 400],
        ["2024-12-06T02:00:01Z", 400],
        ["2000-01-01T00:00:00Z", 200],
        ["2024-12-06T02:00:00Z", 200],
        ["2024-12-01T00:00:00+14:00", 200],
      ];
      for (const [when, expected] of cases) {
        const { status, body } = await sendChecked(enterprise, "PUT", "/api/drafts/enterprise-1/2024", {
          values: {},
          savedAt: when,
        });
        expect(status, when).toBe(expected);
        if (status === 400) expectErrorBody(body, "invalid_draft");
      }
    });

    it("answers keys that are not a table and a period with 400, 404 or 414", async () => {
      const long = "t".repeat(300);
      const cases: Array<[string, number]> = [
        ["/api/drafts/no-such-table/2024", 404],
        ["/api/drafts/__proto__/2024", 404],
        ["/api/drafts/constructor/2024", 404],
        ["/api/drafts/gazette-outsourcing-scope/2024", 400],
        [`/api/drafts/${long}/2024`, 414],
        [`/api/drafts/enterprise-1/${long}`, 414],
        ["/api/drafts/enterprise-1/%00", 400],
        ["/api/drafts/%00/2024", 404],
        ["/api/drafts/enterprise-1/2024%00", 400],
        ["/api/drafts/enterprise-1/2024-13", 400],
        ["/api/drafts/enterprise-1/2024-00", 400],
        ["/api/drafts/enterprise-1/24", 400],
        ["/api/drafts/enterprise-1/abcd", 400],
        ["/api/drafts/enterprise-1/2024-1", 400],
        ["/api/drafts/enterprise-1/2024_01", 400],
        [`/api/drafts/enterprise-1/${"9".repeat(32)}`, 400],
      ];
      for (const method of ["PUT", "GET", "DELETE"]) {
        for (const [path, expected] of cases) {
          const { status } = await sendChecked(
            enterprise,
            method,
            path,
            method === "PUT" ? { values: {}, savedAt } : undefined,
          );
          expect(status, `${method} ${path}`).toBe(expected);
        }
      }
    });

    it("keeps a bounded number of drafts per enterprise", async () => {
      const client = await signedInClient(server.url, enterpriseErqi.creditCode);
      const put = (year: number) =>
        sendChecked(client, "PUT", `/api/drafts/enterprise-4/${year}`, { values: { n: year }, savedAt });
      for (let i = 0; i < maxDrafts; i += 1) expect((await put(1900 + i)).status).toBe(200);
      const over = await put(1900 + maxDrafts);
      expect(over.status).toBe(409);
      expectErrorBody(over.body, "too_many_drafts");
      // Replacing one kept already still works, and so does one more after removing one.
      expect((await put(1900)).status).toBe(200);
      expect((await client.request("DELETE", "/api/drafts/enterprise-4/1901")).status).toBe(204);
      expect((await put(1900 + maxDrafts)).status).toBe(200);
      expect(((await (await client.get("/api/drafts")).json()) as unknown[]).length).toBe(maxDrafts);
    });
  });

  describe("summaries and exports", () => {
    it("answers bad periods, regions and tables with 400, 404 or 414", async () => {
      const long = "t".repeat(300);
      for (const base of ["/api/summaries/enterprise-2", "/api/summaries/enterprise-2.xlsx"]) {
        const cases: Array<[string, number]> = [
          ["", 400],
          ["?period=", 400],
          ["?period=%00", 400],
          ["?period=2024%00", 400],
          ["?period=2024-13", 400],
          ["?period=abcd", 400],
          ["?period=24", 400],
          [`?period=${"9".repeat(100)}`, 400],
          ["?period=2024-11&period=2024-10", 400],
          ["?period=2024-11&region=%00", 400],
          ["?period=2024-11&region=41a", 400],
          ["?period=2024-11&region=4", 400],
          ["?period=2024-11&region=-41", 400],
          ["?period=2024-11&region=41%25", 400],
          ["?period=2024-11&region=4101_5", 400],
          ["?period=2024-11&region=%EF%BC%94%EF%BC%91", 400],
          [`?period=2024-11&region=${"4".repeat(3000)}`, 400],
          ["?period=2024-11&region=410105&region=410103", 400],
          ["?period=2024-11&unknown=1", 400],
        ];
        for (const [query, expected] of cases) {
          const { status } = await sendChecked(ministry, "GET", `${base}${query}`);
          expect(status, `${base}${query}`).toBe(expected);
        }
      }
      for (const [path, expected] of [
        ["/api/summaries/no-such-table?period=2024", 404],
        ["/api/summaries/__proto__?period=2024", 404],
        ["/api/summaries/no-such-table.xlsx?period=2024", 404],
        ["/api/summaries/gazette-outsourcing-scope?period=2024", 400],
        [`/api/summaries/${long}?period=2024`, 414],
        ["/api/summaries/%00?period=2024", 404],
        ["/api/tables/%00/submissions.xlsx", 404],
        ["/api/tables/__proto__/submissions.xlsx", 404],
        ["/api/tables/enterprise-2/submissions.xlsx?period=%00", 400],
        [`/api/tables/enterprise-2/submissions.xlsx?period=${"9".repeat(101)}`, 400],
        ["/api/tables/enterprise-2/submissions.xlsx?unknown=1", 400],
      ] as const) {
        const { status } = await sendChecked(reviewer, "GET", path);
        expect(status, path).toBe(expected);
      }
    });

    it("keeps a value that looks like a formula as text, in .xlsx and in CSV", async () => {
      const formulas = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x","x")'];
      for (const [i, text] of formulas.entries()) {
        const response = await enterprise.post("/api/submissions/enterprise-2", {
          values: contractFiling(own, `FORMULA-${i}`, { contractContent: text }),
        });
        expect(response.status, await response.clone().text()).toBe(201);
      }
      const xlsx = await reviewer.get("/api/tables/enterprise-2/submissions.xlsx");
      expect(xlsx.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      const sheet = book.worksheets[0];
      const texts: unknown[] = [];
      let formulaCells = 0;
      sheet?.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulaCells += 1;
          texts.push(cell.value);
        });
      });
      expect(formulaCells).toBe(0);
      for (const text of formulas) expect(texts).toContain(text);

      const csv = await reviewer.get("/api/tables/enterprise-2/submissions.csv");
      const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ""));
      const cells = rows.flat();
      for (const text of formulas) {
        expect(cells).toContain(`'${text}`);
        expect(cells).not.toContain(text);
      }
    });
  });

  describe("approving several at once", () => {
    it("refuses lists that are too long, of the wrong type, or nested, with 400", async () => {
      const many = Array.from({ length: 501 }, () => randomUUID());
      for (const body of [
        { ids: many, action: "approve" },
        { ids: [], action: "approve" },
        { ids: [filingId], action: "return" },
        { ids: [filingId] },
        // (Fastify's validator reads a one-item list in place of a text as that text, [[id]] as [id].)
        { ids: [[filingId, filingId]], action: "approve" },
        { ids: [{ id: filingId }], action: "approve" },
        { ids: ["x".repeat(101)], action: "approve" },
        { ids: [filingId], action: "approve", region: "" },
        { ids: [filingId], action: "approve", level: "ministry" },
        null,
        [],
        "approve",
      ]) {
        const { status } = await sendChecked(reviewer, "POST", "/api/reviews", JSON.stringify(body));
        expect(status, JSON.stringify(body).slice(0, 80)).toBe(400);
      }
      for (const body of [
        nested(100_000, 1, (inner) => `[${inner}]`),
        `{"action":"approve","ids":${nested(5_000, "x", (inner) => `[${inner}]`)}}`,
        JSON.stringify({ ids: [`${filingId}\u0000`], action: "approve" }),
      ]) {
        const { status } = await sendChecked(reviewer, "POST", "/api/reviews", body);
        expect(status).toBe(400);
      }
    });

    it("reports ids that are not filings, or not UUIDs, as not found, each once", async () => {
      const missing = randomUUID();
      const odd = [
        12,
        true,
        null,
        "",
        " ",
        "%00",
        filingId.toUpperCase(),
        `${filingId} `,
        "'; DROP TABLE filings; --",
      ];
      const { status, body } = await sendChecked(reviewer, "POST", "/api/reviews", {
        ids: [missing, missing, ...odd.map(String), missing],
        action: "approve",
      });
      expect(status).toBe(200);
      const skipped = (body as { skipped: Array<{ id: string; reason: string }> }).skipped;
      expect(skipped.filter((s) => s.id === missing)).toEqual([{ id: missing, reason: "not_found" }]);
      expect(skipped.every((s) => s.reason === "not_found")).toBe(true);
      expect((body as { approved: string[] }).approved).toEqual([]);
    });

    it("approves a filing named twice once", async () => {
      const filed = await enterprise.post("/api/submissions/enterprise-2", {
        values: contractFiling(own, "DESK-BAD-TWICE"),
      });
      expect(filed.status).toBe(201);
      const { id } = (await filed.json()) as { id: string };
      const { body } = await sendChecked(reviewer, "POST", "/api/reviews", {
        ids: [id, id, filingId, id],
        action: "approve",
      });
      expect(body).toEqual({ approved: [id, filingId], skipped: [] });
      const { items } = await server.server.audit.list({ action: "filing.approve", limit: 50, offset: 0 });
      expect((items as Array<{ filingId: string }>).filter((i) => i.filingId === id)).toHaveLength(1);
    });

    it("answers a full list of ids that are nobody's", async () => {
      const ids = Array.from({ length: 500 }, () => randomUUID());
      const { status, body } = await sendChecked(reviewer, "POST", "/api/reviews", {
        ids,
        action: "approve",
      });
      expect(status).toBe(200);
      expect((body as { skipped: unknown[] }).skipped).toHaveLength(500);
    });
  });

  describe("writes without the session's CSRF token", () => {
    it("are refused with 403 and change nothing", async () => {
      const at = "/api/drafts/enterprise-5/2024";
      expect((await enterprise.request("PUT", at, { values: { kept: 1 }, savedAt })).status).toBe(200);
      for (const [client, method, path, body] of [
        [enterprise, "PUT", at, { values: { kept: 2 }, savedAt }],
        [enterprise, "DELETE", at, undefined],
        [reviewer, "POST", "/api/reviews", { ids: [filingId], action: "approve" }],
      ] as const) {
        for (const token of [undefined, "a-token-from-somewhere-else", ministry.csrf ?? ""]) {
          const response = await client.request(method, path, body, {
            "x-csrf-token": token ?? "",
          });
          expect(response.status, `${method} ${path} ${token}`).toBe(403);
          expectErrorBody(await response.json(), "csrf_invalid");
        }
      }
      expect(await (await enterprise.get(at)).json()).toMatchObject({ values: { kept: 1 } });
    });
  });

  describe("the desk", () => {
    it("answers anything after it without a 5xx", async () => {
      for (const path of ["/api/desk?x=%00", "/api/desk?period=%00", "/api/desk/%00", "/api/desk%00"]) {
        await sendChecked(enterprise, "GET", path);
        await sendChecked(anonymous, "GET", path);
      }
    });
  });
});
