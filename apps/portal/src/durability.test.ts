import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { demoAccounts, demoPassword } from "@tianbiao/server";
import { getTableModule } from "@tianbiao/tables";
import { startTestDatabase, type TestDatabase } from "@tianbiao/testing";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

const appDir = fileURLToPath(new URL("..", import.meta.url));
// The same tsup build as dist/, into a directory of its own: never stale, and never racing a build of dist/.
const buildDir = join(appDir, "test-results", "server-build");
const serverFile = join(buildDir, "server.js");
const enterprise = demoAccounts[0] as { creditCode: string };
const fixture = getTableModule("enterprise-2")?.fixtures?.valid ?? {};
let filed = 0;
/** A new 企业2表 filing each time: its natural key is the contract number. */
function nextBody(): string {
  filed += 1;
  return JSON.stringify({
    values: { ...fixture, creditCode: enterprise.creditCode, contractNumber: `DUR-${Date.now()}-${filed}` },
  });
}

interface RunningServer {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

/** Where the store is: an embedded store's folder, or a PostgreSQL URL. */
type StoreEnv = { TIANBIAO_DATA_DIR: string; DATABASE_URL: string };

function startServer(storeEnv: StoreEnv): Promise<RunningServer> {
  const child = spawn(process.execPath, [serverFile], {
    cwd: appDir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...storeEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  let output = "";
  return new Promise((resolve, reject) => {
    // A hang guard: the server listens within a second or two, several times that on a loaded machine.
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 120_000);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /tianbiao demo portal: (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1], child, exited });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it listened:\n${output}`));
    });
  });
}

/** The signed-in enterprise's cookie and CSRF token; sessions live in the store and outlast a restart. */
interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(server: RunningServer): Promise<Session> {
  const response = await fetch(new URL("/api/session", server.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: enterprise.creditCode, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

function postSubmission(server: RunningServer, session: Session): Promise<Response> {
  return fetch(new URL("/api/submissions/enterprise-2", server.url), {
    method: "POST",
    headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrf },
    body: nextBody(),
  });
}

/**
 * Fires `count` submissions at once and sends `signal` when the `killAfter`-th 201 arrives.
 * Answers the id of every 201 received, before or after the signal.
 */
async function submitThenSignal(
  server: RunningServer,
  session: Session,
  count: number,
  killAfter: number,
  signal: NodeJS.Signals,
): Promise<{ acknowledged: string[]; statuses: Array<number | "network error"> }> {
  const acknowledged: string[] = [];
  const statuses = await Promise.all(
    Array.from({ length: count }, () =>
      postSubmission(server, session).then(
        async (response) => {
          if (response.status === 201) {
            // The 201 is on the wire only after the commit: kill before reading the body.
            const location = response.headers.get("location") ?? "";
            acknowledged.push(location.slice(location.lastIndexOf("/") + 1));
            if (acknowledged.length === killAfter) server.child.kill(signal);
          }
          await response.arrayBuffer().catch(() => undefined);
          return response.status;
        },
        () => "network error" as const,
      ),
    ),
  );
  return { acknowledged, statuses };
}

async function expectStored(server: RunningServer, session: Session, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const response = await fetch(new URL(`/api/submissions/${id}`, server.url), {
      headers: { cookie: session.cookie },
    });
    expect(response.status, id).toBe(200);
    const body = (await response.json()) as { values: { contractNumber: string; contractAmount: unknown } };
    expect(body.values.contractNumber).toMatch(/^DUR-/);
    expect(body.values.contractAmount).toEqual(fixture.contractAmount);
  }
}

// One build for both stores: the server is the same program, told where its store is.
beforeAll(async () => {
  const tsup = join(dirname(createRequire(import.meta.url).resolve("tsup")), "cli-default.js");
  await promisify(execFile)(process.execPath, [tsup, "--out-dir", buildDir], {
    cwd: appDir,
    // A hang guard, as is the hook's limit in vitest.config.ts.
    timeout: 240_000,
  });
  await stat(serverFile);
});

afterAll(() => rm(buildDir, { recursive: true, force: true }));

describe.each(["embedded", "postgres"] as const)("durability of the built server on the %s store", (kind) => {
  let dir: string;
  let database: TestDatabase | undefined;
  let storeEnv: StoreEnv;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tianbiao-durability-"));
    database = kind === "postgres" ? await startTestDatabase() : undefined;
    storeEnv = { TIANBIAO_DATA_DIR: join(dir, "store"), DATABASE_URL: database?.url ?? "" };
  });

  afterEach(async () => {
    for (const child of running) child.kill("SIGKILL");
    await database?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps a submission when the process is killed the moment it answered 201", async () => {
    const first = await startServer(storeEnv);
    const session = await signIn(first);
    const { acknowledged } = await submitThenSignal(first, session, 1, 1, "SIGKILL");
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
    expect(acknowledged).toHaveLength(1);

    const second = await startServer(storeEnv);
    await expectStored(second, session, acknowledged);
    second.child.kill("SIGKILL");
  });

  it("keeps all of 20 concurrent submissions when killed right after the last 201", async () => {
    const first = await startServer(storeEnv);
    const session = await signIn(first);
    const { acknowledged } = await submitThenSignal(first, session, 20, 20, "SIGKILL");
    await first.exited;
    expect(new Set(acknowledged).size).toBe(20);

    const second = await startServer(storeEnv);
    await expectStored(second, session, acknowledged);
    second.child.kill("SIGKILL");
  });

  it("keeps every acknowledged submission when killed at the first of 20 concurrent 201s", async () => {
    const first = await startServer(storeEnv);
    const session = await signIn(first);
    const { acknowledged } = await submitThenSignal(first, session, 20, 1, "SIGKILL");
    await first.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(1);

    const second = await startServer(storeEnv);
    await expectStored(second, session, acknowledged);
    second.child.kill("SIGKILL");
  });

  it("finishes writes under way on SIGTERM, then exits cleanly", async () => {
    const first = await startServer(storeEnv);
    const session = await signIn(first);
    const { acknowledged, statuses } = await submitThenSignal(first, session, 20, 1, "SIGTERM");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    for (const status of statuses) expect([201, 503, "network error"]).toContain(status);

    const second = await startServer(storeEnv);
    await expectStored(second, session, acknowledged);
    const listed = await fetch(new URL("/api/submissions?limit=500", second.url), {
      headers: { cookie: session.cookie },
    }).then((r) => r.json());
    expect(listed.total).toBe(acknowledged.length);
    second.child.kill("SIGKILL");
  });
});
