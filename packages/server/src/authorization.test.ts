import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "./csv-parse.test-helper";
import type { FilingStatus } from "./db/schema";
import { apiMessages } from "./messages";
import { bodyOf, chinese, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import {
  Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// Who may do what, as a table: every route × every role × a filing in and out of the role's region.
// Each row says what each role gets; a case is one cell, named so a failure reads as the rule broken.

type Actor = "anonymous" | "enterprise" | "jinshui" | "erqi" | "zhengzhou" | "henan" | "mofcom" | "admin";
type Region = "金水区" | "二七区";
type Expected = Partial<Record<Actor, number>>;

const actors: readonly Actor[] = [
  "anonymous",
  "enterprise",
  "jinshui",
  "erqi",
  "zhengzhou",
  "henan",
  "mofcom",
  "admin",
];

const usernames: Record<Exclude<Actor, "anonymous">, string> = {
  enterprise: enterpriseJinshui.creditCode,
  jinshui: "jinshui",
  erqi: "erqi",
  zhengzhou: "zhengzhou",
  henan: "henan",
  mofcom: "mofcom",
  admin: "admin",
};

const actorLabels: Record<Actor, string> = {
  anonymous: "anonymous",
  enterprise: "enterprise(金水区)",
  jinshui: "jinshui",
  erqi: "erqi",
  zhengzhou: "zhengzhou",
  henan: "henan",
  mofcom: "mofcom",
  admin: "admin",
};

/** Whose filings each role sees: the 金水区 enterprise its own, a reviewer those inside its region. */
const scope: Record<Actor, readonly Region[]> = {
  anonymous: [],
  enterprise: ["金水区"],
  jinshui: ["金水区"],
  erqi: ["二七区"],
  zhengzhou: ["金水区", "二七区"],
  henan: ["金水区", "二七区"],
  mofcom: ["金水区", "二七区"],
  admin: [],
};

const regionCodes: Record<Region, string> = { 金水区: "410105", 二七区: "410103" };

/** What `:id` stands for in a row. */
type Target =
  | { kind: "filing"; region: Region; status: FilingStatus }
  | { kind: "random" }
  | { kind: "account" }
  | { kind: "random-account" };

const statusLabels: Record<FilingStatus, string> = {
  district: "awaiting 区县",
  city: "awaiting 地市",
  province: "awaiting 省级",
  ministry: "awaiting 商务部",
  accepted: "accepted",
  returned: "returned",
};

function targetLabel(target: Target, withStatus: boolean): string {
  switch (target.kind) {
    case "filing":
      return withStatus
        ? `${target.region} filing ${statusLabels[target.status]}`
        : `${target.region} filing`;
    case "random":
      return "random uuid";
    case "account":
      return "another account";
    case "random-account":
      return "random uuid";
  }
}

interface CaseContext {
  /** The id `:id` stands for. */
  id: string;
  /** Distinct per case, for bodies that must not collide (contract numbers, user names). */
  n: number;
}

interface Row {
  method: "GET" | "POST" | "PUT" | "DELETE";
  route: string;
  target?: Target;
  /** Put in the case's name: what is special about the request. */
  note?: string;
  path: (c: CaseContext) => string;
  body?: (c: CaseContext) => unknown;
  /** A success changes the target's state: such a case gets a filing of its own. */
  mutates?: boolean;
  expect: Expected;
  /** Which regions' filings a 200 may list, and must list when they are in scope. */
  lists?: { regions: readonly Region[]; read: (response: Response) => Promise<Listed[]> };
  /**
   * How a refusal is shaped when it is not the service's JSON: OAuth's (`error` code plus the
   * bilingual `message`) or a page in the sign-in popup.
   */
  refusal?: "oauth" | "page";
}

function all(status: number): Record<Actor, number> {
  return Object.fromEntries(actors.map((a) => [a, status])) as Record<Actor, number>;
}
const signedIn = (status: number): Expected => ({ ...all(status), anonymous: 401 });
const reviewersOnly = (status: number): Expected => ({
  ...signedIn(status),
  enterprise: 403,
  admin: 403,
});
function without(expected: Expected, actor: Actor): Expected {
  const { [actor]: _left, ...rest } = expected;
  return rest;
}
const adminOnly = (status: number): Expected => ({ ...signedIn(403), admin: status });

/** A read of one filing: its filer and the reviewers above its region; nobody else learns it exists. */
function readable(region: Region): Expected {
  const expected: Expected = { anonymous: 401 };
  for (const actor of actors.slice(1)) expected[actor] = scope[actor].includes(region) ? 200 : 404;
  return expected;
}

/** One approval: only the reviewer in scope whose level the filing awaits; other levels 409. */
function approval(region: Region, awaiting: FilingStatus): Expected {
  const levelOf: Partial<Record<Actor, FilingStatus>> = {
    jinshui: "district",
    erqi: "district",
    zhengzhou: "city",
    henan: "province",
    mofcom: "ministry",
  };
  const expected: Expected = { anonymous: 401, admin: 404 };
  expected.enterprise = region === "金水区" ? 403 : 404;
  for (const [actor, level] of Object.entries(levelOf) as Array<[Actor, FilingStatus]>) {
    expected[actor] = !scope[actor].includes(region) ? 404 : level === awaiting ? 200 : 409;
  }
  return expected;
}

const J = (status: FilingStatus = "district"): Target => ({ kind: "filing", region: "金水区", status });
const E = (status: FilingStatus = "district"): Target => ({ kind: "filing", region: "二七区", status });
const random: Target = { kind: "random" };

/** A filing as a list or an export shows it: its id and its filer's region. */
interface Listed {
  id: string;
  region: string;
}

async function listed(response: Response): Promise<Listed[]> {
  const body = (await response.json()) as { items: Array<{ id: string; filer: { regionCode: string } }> };
  return body.items.map((item) => ({ id: item.id, region: item.filer.regionCode }));
}

async function exported(response: Response): Promise<Listed[]> {
  const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ""));
  expect(rows[0]?.slice(0, 3)).toEqual(["id", "filer", "region"]);
  return rows.slice(1).map((row) => ({ id: row[0] ?? "", region: row[2] ?? "" }));
}

