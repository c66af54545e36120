import { request } from "node:http";
import {
  compileTable,
  type Field,
  type FormTable,
  type InvalidFixture,
  type Submission,
  type TableFixtures,
} from "@tianbiao/core";
import { getTableModule, tableIds } from "@tianbiao/tables";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, startPortal } from "../server";
import { parseCsv } from "./csv-parse.test-helper";
import { securityHeaders } from "./http";
import { reviewLevels, type SubmissionStore } from "./store";

interface FormModule {
  id: string;
  table: FormTable;
  fixtures: TableFixtures;
}

/** Every form table with fixtures, in catalogue order. */
export const formModules: FormModule[] = tableIds().flatMap((id) => {
  const module = getTableModule(id);
  return module?.table.kind === "form" && module.fixtures !== undefined
    ? [{ id, table: module.table, fixtures: module.fixtures }]
    : [];
});

/** Fixtures that pass but draw a warning; the tables carry them beside TableFixtures' own slots. */
function warningFixtures(module: FormModule): InvalidFixture[] {
  const extra = (module.fixtures as TableFixtures & { warnings?: unknown }).warnings;
  return Array.isArray(extra) ? (extra as InvalidFixture[]) : [];
}

function moduleById(id: string): FormModule {
  const found = formModules.find((m) => m.id === id);
  if (found === undefined) throw new Error(`The catalogue has no form table ${id} with fixtures`);
  return found;
}

/** The stored form of a value: what a JSON round trip keeps. */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const han = /\p{Script=Han}/u;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  const body = await response.json();
  expect(body).toEqual({
    ok: false,
    error: { code, message: { zh: expect.any(String), en: expect.any(String) } },
  });
  expect(body.error.message.zh).toMatch(han);
  expect(body.error.message.en).not.toMatch(han);
}

