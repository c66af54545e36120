import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { compileTable } from "@tianbiao/core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formModules } from "./api-suite.test-helper";

const appDir = fileURLToPath(new URL("../..", import.meta.url));
// The same tsup build as dist/, into a directory of its own: never stale, and never racing a build of dist/.
const buildDir = join(appDir, "test-results", "server-build");
const serverFile = join(buildDir, "server.js");
function enterprise1() {
  const found = formModules.find((m) => m.id === "enterprise-1");
  if (found === undefined) throw new Error("enterprise-1 has no fixtures");
  return found;
}
const module = enterprise1();
const body = JSON.stringify({ values: module.fixtures.valid });

interface RunningServer {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const running = new Set<ChildProcess>();

function startServer(databaseFile: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [serverFile], {
    cwd: appDir,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", TIANBIAO_DB_FILE: databaseFile, DATABASE_URL: "" },
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

function postSubmission(server: RunningServer): Promise<Response> {
  return fetch(new URL("/api/submissions/enterprise-1", server.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
}

/**
 * Fires `count` submissions at once and sends `signal` when the `killAfter`-th 201 arrives.
 * Answers the id of every 201 received, before or after the signal.
 */
async function submitThenSignal(
  server: RunningServer,
  count: number,
  killAfter: number,
  signal: NodeJS.Signals,
): Promise<{ acknowledged: string[]; statuses: Array<number | "network error"> }> {
  const acknowledged: string[] = [];
  const statuses = await Promise.all(
    Array.from({ length: count }, () =>
      postSubmission(server).then(
        async (response) => {
          if (response.status === 201) {
            // The 201 is on the wire only after the file was synced: kill before reading the body.
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

async function expectStored(server: RunningServer, ids: readonly string[]): Promise<void> {
  const derived = JSON.parse(JSON.stringify(compileTable(module.table).derive(module.fixtures.valid)));
  for (const id of ids) {
    const response = await fetch(new URL(`/api/submissions/${id}`, server.url));
    expect(response.status, id).toBe(200);
    expect((await response.json()).values).toEqual(derived);
  }
}

describe("durability of the built server on SQLite", () => {
  let dir: string;
  let databaseFile: string;

  beforeAll(async () => {
    const tsup = join(dirname(createRequire(import.meta.url).resolve("tsup")), "cli-default.js");
    await promisify(execFile)(process.execPath, [tsup, "--out-dir", buildDir], {
      cwd: appDir,
      // A hang guard, as is the hook's limit in vitest.config.ts.
      timeout: 240_000,
    });
    await stat(serverFile);
  });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "tianbiao-durability-"));
    databaseFile = join(dir, "tianbiao.sqlite");
  });

  afterEach(async () => {
    for (const child of running) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  afterAll(() => rm(buildDir, { recursive: true, force: true }));

  it("keeps a submission when the process is killed the moment it answered 201", async () => {
    const first = await startServer(databaseFile);
    const { acknowledged } = await submitThenSignal(first, 1, 1, "SIGKILL");
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
    expect(acknowledged).toHaveLength(1);

    const second = await startServer(databaseFile);
    await expectStored(second, acknowledged);
    second.child.kill("SIGKILL");
  });

  it("keeps all of 20 concurrent submissions when killed right after the last 201", async () => {
    const first = await startServer(databaseFile);
    const { acknowledged } = await submitThenSignal(first, 20, 20, "SIGKILL");
    await first.exited;
    expect(new Set(acknowledged).size).toBe(20);

    const second = await startServer(databaseFile);
    await expectStored(second, acknowledged);
    second.child.kill("SIGKILL");
  });

  it("keeps every acknowledged submission when killed at the first of 20 concurrent 201s", async () => {
    const first = await startServer(databaseFile);
    const { acknowledged } = await submitThenSignal(first, 20, 1, "SIGKILL");
    await first.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(1);

    const second = await startServer(databaseFile);
    await expectStored(second, acknowledged);
    second.child.kill("SIGKILL");
  });

  it("finishes writes under way on SIGTERM, then exits cleanly and releases the file", async () => {
    const first = await startServer(databaseFile);
    const { acknowledged, statuses } = await submitThenSignal(first, 20, 1, "SIGTERM");
    expect(await first.exited).toEqual({ code: 0, signal: null });
    for (const status of statuses) expect([201, 503, "network error"]).toContain(status);
    await expect(stat(`${databaseFile}.lock`)).rejects.toThrow();

    const second = await startServer(databaseFile);
    await expectStored(second, acknowledged);
    const listed = await fetch(new URL("/api/submissions?limit=500", second.url)).then((r) => r.json());
    expect(listed.total).toBe(acknowledged.length);
    second.child.kill("SIGKILL");
  });
});
