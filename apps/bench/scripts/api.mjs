// The API section of `pnpm bench`: signed-in enterprises post the 企业2表 fixture at 8 concurrent
// connections to the reporting service, which runs in a process of its own (api-server.mjs), for the
// embedded store and PostgreSQL, each with 0, 10,000 and 100,000 filings already stored.
// `node scripts/api.mjs [--check] [--seconds=N] [--store=embedded|postgres] [--stored=0,10000] [--profile]`
// runs this section alone (--profile writes a CPU profile of each server process to bench/profiles).
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { usccCheckCharacter } from "@tianbiao/codes";
import { getAt, setAt } from "@tianbiao/core";
import { Accounts, AuditLog, Filings, filingRulesOf, openDatabase } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import { startTestDatabase } from "@tianbiao/testing";
import autocannon from "autocannon";

const TABLE = "enterprise-2";
const CONNECTIONS = 8;
const STORED = [0, 10_000, 100_000];
const WARM_UP_SECONDS = 3;
const SEED_BATCH = 1_000;
const PASSWORD = "bench-password-2026";
const serverScript = fileURLToPath(new URL("api-server.mjs", import.meta.url));
const log = (line) => process.stderr.write(`${line}\n`);

const module = getTableModule(TABLE);
const rules = filingRulesOf(module.table);

/** The fixture as an enterprise files it: its own credit code, and a contract number of its own. */
function filingValues(creditCode, contractNumber) {
  let values = setAt(module.fixtures.valid, rules.key[0], contractNumber);
  if (rules.filerCode !== undefined) values = setAt(values, rules.filerCode, creditCode);
  return values;
}

/** Enterprises with valid, fictitious credit codes, one per connection, in two districts of 郑州. */
function benchEnterprises() {
  return Array.from({ length: CONNECTIONS }, (_, i) => {
    const regionCode = i % 2 === 0 ? "410105" : "410103";
    const body = `91${regionCode}BENCH${String(i).padStart(4, "0")}`;
    return { creditCode: `${body}${usccCheckCharacter(body)}`, regionCode, name: `压测企业${i + 1}` };
  });
}

/**
 * Stores `count` filings of the table (one revision each) spread over the enterprises. The first goes
 * through the service's own Filings.file, and the rest copy its rows, so they have the shapes the
 * service writes; batches of SEED_BATCH rows per INSERT.
 */
async function seedFilings(db, accounts, count) {
  if (count === 0) return;
  const filings = new Filings(db, new AuditLog(db));
  const first = accounts[0];
  const outcome = await filings.file(
    { account: first, address: null },
    TABLE,
    { values: filingValues(first.credit_code, "SEED-0"), responses: [], context: {} },
    undefined,
  );
  if (outcome.status !== 201) throw new Error(`seeding: ${outcome.status} ${JSON.stringify(outcome.body)}`);
  const id = outcome.body.id;
  const filing = await db.selectFrom("filings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const revision = await db
    .selectFrom("revisions")
    .selectAll()
    .where("filing_id", "=", id)
    .executeTakeFirstOrThrow();
  const context = JSON.stringify(revision.context);
  const warnings = JSON.stringify(revision.warnings);
  const start = Date.now() - count * 1000;
  for (let from = 1; from < count; from += SEED_BATCH) {
    const filingRows = [];
    const revisionRows = [];
    for (let n = from; n < Math.min(count, from + SEED_BATCH); n++) {
      const account = accounts[n % accounts.length];
      const values = filingValues(account.credit_code, `SEED-${n}`);
      const at = new Date(start + n * 1000);
      const filingId = randomUUID();
      filingRows.push({
        ...filing,
        id: filingId,
        filer_id: account.id,
        region_code: account.region_code,
        filing_key: JSON.stringify(rules.key.map((path) => String(getAt(values, path) ?? "").trim())),
        first_filed_at: at,
        updated_at: at,
      });
      revisionRows.push({
        ...revision,
        filing_id: filingId,
        values: JSON.stringify(values),
        context,
        warnings,
        filed_at: at,
        filed_by: account.id,
      });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("filings").values(filingRows).execute();
      await trx.insertInto("revisions").values(revisionRows).execute();
    });
  }
}