async function exportedXlsx(response: Response): Promise<Listed[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  expect(rows[0]?.slice(0, 3)).toEqual(["id", "filer", "region"]);
  // Under the codes, a header row in Chinese and one in English.
  return rows.slice(3).map((row) => ({ id: String(row[0] ?? ""), region: String(row[2] ?? "") }));
}

/** Enterprises only: reviewers and administrators 403. */
const enterprisesOnly = (status: number): Expected => ({ ...signedIn(403), enterprise: status });

const byId = (suffix = "") => ({ path: (c: CaseContext) => `/api/submissions/${c.id}${suffix}` });

const rows: Row[] = [
  { method: "GET", route: "/api/tables", path: () => "/api/tables", expect: all(200) },
  { method: "GET", route: "/api/openapi.json", path: () => "/api/openapi.json", expect: all(200) },
  // Signing in and out needs nobody signed in: an unknown name is refused the same for everyone.
  {
    method: "POST",
    route: "/api/session",
    note: "unknown user name",
    path: () => "/api/session",
    body: () => ({ username: "nobody-at-all", password: "not-the-password" }),
    expect: all(401),
  },
  { method: "DELETE", route: "/api/session", path: () => "/api/session", expect: { anonymous: 204 } },
  { method: "GET", route: "/api/session", path: () => "/api/session", expect: signedIn(200) },
  // The embed's sign-in (OAuth 2.0 with PKCE): the same for everyone, as no session is involved; a
  // request without its parameters, or for a sign-in that was never started, is refused.
  ...["/oauth/.well-known/openid-configuration", "/oauth/jwks", "/oauth/callback", "/oauth/callback.js"].map(
    (route): Row => ({ method: "GET", route, path: () => route, expect: all(200) }),
  ),
  { method: "GET", route: "/oauth/auth", path: () => "/oauth/auth", expect: all(400), refusal: "page" },
  {
    method: "GET",
    route: "/oauth/auth/:uid",
    note: "no such sign-in",
    path: () => "/oauth/auth/no-such-sign-in",
    expect: all(400),
    refusal: "page",
  },
  {
    method: "POST",
    route: "/oauth/token",
    note: "no code",
    path: () => "/oauth/token",
    expect: all(400),
    refusal: "oauth",
  },
  {
    method: "POST",
    route: "/oauth/token/revocation",
    note: "no token",
    path: () => "/oauth/token/revocation",
    expect: all(400),
    refusal: "oauth",
  },
  {
    method: "GET",
    route: "/oauth/interaction/:uid",
    note: "no such sign-in",
    path: () => "/oauth/interaction/no-such-sign-in",
    expect: all(400),
    refusal: "page",
  },
  {
    method: "POST",
    route: "/oauth/interaction/:uid/login",
    note: "JSON, not the login form",
    path: () => "/oauth/interaction/no-such-sign-in/login",
    expect: all(415),
  },

  // Single sign-on is off in this server: its routes do not exist, for anyone.
  {
    method: "GET",
    route: "/api/auth/oidc/login",
    note: "single sign-on off",
    path: () => "/api/auth/oidc/login",
    expect: all(404),
  },
  {
    method: "GET",
    route: "/api/auth/oidc/callback",
    note: "single sign-on off",
    path: () => "/api/auth/oidc/callback?code=x&state=y",
    expect: all(404),
  },

  // Filing: enterprises only, as themselves.
  {
    method: "POST",
    route: "/api/submissions/:tableId",
    note: "enterprise-2, own credit code",
    path: () => "/api/submissions/enterprise-2",
    body: (c) => ({ values: contractFiling(enterpriseJinshui.creditCode, `MATRIX-${c.n}`) }),
    expect: { ...signedIn(403), enterprise: 201 },
  },
  {
    method: "POST",
    route: "/api/submissions/:tableId",
    note: "enterprise-2, 二七区 enterprise's credit code",
    path: () => "/api/submissions/enterprise-2",
    body: (c) => ({ values: contractFiling(enterpriseErqi.creditCode, `MATRIX-${c.n}`) }),
    expect: { ...signedIn(403), enterprise: 422 },
  },
  {
    method: "POST",
    route: "/api/submissions/:tableId",
    note: "unknown table",
    path: () => "/api/submissions/no-such-table",
    body: (c) => ({ values: contractFiling(enterpriseJinshui.creditCode, `MATRIX-${c.n}`) }),
    expect: signedIn(404),
  },

  // Lists hold only what is in scope, whatever the filter asks for.
  {
    method: "GET",
    route: "/api/submissions",
    path: () => "/api/submissions?limit=500",
    expect: signedIn(200),
    lists: { regions: ["金水区", "二七区"], read: listed },
  },
  {
    method: "GET",
    route: "/api/submissions",
    note: "?region=410103",
    path: () => "/api/submissions?limit=500&region=410103",
    expect: signedIn(200),
    lists: { regions: ["二七区"], read: listed },
  },

  // One filing: 404 outside scope, the same 404 as an id that does not exist.
  ...[J(), E(), random].flatMap((target): Row[] => {
    const expected = target.kind === "filing" ? readable(target.region) : signedIn(404);
    return [
      { method: "GET", route: "/api/submissions/:id", target, ...byId(), expect: expected },
      {
        method: "GET",
        route: "/api/submissions/:id/revisions/:number",
        note: "number=1",
        target,
        ...byId("/revisions/1"),
        expect: expected,
      },
      {
        method: "GET",
        route: "/api/submissions/:id/changes",
        note: "from=1&to=1",
        target,
        ...byId("/changes?from=1&to=1"),
        expect: expected,
      },
      {
        method: "POST",
        route: "/api/submissions/:id/comments",
        target,
        ...byId("/comments"),
        body: () => ({ body: "请核对合同金额。" }),
        expect: Object.fromEntries(
          Object.entries(expected).map(([actor, status]) => [
            actor,
            status !== 200 ? status : actor === "enterprise" ? 403 : 201,
          ]),
        ),
      },
    ];
  }),
  {
    method: "GET",
    route: "/api/submissions/:id/revisions/:number",
    note: "number=2, never filed",
    target: J(),
    ...byId("/revisions/2"),
    expect: signedIn(404),
  },
  {
    method: "GET",
    route: "/api/submissions/:id",
    note: "not a uuid",
    path: () => "/api/submissions/not-a-uuid",
    expect: signedIn(404),
  },

  // Review: only in scope, only at the filing's own level; the level is the account's.
  ...(
    [
      [J("district"), approval("金水区", "district")],
      [E("district"), approval("二七区", "district")],
      [J("city"), approval("金水区", "city")],
      [J("province"), approval("金水区", "province")],
      [J("ministry"), approval("金水区", "ministry")],
      [J("accepted"), approval("金水区", "accepted")],
      [J("returned"), approval("金水区", "returned")],
      [random, signedIn(404)],
    ] as Array<[Target, Expected]>
  ).map(
    ([target, expected]): Row => ({
      method: "POST",
      route: "/api/submissions/:id/review",
      note: "approve",
      target,
      ...byId("/review"),
      body: () => ({ action: "approve" }),
      mutates: true,
      expect: expected,
    }),
  ),
  {
    method: "POST",
    route: "/api/submissions/:id/review",
    note: "return with a reason",
    target: J("district"),
    ...byId("/review"),
    body: () => ({ action: "return", reason: "合同金额与附件不一致。" }),
    mutates: true,
    expect: approval("金水区", "district"),
  },
  {
    method: "POST",
    route: "/api/submissions/:id/review",
    note: 'body names "level"',
    target: J("district"),
    ...byId("/review"),
    body: () => ({ action: "approve", level: "district" }),
    mutates: true,
    // Refused before anything is looked up, whoever asks: the level is never the request's to say.
    expect: without(all(400), "anonymous"),
  },

  // Exports: reviewers, their scope only.
  {
    method: "GET",
    route: "/api/tables/:tableId/submissions.csv",
    note: "enterprise-2",
    path: () => "/api/tables/enterprise-2/submissions.csv",
    expect: reviewersOnly(200),
    lists: { regions: ["金水区", "二七区"], read: exported },
  },
  {
    method: "GET",
    route: "/api/tables/:tableId/submissions.csv",
    note: "unknown table",
    path: () => "/api/tables/no-such-table/submissions.csv",
    expect: signedIn(404),
  },

  {
    method: "GET",
    route: "/api/tables/:tableId/submissions.xlsx",
    note: "enterprise-2",
    path: () => "/api/tables/enterprise-2/submissions.xlsx",
    expect: reviewersOnly(200),
    lists: { regions: ["金水区", "二七区"], read: exportedXlsx },
  },
  {
    method: "GET",
    route: "/api/tables/:tableId/submissions.xlsx",
    note: "unknown table",
    path: () => "/api/tables/no-such-table/submissions.xlsx",
    expect: signedIn(404),
  },

  // The enterprise's desk: enterprises only.
  { method: "GET", route: "/api/desk", path: () => "/api/desk", expect: enterprisesOnly(200) },

  // Approving several at once: reviewers; what is out of scope is skipped as not_found (checked below).
  ...[J(), E()].map(
    (target): Row => ({
      method: "POST",
      route: "/api/reviews",
      note: "approve",
      target,
      path: () => "/api/reviews",
      body: (c) => ({ ids: [c.id], action: "approve" }),
      mutates: true,
      expect: reviewersOnly(200),
    }),
  ),

  // Summaries: reviewers, within their own region; a narrower region outside it is 404.
  ...(["/api/summaries/:tableId", "/api/summaries/:tableId.xlsx"] as const).flatMap((route): Row[] => {
    const at = (query: string) => () => `${route.replace(":tableId", "enterprise-2")}?${query}`;
    return [
      { method: "GET", route, path: at("period=2024-11"), expect: reviewersOnly(200) },
      {
        method: "GET",
        route,
        note: "region=410103 (二七区)",
        path: at("period=2024-11&region=410103"),
        expect: { ...reviewersOnly(200), jinshui: 404 },
      },
      {
        method: "GET",
        route,
        note: "region=41 (wider than a district or city)",
        path: at("period=2024-11&region=41"),
        expect: { ...reviewersOnly(200), jinshui: 404, erqi: 404, zhengzhou: 404 },
      },
      {
        method: "GET",
        route,
        note: "unknown table",
        path: () => `${route.replace(":tableId", "no-such-table")}?period=2024-11`,
        expect: signedIn(404),
      },
    ];
  }),

  // Drafts: enterprises, their own only (the key never names the enterprise).
  { method: "GET", route: "/api/drafts", path: () => "/api/drafts", expect: enterprisesOnly(200) },
  {
    method: "PUT",
    route: "/api/drafts/:tableId/:period",
    path: (c) => `/api/drafts/enterprise-2/2024-${String((c.n % 12) + 1).padStart(2, "0")}`,
    body: () => ({ values: { contractNumber: "草稿" }, savedAt: "2024-12-01T00:00:00.000Z" }),
    expect: enterprisesOnly(200),
  },
  ...(["GET", "DELETE"] as const).map(
    (method): Row => ({
      method,
      route: "/api/drafts/:tableId/:period",
      note: "never saved",
      path: () => "/api/drafts/enterprise-1/1999",
      expect: enterprisesOnly(404),
    }),
  ),
  {
    method: "PUT",
    route: "/api/drafts/:tableId/:period",
    note: "unknown table",
    path: () => "/api/drafts/no-such-table/2024",
    body: () => ({ values: {}, savedAt: "2024-12-01T00:00:00.000Z" }),
    expect: signedIn(404),
  },

  // Administration: administrators only; they read no filing (above: 404 on every filing).
  { method: "GET", route: "/api/accounts", path: () => "/api/accounts", expect: adminOnly(200) },
  {
    method: "POST",
    route: "/api/accounts",
    path: () => "/api/accounts",
    body: (c) => ({
      kind: "reviewer",
      username: `matrix-${c.n}`,
      name: "测试区商务局",
      level: "district",
      regionCode: "410102",
    }),
    expect: adminOnly(201),
  },
  ...(["disable", "enable", "password"] as const).flatMap((change): Row[] =>
    [{ kind: "account" } as Target, { kind: "random-account" } as Target].map((target) => ({
      method: "POST",
      route: `/api/accounts/:id/${change}`,
      target,
      path: (c: CaseContext) => `/api/accounts/${c.id}/${change}`,
      ...(change === "password" ? { body: () => ({ password: "another-demo-password-2026" }) } : {}),
      expect: adminOnly(target.kind === "account" ? 200 : 404),
    })),
  ),
  { method: "GET", route: "/api/audit", path: () => "/api/audit", expect: adminOnly(200) },
];