/** Sends a body in chunks without a Content-Length, as a stream would. */
function postChunked(url: URL, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

function fieldsOf(table: FormTable): Field[] {
  return table.sections.flatMap((section) => section.fields);
}

/**
 * The API's behaviour against one store: every status code, the round trip of each table's valid
 * fixture, CSV export, paging and the review chain. `open` gives a fresh, empty store.
 */
export function describeApi(
  name: string,
  open: () => Promise<{ store: SubmissionStore; dispose: () => Promise<void> }>,
): void {
  describe(name, () => {
    let portal: Portal;
    let store: SubmissionStore;
    let dispose: () => Promise<void>;
    const url = (path: string) => new URL(path, portal.url);
    const post = (path: string, body: unknown, contentType = "application/json") =>
      fetch(url(path), {
        method: "POST",
        headers: { "content-type": contentType },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
    const envelope = (module: FormModule, values: Submission = module.fixtures.valid) =>
      module.fixtures.context === undefined ? { values } : { values, context: module.fixtures.context };
    const submit = async (module: FormModule): Promise<string> => {
      const response = await post(`/api/submissions/${module.id}`, envelope(module));
      expect(response.status).toBe(201);
      return (await response.json()).id;
    };
    const getJson = async (path: string) => {
      const response = await fetch(url(path));
      return { status: response.status, body: await response.json() };
    };
    const reviewStep = (id: string, body: unknown) => post(`/api/submissions/${id}/review`, body);
    const enterprise1 = () => moduleById("enterprise-1");

    beforeAll(async () => {
      ({ store, dispose } = await open());
      portal = await startPortal({ port: 0, store });
    });

    afterAll(async () => {
      await portal?.close();
      await store?.close();
      await dispose?.();
    });

    describe("POST /api/submissions/:tableId", () => {
      it.each(formModules.map((m) => [m.id, m] as const))(
        "stores the valid fixture of %s as derived, and GET returns it",
        async (_id, module) => {
          const response = await post(`/api/submissions/${module.id}`, envelope(module));
          expect(response.status).toBe(201);
          const created = await response.json();
          expect(created).toEqual({
            id: expect.stringMatching(uuid),
            table: module.id,
            period: module.fixtures.valid.reportPeriod ?? null,
            receivedAt: expect.stringMatching(isoTime),
          });
          expect(response.headers.get("location")).toBe(`/api/submissions/${created.id}`);

          const { status, body } = await getJson(response.headers.get("location") ?? "");
          expect(status).toBe(200);
          const derived = compileTable(module.table).derive(module.fixtures.valid, {
            context: module.fixtures.context ?? {},
          });
          expect(body).toEqual({
            id: created.id,
            table: module.id,
            period: created.period,
            values: asJson(derived),
            context: module.fixtures.context ?? {},
            warnings: [],
            receivedAt: created.receivedAt,
            status: "district",
            reviews: [],
          });
        },
      );

      it("accepts a bare submission object as well as { values }", async () => {
        const response = await post("/api/submissions/enterprise-1", enterprise1().fixtures.valid);
        expect(response.status).toBe(201);
        const { body } = await getJson(`/api/submissions/${(await response.json()).id}`);
        expect(body.values).toEqual(
          asJson(compileTable(enterprise1().table).derive(enterprise1().fixtures.valid)),
        );
      });

      it.each(formModules.map((m) => [m.id, m] as const))(
        "answers 422 with bilingual findings for each invalid fixture of %s",
        async (_id, module) => {
          for (const fixture of module.fixtures.invalid) {
            const response = await post(`/api/submissions/${module.id}`, envelope(module, fixture.value));
            expect(response.status, fixture.name).toBe(422);
            const body = await response.json();
            expect(body.ok).toBe(false);
            expect(Array.isArray(body.warnings)).toBe(true);
            expect(body.errors).toContainEqual(expect.objectContaining(fixture.expect));
            for (const finding of body.errors) {
              expect(Object.keys(finding).sort()).toEqual(
                finding.code === undefined
                  ? ["message", "path", "rule"]
                  : ["code", "message", "path", "rule"],
              );
              expect(finding.message.zh).toMatch(han);
              expect(finding.message.en).not.toMatch(han);
            }
          }
        },
      );

      it("stores a warning with the filer's explanation", async () => {
        const cases = formModules.flatMap((module) =>
          warningFixtures(module).map((fixture) => ({ module, fixture })),
        );
        expect(cases.length, "no table has a fixture that draws a warning").toBeGreaterThan(0);
        for (const { module, fixture } of cases) {
          const explanation = "本期结汇含上期执行款。 Settlement includes an amount executed last period.";
          const response = await post(`/api/submissions/${module.id}`, {
            ...envelope(module, fixture.value),
            warnings: [{ ...fixture.expect, confirmed: true, explanation: ` ${explanation} ` }],
          });
          expect(response.status, fixture.name).toBe(201);
          const { body } = await getJson(`/api/submissions/${(await response.json()).id}`);
          expect(body.warnings).toContainEqual(
            expect.objectContaining({ ...fixture.expect, confirmed: true, explanation }),
          );
          const warning = body.warnings.find((w: { rule: string }) => w.rule === fixture.expect.rule);
          expect(warning.message.zh).toMatch(han);
        }
      });

      it("answers 404 for an unknown table and 400 for a reference table", async () => {
        await expectError(await post("/api/submissions/no-such-table", {}), 404, "unknown_table");
        const reference = tableIds().find((id) => getTableModule(id)?.table.kind === "reference");
        expect(reference).toBeDefined();
        await expectError(await post(`/api/submissions/${reference}`, {}), 400, "reference_table");
      });

      it("answers 415 to a body that is not application/json in UTF-8", async () => {
        const body = JSON.stringify(enterprise1().fixtures.valid);
        await expectError(
          await post("/api/submissions/enterprise-1", body, "text/plain"),
          415,
          "unsupported_media_type",
        );
        await expectError(
          await post("/api/submissions/enterprise-1", body, "application/json; charset=gbk"),
          415,
          "unsupported_media_type",
        );
        const ok = await post("/api/submissions/enterprise-1", body, "application/json; charset=UTF-8");
        expect(ok.status).toBe(201);
      });

      it("answers 400 to a body that is not JSON, not an object, or has malformed warnings", async () => {
        await expectError(await post("/api/submissions/enterprise-1", "{ values: "), 400, "invalid_json");
        await expectError(await post("/api/submissions/enterprise-1", "[1, 2]"), 400, "not_an_object");
        await expectError(
          await post("/api/submissions/enterprise-1", {
            values: enterprise1().fixtures.valid,
            warnings: "ok",
          }),
          400,
          "invalid_warnings",
        );
        await expectError(
          await post("/api/submissions/enterprise-1", { values: enterprise1().fixtures.valid, context: [1] }),
          400,
          "invalid_context",
        );
        const bytes = Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]);
        const response = await fetch(url("/api/submissions/enterprise-1"), {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: bytes,
        });
        await expectError(response, 400, "invalid_json");
      });

      it("accepts exactly 1 MiB and answers 413 past it, declared or streamed", async () => {
        const text = JSON.stringify({ values: enterprise1().fixtures.valid });
        const limit = 1024 * 1024;
        const padded = (size: number) => text + " ".repeat(size - Buffer.byteLength(text));
        expect((await post("/api/submissions/enterprise-1", padded(limit))).status).toBe(201);
        await expectError(
          await post("/api/submissions/enterprise-1", padded(limit + 1)),
          413,
          "payload_too_large",
        );
        const streamed = await postChunked(url("/api/submissions/enterprise-1"), [
          text,
          ...Array.from({ length: 24 }, () => " ".repeat(64 * 1024)),
        ]);
        expect(streamed.status).toBe(413);
        expect(JSON.parse(streamed.body).error.code).toBe("payload_too_large");
      });

      it("keeps all of 20 concurrent submissions", async () => {
        const before = (await getJson("/api/submissions?table=enterprise-1&limit=1")).body.total;
        const ids = await Promise.all(Array.from({ length: 20 }, () => submit(enterprise1())));
        expect(new Set(ids).size).toBe(20);
        const after = (await getJson("/api/submissions?table=enterprise-1&limit=1")).body.total;
        expect(after - before).toBe(20);
        for (const id of ids) expect((await getJson(`/api/submissions/${id}`)).status).toBe(200);
      });
    });

    describe("GET /api/submissions", () => {
      it("answers 404 in both languages for a missing or malformed id", async () => {
        await expectError(
          await fetch(url("/api/submissions/00000000-0000-4000-8000-000000000000")),
          404,
          "submission_not_found",
        );
        await expectError(await fetch(url("/api/submissions/not-an-id")), 404, "submission_not_found");
      });

      it("lists newest first, filtered by table and period, paged by limit and offset", async () => {
        const module = enterprise1();
        const period = String(module.fixtures.valid.reportPeriod);
        const query = `/api/submissions?table=${module.id}&period=${period}`;
        const before = (await getJson(`${query}&limit=1`)).body.total;
        const ids: string[] = [];
        for (let i = 0; i < 3; i += 1) ids.push(await submit(module));
        const newestFirst = [...ids].reverse();

        const all = await getJson(`${query}&limit=3`);
        expect(all.status).toBe(200);
        expect(all.body.total).toBe(before + 3);
        expect(all.body.items.map((item: { id: string }) => item.id)).toEqual(newestFirst);
        expect(all.body.items[0]).toEqual({
          id: newestFirst[0],
          table: module.id,
          period,
          receivedAt: expect.stringMatching(isoTime),
          status: "district",
        });

        const page = await getJson(`${query}&limit=2&offset=1`);
        expect(page.body).toMatchObject({ limit: 2, offset: 1, total: before + 3 });
        expect(page.body.items.map((item: { id: string }) => item.id)).toEqual(newestFirst.slice(1, 3));

        const other = await getJson(`/api/submissions?table=${module.id}&period=1999`);
        expect(other.body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
        const contract = await submit(moduleById("enterprise-3"));
        const everything = await getJson("/api/submissions?limit=4");
        expect(everything.body.items.map((item: { id: string }) => item.id)).toEqual([
          contract,
          ...newestFirst,
        ]);
      });

      it("answers 400 for bad paging or status and 404 for an unknown table", async () => {
        for (const query of [
          "limit=0",
          "limit=501",
          "limit=abc",
          "offset=-1",
          "offset=1.5",
          "status=pending",
        ]) {
          await expectError(await fetch(url(`/api/submissions?${query}`)), 400, "invalid_query");
        }
        await expectError(await fetch(url("/api/submissions?table=no-such-table")), 404, "unknown_table");
      });
    });

    describe("GET /api/tables/:tableId/submissions.csv", () => {
      it("exports one row per submission under printed codes, UTF-8 with BOM, RFC 4180 quoted", async () => {
        for (const module of formModules) {
          const ids = [await submit(module)];
          const english = await post(
            `/api/submissions/${module.id}`,
            envelope(module, module.fixtures.english),
          );
          if (english.status === 201) ids.push((await english.json()).id);
          const response = await fetch(url(`/api/tables/${module.id}/submissions.csv`));
          expect(response.status).toBe(200);
          expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
          const bytes = new Uint8Array(await response.arrayBuffer());
          expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
          const [header = [], ...rows] = parseCsv(text);
          expect(header.slice(0, 4)).toEqual(["id", "period", "receivedAt", "status"]);
          expect(new Set(header).size).toBe(header.length);
          for (const row of rows) expect(row.length).toBe(header.length);

          const row = rows.find((r) => r[0] === ids[0]);
          expect(row, module.id).toBeDefined();
          const cell = (name: string) => row?.[header.indexOf(name)];
          const values = compileTable(module.table).derive(module.fixtures.valid, {
            context: module.fixtures.context ?? {},
          });
          for (const field of fieldsOf(module.table)) {
            if (field.code === undefined) continue;
            const value = values[field.id];
            switch (field.kind) {
              case "text":
              case "integer":
              case "decimal":
              case "date":
              case "code":
                expect(header, `${module.id} ${field.code}`).toContain(field.code);
                expect(cell(field.code), `${module.id} ${field.code}`).toBe(
                  value === undefined ? "" : String(value),
                );
                break;
              case "yesNo":
                expect(cell(field.code)).toBe(value === true ? "1" : value === false ? "2" : "");
                break;
              case "choice":
                if (field.multiple !== true && typeof value === "string") {
                  const option = field.options.find((o) => o.value === value);
                  if (option !== undefined) expect(cell(field.code)).toBe(option.code ?? option.value);
                }
                break;
              case "money":
                expect(cell(`${field.code}.amount`)).toBe(
                  String((value as { amount?: number })?.amount ?? ""),
                );
                break;
              case "rows":
                if (Array.isArray(value) && value.length > 0) {
                  const column = field.columns[0];
                  expect(header).toContain(`${field.code}.0.${column?.id}`);
                }
                break;
              case "matrix":
                for (const matrixRow of field.rows) {
                  if (matrixRow.heading === true || matrixRow.code === undefined) continue;
                  for (const column of field.columns) {
                    if (matrixRow.blank?.includes(column.id)) continue;
                    const stored = (value as Record<string, Record<string, unknown>> | undefined)?.[
                      matrixRow.id
                    ]?.[column.id];
                    expect(cell(`${matrixRow.code}.${column.id}`)).toBe(
                      stored === undefined ? "" : String(stored),
                    );
                  }
                }
                break;
              default:
                break;
            }
          }
        }
      });

      it("answers 404 for an unknown table and 400 for a reference table", async () => {
        await expectError(
          await fetch(url("/api/tables/no-such-table/submissions.csv")),
          404,
          "unknown_table",
        );
        const reference = tableIds().find((id) => getTableModule(id)?.table.kind === "reference");
        await expectError(
          await fetch(url(`/api/tables/${reference}/submissions.csv`)),
          400,
          "reference_table",
        );
      });
    });

    describe("the review chain", () => {
      it("moves district → city → province → ministry → accepted, recording every step", async () => {
        const id = await submit(enterprise1());
        const expected = ["city", "province", "ministry", "accepted"];
        for (const [index, level] of reviewLevels.entries()) {
          const response = await reviewStep(id, { level, action: "approve" });
          expect(response.status).toBe(200);
          expect((await response.json()).status).toBe(expected[index]);
        }
        const { body } = await getJson(`/api/submissions/${id}`);
        expect(body.status).toBe("accepted");
        expect(body.reviews).toEqual(
          reviewLevels.map((level, index) => ({
            level,
            action: "approve",
            reason: null,
            at: expect.stringMatching(isoTime),
            status: expected[index],
          })),
        );
        await expectError(await reviewStep(id, { level: "ministry", action: "approve" }), 409, "wrong_level");
      });

      it("returns to the filer only with a reason, and nothing moves it after", async () => {
        const id = await submit(enterprise1());
        await expectError(
          await reviewStep(id, { level: "district", action: "return" }),
          422,
          "reason_required",
        );
        await expectError(
          await reviewStep(id, { level: "district", action: "return", reason: "   " }),
          422,
          "reason_required",
        );
        expect((await reviewStep(id, { level: "district", action: "approve" })).status).toBe(200);
        const reason = "118 资产总计与年报不符，请核实。";
        const returned = await reviewStep(id, { level: "city", action: "return", reason: ` ${reason}` });
        expect(returned.status).toBe(200);
        const record = await returned.json();
        expect(record.status).toBe("returned");
        expect(record.reviews.at(-1)).toEqual({
          level: "city",
          action: "return",
          reason,
          at: expect.stringMatching(isoTime),
          status: "returned",
        });
        await expectError(await reviewStep(id, { level: "province", action: "approve" }), 409, "wrong_level");
        const listed = await getJson("/api/submissions?status=returned&limit=500");
        expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(id);
      });

      it("answers 409 when the wrong level acts, naming the level it waits for", async () => {
        const id = await submit(enterprise1());
        const response = await reviewStep(id, { level: "province", action: "approve" });
        expect(response.status).toBe(409);
        const body = await response.json();
        expect(body.error.message.zh).toContain("区县");
        expect(body.error.message.en).toContain("district");
        expect((await getJson(`/api/submissions/${id}`)).body.reviews).toEqual([]);
      });

      it("lets exactly one of five concurrent approvals through", async () => {
        const id = await submit(enterprise1());
        const responses = await Promise.all(
          Array.from({ length: 5 }, () => reviewStep(id, { level: "district", action: "approve" })),
        );
        expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409]);
        expect((await getJson(`/api/submissions/${id}`)).body.reviews).toHaveLength(1);
      });

      it("answers 400 for a bad level, action or reason, 404 for a missing submission, 415 for non-JSON", async () => {
        const id = await submit(enterprise1());
        await expectError(
          await reviewStep(id, { level: "village", action: "approve" }),
          400,
          "invalid_level",
        );
        await expectError(
          await reviewStep(id, { level: "district", action: "accept" }),
          400,
          "invalid_action",
        );
        await expectError(
          await reviewStep(id, { level: "district", action: "return", reason: 42 }),
          400,
          "invalid_reason",
        );
        await expectError(
          await reviewStep(id, { level: "district", action: "return", reason: "理".repeat(1001) }),
          400,
          "invalid_reason",
        );
        await expectError(
          await reviewStep("00000000-0000-4000-8000-000000000000", { level: "district", action: "approve" }),
          404,
          "submission_not_found",
        );
        await expectError(
          await post(`/api/submissions/${id}/review`, "level=district", "application/x-www-form-urlencoded"),
          415,
          "unsupported_media_type",
        );
      });
    });

    describe("every response", () => {
      it("carries the security headers, API and pages alike", async () => {
        const responses = await Promise.all([
          fetch(url("/api/submissions")),
          fetch(url("/api/nope")),
          fetch(url("/")),
          fetch(url("/missing.html")),
          fetch(url("/review/")),
          post("/api/submissions/enterprise-1", "x", "text/plain"),
        ]);
        for (const response of responses) {
          for (const [name, value] of Object.entries(securityHeaders)) {
            expect(response.headers.get(name), `${response.url} ${name}`).toBe(value);
          }
          await response.arrayBuffer();
        }
      });

      it("answers 404 and 405 in both languages for unknown paths and methods", async () => {
        await expectError(await fetch(url("/api/nope")), 404, "not_found");
        const response = await fetch(url("/api/submissions/00000000-0000-4000-8000-000000000000"), {
          method: "DELETE",
        });
        expect(response.headers.get("allow")).toBe("GET, POST");
        await expectError(response, 405, "method_not_allowed");
      });
    });
  });
}