async function countFilings(db) {
  const row = await db
    .selectFrom("filings")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined where there is none. */
function cpuSeconds(pid) {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  // Fields after the command name (which may hold spaces) start at "state"; utime and stime are 14 and 15.
  const fields = readFileSync(file, "utf8").split(") ").at(-1).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}
let ticks;
function clockTicks() {
  ticks ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  return ticks;
}

/** Starts api-server.mjs on the store; resolves once it listens. */
function startServer(config, profileDir) {
  const args = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...args, serverScript, JSON.stringify(config)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", (line) => {
      const { url } = JSON.parse(line);
      resolve({
        url,
        pid: child.pid,
        async stop() {
          child.kill("SIGTERM");
          const { code, signal } = await exited;
          if (code !== 0) throw new Error(`the bench server exited with ${code ?? signal}`);
        },
      });
    });
    exited.then(({ code, signal }) => reject(new Error(`the bench server exited with ${code ?? signal}`)));
  });
}

async function signIn(url, creditCode) {
  const response = await fetch(new URL("/api/session", url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: creditCode, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${creditCode}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .find((pair) => pair.startsWith("tianbiao.sid="));
  const { csrfToken } = await response.json();
  return { creditCode, cookie, csrfToken };
}

/**
 * One autocannon instance per connection, each as its own signed-in enterprise, all at once for
 * `seconds`; every post carries a new contract number, so each 201 is a new filing.
 */
async function load(url, clients, seconds, tag) {
  const latencies = [];
  const statuses = {};
  const runs = clients.map(
    (client, c) =>
      new Promise((resolve, reject) => {
        let n = 0;
        const instance = autocannon(
          {
            url,
            connections: 1,
            duration: seconds,
            requests: [
              {
                method: "POST",
                path: `/api/submissions/${TABLE}`,
                headers: {
                  "content-type": "application/json",
                  cookie: client.cookie,
                  "x-csrf-token": client.csrfToken,
                },
                setupRequest: (request) => ({
                  ...request,
                  body: JSON.stringify({ values: filingValues(client.creditCode, `${tag}-${c}-${n++}`) }),
                }),
              },
            ],
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        );
        instance.on("response", (_client, status, _bytes, ms) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          latencies.push(ms);
        });
      }),
  );
  const results = await Promise.all(runs);
  const filed = statuses[201] ?? 0;
  const answers = Object.values(statuses).reduce((a, b) => a + b, 0);
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const measured = results.reduce((sum, r) => sum + r.duration, 0) / results.length;
  return {
    filed,
    non201: answers - filed,
    statuses,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    seconds: measured,
    perSecond: filed / measured,
    latencyMs: { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? Number.NaN },
  };
}

async function measureCase(kind, stored, seconds, profileDir) {
  let database;
  let dir;
  let config;
  if (kind === "postgres") {
    database = await startTestDatabase();
    config = { kind: "postgres", url: database.url };
  } else {
    dir = mkdtempSync(join(tmpdir(), "tianbiao-bench-"));
    config = { kind: "embedded", dir: join(dir, "data") };
  }
  try {
    const enterprises = benchEnterprises();
    const seedStarted = Date.now();
    let store = await openDatabase(config);
    try {
      const accounts = new Accounts(store.db);
      const rows = [];
      for (const e of enterprises)
        rows.push(await accounts.create({ kind: "enterprise", ...e, password: PASSWORD }));
      const t = Date.now();
      log(
        `  opened the store and created ${rows.length} accounts in ${((t - seedStarted) / 1000).toFixed(1)} s`,
      );
      await seedFilings(store.db, rows, stored);
      if (stored > 0)
        log(`  stored ${stored.toLocaleString("en")} filings in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    } finally {
      await store.close();
    }
    const seedSeconds = (Date.now() - seedStarted) / 1000;
    const server = await startServer(config, profileDir);
    let warmUp;
    let measured;
    const load1 = loadavg()[0];
    try {
      const clients = [];
      for (const e of enterprises) clients.push(await signIn(server.url, e.creditCode));
      warmUp = await load(server.url, clients, WARM_UP_SECONDS, "W");
      const cpuBefore = cpuSeconds(server.pid);
      measured = await load(server.url, clients, seconds, "M");
      const cpuAfter = cpuSeconds(server.pid);
      // What one filing costs the server process (Node; PostgreSQL's own processes not counted).
      measured.serverCpuMsPerFiling =
        cpuBefore === undefined || cpuAfter === undefined || measured.filed === 0
          ? null
          : ((cpuAfter - cpuBefore) * 1000) / measured.filed;
    } finally {
      await server.stop();
    }
    // Every 201 is a filing in the store: what was seeded, the warm-up's and the measured ones, and
    // at most one a connection per run that the server stored after the client stopped listening.
    store = await openDatabase(config);
    let inStore;
    try {
      inStore = await countFilings(store.db);
    } finally {
      await store.close();
    }
    const answered = stored + warmUp.filed + measured.filed;
    if (inStore < answered || inStore > answered + 2 * CONNECTIONS)
      throw new Error(`${kind} ${stored}: ${inStore} filings in the store, ${answered} answered 201`);
    return {
      store: kind,
      storedFilings: stored,
      ...measured,
      warmUpFiled: warmUp.filed,
      seedSeconds,
      loadAverage: load1,
    };
  } finally {
    await database?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs every case; `profileDir` writes a CPU profile of each server process there. */
export async function apiMeasures({
  seconds = 10,
  profileDir,
  stores = ["embedded", "postgres"],
  storedCounts = STORED,
} = {}) {
  const api = [];
  for (const kind of stores) {
    for (const stored of storedCounts) {
      log(`api: ${kind}, ${stored.toLocaleString("en")} filings stored`);
      const result = await measureCase(kind, stored, seconds, profileDir);
      log(
        `  ${result.perSecond.toFixed(0)} filings/s, ${result.non201} non-201, ${result.errors} errors (store ready in ${result.seedSeconds.toFixed(1)} s)`,
      );
      api.push(result);
    }
  }
  return api;
}

/** The API budgets: embedded ≥ 500/s and flat to 0.8× at 100,000 stored; PostgreSQL ≥ 1,000/s; only 201s. */
export function apiBudgets(api) {
  const budgets = [];
  for (const r of api) {
    const floor = r.store === "embedded" ? 500 : 1000;
    budgets.push({
      budget: `API ${r.store}, ${r.storedFilings.toLocaleString("en")} stored: ≥ ${floor.toLocaleString("en")} filings/s`,
      measured: `${r.perSecond.toFixed(0)}/s`,
      pass: r.perSecond >= floor,
    });
  }
  const at = (stored) => api.find((r) => r.store === "embedded" && r.storedFilings === stored);
  const empty = at(0);
  const full = at(100_000);
  if (empty && full) {
    const ratio = full.perSecond / empty.perSecond;
    budgets.push({
      budget: "API embedded: rate at 100,000 stored ≥ 0.8× rate at 0",
      measured: `${ratio.toFixed(2)}×`,
      pass: ratio >= 0.8,
    });
  }
  const failed = api.reduce((sum, r) => sum + r.non201 + r.errors, 0);
  budgets.push({
    budget: "API: every post answered 201 (non-201 answers + connection errors = 0)",
    measured: String(failed),
    pass: failed === 0,
  });
  return budgets;
}

/** The results as printed rows: header and cells. */
export function apiTable(api) {
  const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : "—");
  return {
    title: `API filings (${TABLE} fixture, ${CONNECTIONS} connections, each a signed-in enterprise; server in its own process)`,
    header: [
      "store",
      "stored filings",
      "filings/s",
      "201s",
      "non-201",
      "errors",
      "p50",
      "p99",
      "server CPU/filing",
      "load avg",
    ],
    rows: api.map((r) => [
      r.store,
      r.storedFilings.toLocaleString("en"),
      r.perSecond.toFixed(0),
      r.filed,
      r.non201,
      r.errors,
      ms(r.latencyMs.p50),
      ms(r.latencyMs.p99),
      r.serverCpuMsPerFiling === null ? "—" : `${r.serverCpuMsPerFiling.toFixed(2)} ms`,
      r.loadAverage.toFixed(1),
    ]),
  };
}

// Run alone: prints this section, writes it to bench/results.json as { api } and checks its budgets.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const repo = fileURLToPath(new URL("../../..", import.meta.url));
  const profileDir = argv.includes("--profile") ? `${repo}bench/profiles` : undefined;
  const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const api = await apiMeasures({
    seconds: Number(option("seconds") ?? 10),
    profileDir,
    ...(option("store") ? { stores: [option("store")] } : {}),
    ...(option("stored") ? { storedCounts: option("stored").split(",").map(Number) } : {}),
  });
  const budgets = apiBudgets(api);
  const { title, header, rows } = apiTable(api);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  console.log(
    [title, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n"),
  );
  console.log("");
  for (const b of budgets) console.log(`${b.pass ? "pass" : "FAIL"}  ${b.budget}: ${b.measured}`);
  console.log(`Node ${process.version}, ${availableParallelism()} cores`);
  mkdirSync(`${repo}bench`, { recursive: true });
  writeFileSync(
    `${repo}bench/results.json`,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, api, budgets }, null, 2)}\n`,
  );
  if (argv.includes("--check") && budgets.some((b) => !b.pass)) process.exitCode = 1;
}