interface Case {
  name: string;
  n: number;
  row: Row;
  actor: Actor;
  status: number;
}

const cases: Case[] = rows
  .flatMap((row) =>
    actors.flatMap((actor) => {
      const status = row.expect[actor];
      if (status === undefined) return [];
      const parts = [actorLabels[actor], row.method, row.route];
      const about = [
        ...(row.target === undefined ? [] : [targetLabel(row.target, row.route.endsWith("/review"))]),
        ...(row.note === undefined ? [] : [row.note]),
      ];
      return [
        {
          name: `${parts.join(" ")}${about.length ? ` (${about.join(", ")})` : ""} → ${status}`,
          row,
          actor,
          status,
        },
      ];
    }),
  )
  .map((c, n) => ({ ...c, n }));

const notFoundBody = {
  ok: false,
  error: { code: "submission_not_found", message: apiMessages.submissionNotFound() },
};

console.info(`authorization matrix: ${cases.length} cases per store`);

describe.each(storeKinds)("authorization matrix on the %s store", (kind) => {
  let server: TestServer;
  const clients = new Map<Actor, Client>();
  const ids = new Map<number, string>();
  const filings = new Map<string, Region>();
  let otherAccount = "";

  beforeAll(async () => {
    server = await startTestServer(kind, {
      signInRateLimit: { max: 10_000, window: 60_000 },
      filingRateLimit: { max: 10_000, window: 60_000 },
    });
    clients.set("anonymous", new Client(server.url));
    for (const [actor, username] of Object.entries(usernames)) {
      clients.set(actor as Actor, await signedInClient(server.url, username));
    }
    const filers: Record<Region, Client> = {
      金水区: clients.get("enterprise") as Client,
      二七区: await signedInClient(server.url, enterpriseErqi.creditCode),
    };
    const chain: Record<Region, Actor[]> = {
      金水区: ["jinshui", "zhengzhou", "henan", "mofcom"],
      二七区: ["erqi", "zhengzhou", "henan", "mofcom"],
    };
    const codes: Record<Region, string> = {
      金水区: enterpriseJinshui.creditCode,
      二七区: enterpriseErqi.creditCode,
    };

    let made = 0;
    const prepare = async (region: Region, status: FilingStatus): Promise<string> => {
      made += 1;
      const values = contractFiling(codes[region], `SETUP-${region === "金水区" ? "JS" : "EQ"}-${made}`);
      const filed = await filers[region].post("/api/submissions/enterprise-2", { values });
      const body = (await filed.json()) as { id: string };
      expect(filed.status, JSON.stringify(body)).toBe(201);
      filings.set(body.id, region);
      const steps =
        status === "accepted"
          ? 4
          : status === "returned"
            ? 0
            : ["district", "city", "province", "ministry"].indexOf(status);
      for (const reviewer of chain[region].slice(0, steps)) {
        const approved = await (clients.get(reviewer) as Client).post(`/api/submissions/${body.id}/review`, {
          action: "approve",
        });
        expect(approved.status, await approved.clone().text()).toBe(200);
      }
      if (status === "returned") {
        const returned = await (clients.get(chain[region][0] as Actor) as Client).post(
          `/api/submissions/${body.id}/review`,
          { action: "return", reason: "请补充合同附件。" },
        );
        expect(returned.status).toBe(200);
      }
      return body.id;
    };

    const shared = new Map<string, string>();
    for (const c of cases) {
      const target = c.row.target;
      if (target?.kind === "random" || target?.kind === "random-account") ids.set(c.n, randomUUID());
      if (target?.kind !== "filing") continue;
      // A case that may change its filing gets one of its own; the others share one per state.
      if (c.row.mutates && c.status < 300) {
        ids.set(c.n, await prepare(target.region, target.status));
        continue;
      }
      const key = `${target.region}/${target.status}`;
      if (!shared.has(key)) shared.set(key, await prepare(target.region, target.status));
      ids.set(c.n, shared.get(key) as string);
    }

    const other = await server.server.accounts.create({
      kind: "reviewer",
      username: "matrix-target",
      name: "测试区商务局",
      level: "district",
      regionCode: "410102",
    });
    otherAccount = other.id;
  });

  afterAll(() => server?.close());

  it(`has ${cases.length} cases, covering every route the OpenAPI document lists`, async () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    const document = (await (await clients.get("anonymous")?.get("/api/openapi.json"))?.json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    const covered = new Set(rows.map((row) => `${row.method} ${row.route}`));
    expect(documented.length).toBeGreaterThan(15);
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
  });

  // One `it` per case, so each name is printed whole.
  for (const { name, row, actor, status, n } of cases)
    it(name, async () => {
      const client = clients.get(actor) as Client;
      const id = row.target?.kind === "account" ? otherAccount : (ids.get(n) ?? "");
      const context: CaseContext = { id, n };
      const path = row.path(context);
      const body = row.body?.(context);
      const response =
        row.method === "GET"
          ? await client.get(path)
          : await client.request(row.method, path, body ?? (row.method === "POST" ? {} : undefined));

      if (row.lists !== undefined && response.status === 200) {
        const items = await row.lists.read(response);
        const visible = scope[actor].filter((region) => row.lists?.regions.includes(region));
        const listedIds = new Set(items.map((item) => item.id));
        for (const [filing, region] of filings) {
          expect(listedIds.has(filing), `${region} filing ${filing} listed`).toBe(visible.includes(region));
        }
        // Nothing else either: every row is a filing of a region in scope.
        expect([...new Set(items.map((item) => item.region))].sort()).toEqual(
          visible.map((region) => regionCodes[region]).sort(),
        );
        expect(response.status).toBe(status);
        return;
      }

      const answer = await bodyOf(response);
      expect(response.status, JSON.stringify(answer).slice(0, 500)).toBe(status);
      // Approving several: a filing out of scope is reported exactly as one that does not exist.
      if (row.route === "/api/reviews" && status === 200 && row.target?.kind === "filing") {
        const inScope = scope[actor].includes(row.target.region);
        const awaited = inScope && (actor === "jinshui" || actor === "erqi");
        expect(answer).toEqual(
          awaited
            ? { approved: [id], skipped: [] }
            : { approved: [], skipped: [{ id, reason: inScope ? "not_awaiting" : "not_found" }] },
        );
      }
      if (status >= 400 && row.refusal === undefined) expectErrorBody(answer);
      if (status >= 400 && row.refusal === "oauth") {
        expect(answer).toMatchObject({
          error: expect.any(String),
          message: { zh: expect.stringMatching(chinese) },
        });
      }
      if (status >= 400 && row.refusal === "page") expect(String(answer)).toMatch(chinese);
      // No enumeration: another region's filing answers exactly what an id that does not exist does.
      if (status === 404 && row.target?.kind === "filing") expect(answer).toEqual(notFoundBody);
      if (status === 404 && row.target?.kind === "random") expect(answer).toEqual(notFoundBody);
      if (status === 200 && row.target?.kind === "filing" && row.route === "/api/submissions/:id") {
        expect((answer as { id: string }).id).toBe(id);
      }
    });
});
