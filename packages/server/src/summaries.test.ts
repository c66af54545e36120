import { usccCheckCharacter } from "@tianbiao/codes";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "./demo";
import { moduleById } from "./fixtures.test-helper";
import { bodyOf, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import type { Summary } from "./summaries";
import { indicatorsOf } from "./summaries";
import {
  type Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// 汇总 by region within a reviewer's scope, and the .xlsx exports of summaries and of filings, read
// back with ExcelJS. The fixture contract is 1500 万日元 at 150 per dollar: 10 万美元, offshore, I11.

function yen(usd: number): Record<string, unknown> {
  const rate = 150;
  return { contractAmount: { amount: usd * rate, currency: "JPY", rate, rateDate: "2024-11-12", usd } };
}

async function readSheet(response: Response): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const sheet = book.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

async function sheetNameOf(response: Response): Promise<string | undefined> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book.worksheets[0]?.name;
}

describe("the indicators of a table, read from its definition", () => {
  it("sums 企业2表's 206 in 万美元, broken down by each coded choice: 208 合同性质, 209 at each level…", () => {
    const { indicators } = indicatorsOf(moduleById("enterprise-2").table);
    const codes = indicators.map((i) => i.code);
    expect(indicators[0]).toMatchObject({ code: "206", path: "contractAmount.usd", unit: "万美元" });
    expect(codes).toEqual(
      expect.arrayContaining([
        "206@208:offshore",
        "206@208:onshore",
        "206@209:ITO",
        "206@209:I1",
        "206@209:I11",
      ]),
    );
    // 207 交付地 and 211 注册地 share their values: the field's code keeps them apart.
    expect(codes).toEqual(expect.arrayContaining(["206@207:abroad", "206@211:abroad"]));
    expect(codes).not.toContain("205");
    expect(indicators.find((i) => i.code === "206@208:offshore")).toMatchObject({
      of: "206",
      by: { field: "contractNature", code: "208", value: "offshore" },
      label: { zh: "合同金额（离岸合同）" },
    });
  });

  it("sums 企业4表's headcounts by printed code and column", () => {
    const { indicators } = indicatorsOf(moduleById("enterprise-4").table);
    expect(indicators.find((i) => i.code === "401.current")).toMatchObject({
      path: "humanResources.401.current",
      label: { zh: expect.stringContaining("从业人员期末人数") },
    });
  });
});

describe.each(storeKinds)("summaries and .xlsx exports on the %s store", (kind) => {
  let server: TestServer;
  const clock = new Date("2024-12-05T02:00:00Z");
  const clients = new Map<string, Client>();
  const ids: string[] = [];
  const client = (name: string) => clients.get(name) as Client;

  beforeAll(async () => {
    server = await startTestServer(kind, { now: () => clock });
    for (const name of [
      enterpriseJinshui.creditCode,
      enterpriseErqi.creditCode,
      "jinshui",
      "erqi",
      "zhengzhou",
      "henan",
      "mofcom",
      "admin",
    ]) {
      clients.set(name, await signedInClient(server.url, name));
    }
    const file = async (filer: string, contract: string, changes: Record<string, unknown>) => {
      const response = await client(filer).post("/api/submissions/enterprise-2", {
        values: contractFiling(filer, contract, changes),
      });
      const body = (await response.json()) as { id: string };
      expect(response.status, JSON.stringify(body).slice(0, 400)).toBe(201);
      ids.push(body.id);
      return body.id;
    };
    await file(enterpriseJinshui.creditCode, "SUM-JS-1", yen(10));
    await file(enterpriseJinshui.creditCode, "SUM-JS-2", {
      ...yen(20),
      contractNature: "overseas",
      businessType: "B21",
    });
    await file(enterpriseErqi.creditCode, "SUM-EQ-1", yen(7));
    // A returned filing is counted, but its amounts are left out of the sums.
    const returned = await file(enterpriseErqi.creditCode, "SUM-EQ-2", yen(1000));
    const response = await client("erqi").post(`/api/submissions/${returned}/review`, {
      action: "return",
      reason: "金额有误。",
    });
    expect(response.status).toBe(200);
  });
  afterAll(() => server?.close());

  async function summary(who: string, query: string): Promise<Summary> {
    const response = await client(who).get(`/api/summaries/enterprise-2?${query}`);
    const body = await bodyOf(response);
    expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    return body as Summary;
  }

  it("sums a city's contracts by district, with its total first", async () => {
    const { scope, rows } = await summary("zhengzhou", "period=2024-11");
    expect(scope).toEqual({ regionCode: "4101", name: { zh: "郑州市商务局", en: "郑州市商务局" } });
    expect(rows.map((r) => [r.regionCode, r.parent, r.depth])).toEqual([
      ["4101", null, 0],
      ["410103", "4101", 1],
      ["410105", "4101", 1],
    ]);
    const [total, erqi, jinshui] = rows;
    expect(total?.sums).toMatchObject({
      "206": 37,
      "206@208:offshore": 17,
      "206@208:overseas": 20,
      "206@209:ITO": 17,
      "206@207:abroad": 37,
    });
    expect(jinshui?.sums).toMatchObject({
      "206": 30,
      "206@208:offshore": 10,
      "206@209:I11": 10,
      "206@209:B21": 20,
      "206@209:BPO": 20,
    });
    expect(jinshui?.name).toEqual({ zh: "金水区商务局", en: "金水区商务局" });
    expect(erqi?.sums["206"]).toBe(7);
    expect(erqi?.counts).toEqual({ filed: 2, awaiting: 1, returned: 1, accepted: 0, due: 1, overdue: 0 });
    expect(total?.counts).toEqual({ filed: 4, awaiting: 3, returned: 1, accepted: 0, due: 2, overdue: 0 });
  });

  it("counts enterprises that have not filed a period past its due date as overdue", async () => {
    const { rows } = await summary("henan", "period=2024-10");
    expect(rows.map((r) => r.regionCode)).toEqual(["41", "4101", "410103", "410105"]);
    expect(rows[0]?.name).toEqual({ zh: "河南省", en: "Henan Province" });
    expect(rows[0]?.counts).toEqual({ filed: 0, awaiting: 0, returned: 0, accepted: 0, due: 2, overdue: 2 });
    const december = await summary("henan", "period=2024-12");
    expect(december.rows[0]?.counts.overdue).toBe(0);
  });

  it("keeps a reviewer to its region: narrowing inside it works, anything else is 404", async () => {
    const own = await summary("jinshui", "period=2024-11");
    expect(own.rows.map((r) => r.regionCode)).toEqual(["410105"]);
    expect(own.rows[0]?.sums["206"]).toBe(30);
    const narrowed = await summary("mofcom", "period=2024-11&region=410103");
    expect(narrowed.rows.map((r) => r.regionCode)).toEqual(["410103"]);
    const whole = await summary("mofcom", "period=2024-11");
    expect(whole.rows.map((r) => r.regionCode)).toEqual(["", "41", "4101", "410103", "410105"]);
    expect(whole.rows[0]?.name).toEqual({ zh: "全国", en: "Nationwide" });
    for (const region of ["410103", "4101", "41"]) {
      const response = await client("jinshui").get(
        `/api/summaries/enterprise-2?period=2024-11&region=${region}`,
      );
      expect(response.status, region).toBe(404);
      expectErrorBody(await response.json(), "region_not_found");
    }
  });

  it("is for reviewers, and every read is in the audit trail", async () => {
    for (const who of [enterpriseJinshui.creditCode, "admin"]) {
      const response = await client(who).get("/api/summaries/enterprise-2?period=2024-11");
      expect(response.status).toBe(403);
      expectErrorBody(await response.json(), "forbidden");
    }
    const before = await server.server.audit.list({ action: "summary.read", limit: 500, offset: 0 });
    await summary("erqi", "period=2024-11");
    const after = await server.server.audit.list({ action: "summary.read", limit: 500, offset: 0 });
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]).toMatchObject({
      actor: "erqi",
      detail: { table: "enterprise-2", period: "2024-11", region: "410103" },
    });
  });

  it("sums 企业4表's headcounts by district, and summarizes every form table", async () => {
    const hr = moduleById("enterprise-4").fixtures.valid;
    for (const filer of [enterpriseJinshui.creditCode, enterpriseErqi.creditCode]) {
      const response = await client(filer).post("/api/submissions/enterprise-4", {
        values: { ...hr, creditCode: filer },
      });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    const response = await client("henan").get("/api/summaries/enterprise-4?period=2024");
    const { rows } = (await response.json()) as Summary;
    expect(rows[0]?.sums).toMatchObject({
      "401.current": 2 * 356,
      "401.previous": 2 * 312,
      "421.current": 248,
    });
    expect(rows.find((r) => r.regionCode === "410105")?.sums["411.current"]).toBe(318);
    // A rows column is summed over every row of every filing.
    const training = moduleById("city-1").fixtures.valid;
    const filedTraining = await client(enterpriseJinshui.creditCode).post("/api/submissions/city-1", {
      values: training,
    });
    expect(filedTraining.status, await filedTraining.clone().text()).toBe(201);
    const hours = (training.trainings as Array<{ personHours: number }>).reduce(
      (a, r) => a + r.personHours,
      0,
    );
    const city = (await (await client("jinshui").get("/api/summaries/city-1?period=2024")).json()) as Summary;
    expect(hours).toBeGreaterThan(0);
    expect(city.rows[0]?.sums["trainings.personHours"]).toBe(hours);
    // Every form table's indicators make a query the database takes, filings or none.
    const { tables } = (await (await client("mofcom").get("/api/tables")).json()) as {
      tables: Array<{ id: string; kind: string }>;
    };
    for (const { id } of tables.filter((t) => t.kind === "form")) {
      const each = await client("mofcom").get(`/api/summaries/${id}?period=2024`);
      expect(each.status, id).toBe(200);
    }
  });

  it("exports the summary as .xlsx: codes, Chinese and English headers, then the rows", async () => {
    const response = await client("zhengzhou").get("/api/summaries/enterprise-2.xlsx?period=2024-11");
    expect(response.status).toBe(200);
    expect(await sheetNameOf(response.clone())).toBe("企业2表 enterprise-2 汇总 summary");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="enterprise-2-2024-11/,
    );
    const [codes, zh, en, ...rows] = await readSheet(response);
    const at = (code: string) => (codes ?? []).indexOf(code);
    expect(at("206")).toBeGreaterThan(0);
    expect(zh?.[at("206")]).toBe("合同金额（万美元）");
    expect(en?.[at("206")]).toMatch(/\(万美元\)$/);
    expect(zh?.[at("overdue")]).toBe("逾期未报");
    expect(rows.map((r) => r[0])).toEqual(["4101", "410103", "410105"]);
    expect(rows[0]?.[at("206")]).toBe(37);
    expect(rows[2]?.[at("206@208:offshore")]).toBe(10);
  });

  it("exports filings as .xlsx under their printed codes, the reviewer's region only", async () => {
    const before = await server.server.audit.list({ action: "export", limit: 500, offset: 0 });
    const response = await client("jinshui").get("/api/tables/enterprise-2/submissions.xlsx?period=2024-11");
    expect(response.status).toBe(200);
    expect(await sheetNameOf(response.clone())).toBe("企业2表 enterprise-2");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="enterprise-2-submissions.xlsx"',
    );
    const [codes, zh, en, ...rows] = await readSheet(response);
    const at = (code: string) => (codes ?? []).indexOf(code);
    expect(codes?.slice(0, 3)).toEqual(["id", "filer", "region"]);
    expect(zh?.[at("202")]).toBe("合同号");
    expect(en?.[at("202")]).toBe("Contract number");
    expect(rows.map((r) => r[at("202")]).sort()).toEqual(["SUM-JS-1", "SUM-JS-2"]);
    expect(rows.every((r) => r[at("region")] === "410105")).toBe(true);
    expect(rows.map((r) => r[at("206.usd")]).sort()).toEqual([10, 20]);
    const after = await server.server.audit.list({ action: "export", limit: 500, offset: 0 });
    expect(after.total).toBe(before.total + 1);
    // Which filings left the service, by id: the two in 金水区 (SUM-JS-1, SUM-JS-2), in either format.
    const exported = [ids[0], ids[1]].sort();
    const idsIn = (entry: unknown) =>
      [...((entry as { detail?: { filingIds?: string[] } } | undefined)?.detail?.filingIds ?? [])].sort();
    expect(after.items[0]).toMatchObject({ actor: "jinshui", detail: { format: "xlsx", filings: 2 } });
    expect(idsIn(after.items[0])).toEqual(exported);
    const csv = await client("jinshui").get("/api/tables/enterprise-2/submissions.csv?period=2024-11");
    expect(csv.status).toBe(200);
    const latest = await server.server.audit.list({ action: "export", limit: 1, offset: 0 });
    expect(latest.items[0]).toMatchObject({ actor: "jinshui", detail: { format: "csv", filings: 2 } });
    expect(idsIn(latest.items[0])).toEqual(exported);

    const enterprise = await client(enterpriseJinshui.creditCode).get(
      "/api/tables/enterprise-2/submissions.xlsx",
    );
    expect(enterprise.status).toBe(403);
  });

  it("sums filers registered at a finer 区划代码 (9 or 12 digits) into their district, city and province", async () => {
    const before = await summary("henan", "period=2024-11");
    const row = (s: Summary, code: string) => s.rows.find((r) => r.regionCode === code);
    const enterprise = async (regionCode: string, body: string, usd: number) => {
      const first17 = `91${regionCode.slice(0, 6)}${body}`;
      const creditCode = `${first17}${usccCheckCharacter(first17)}`;
      await server.server.accounts.create({
        kind: "enterprise",
        creditCode,
        name: `区划${regionCode}企业`,
        regionCode,
        password: demoPassword,
      });
      clients.set(creditCode, await signedInClient(server.url, creditCode));
      const response = await client(creditCode).post("/api/submissions/enterprise-2", {
        values: contractFiling(creditCode, `FINE-${regionCode}`, yen(usd)),
      });
      expect(response.status, await response.clone().text()).toBe(201);
    };
    await enterprise("410105001", "MA9K8T2X3", 3);
    await enterprise("410103001002", "MA9L5R8N2", 5);

    const after = await summary("henan", "period=2024-11");
    // No row for the finer codes: they are inside their districts, which roll up as before.
    expect(after.rows.map((r) => r.regionCode)).toEqual(before.rows.map((r) => r.regionCode));
    for (const [code, usd, filers] of [
      ["41", 8, 2],
      ["4101", 8, 2],
      ["410105", 3, 1],
      ["410103", 5, 1],
    ] as const) {
      const was = row(before, code);
      const is = row(after, code);
      expect((is?.sums["206"] ?? 0) - (was?.sums["206"] ?? 0), code).toBe(usd);
      expect((is?.counts.filed ?? 0) - (was?.counts.filed ?? 0), code).toBe(filers);
      expect((is?.counts.due ?? 0) - (was?.counts.due ?? 0), code).toBe(filers);
    }
    // The district's own reviewer, and a narrower region asked for by a wider one, see the same.
    const district = await summary("jinshui", "period=2024-11");
    expect(district.rows.map((r) => r.regionCode)).toEqual(["410105"]);
    expect(district.rows[0]?.sums["206"]).toBe(row(after, "410105")?.sums["206"]);
    const narrowed = await summary("mofcom", "period=2024-11&region=4101");
    expect(narrowed.rows.map((r) => [r.regionCode, r.sums["206"]])).toEqual(
      ["4101", "410103", "410105"].map((code) => [code, row(after, code)?.sums["206"]]),
    );
  });
});
