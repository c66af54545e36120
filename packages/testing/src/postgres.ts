import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";

const run = promisify(execFile);

/** A PostgreSQL database for one test file; `stop` removes it. */
export interface TestDatabase {
  url: string;
  /** How the database was provided, for the test's name. */
  source: string;
  stop(): Promise<void>;
}

const installHint =
  "PostgreSQL server binaries (initdb, pg_ctl) were not found. Install them (Debian: apt-get install " +
  "postgresql), then put their directory on PATH or in PG_BIN; or set TEST_DATABASE_URL to a server " +
  "where this user may CREATE DATABASE.";

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The directory holding initdb and pg_ctl: PG_BIN, then PATH, then Debian's versioned directories. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  // Debian's postgresql package keeps the server binaries off PATH, in one directory per major version.
  const debianRoot = "/usr/lib/postgresql";
  const debian = existsSync(debianRoot)
    ? readdirSync(debianRoot)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => join(debianRoot, version, "bin"))
    : [];
  const candidates = [env.PG_BIN, ...(env.PATH ?? "").split(delimiter), ...debian].filter(
    (dir): dir is string => dir !== undefined && dir !== "",
  );
  return candidates.find((dir) => executable(join(dir, "initdb")) && executable(join(dir, "pg_ctl")));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root its commands run as the `postgres` user
 * (runuser, else su) in a directory that user owns.
 */
function asServerUser(): {
  wrap(command: string, args: string[]): [string, string[]];
  uid?: number;
  gid?: number;
} {
  if (process.getuid?.() !== 0) return { wrap: (command, args) => [command, args] };
  let uid: number;
  let gid: number;
  try {
    uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  } catch {
    throw new Error("Running as root, PostgreSQL needs an unprivileged user `postgres`, and there is none.");
  }
  const runuser = findOnPath("runuser");
  if (runuser !== undefined)
    return { uid, gid, wrap: (command, args) => [runuser, ["-u", "postgres", "--", command, ...args]] };
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  return {
    uid,
    gid,
    wrap: (command, args) => [
      "su",
      ["postgres", "-s", "/bin/sh", "-c", [command, ...args].map(quote).join(" ")],
    ],
  };
}

function findOnPath(name: string): string | undefined {
  return (process.env.PATH ?? "")
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find(executable);
}

async function createDatabaseOn(serverUrl: string): Promise<TestDatabase> {
  const name = `tianbiao_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    source: "TEST_DATABASE_URL",
    async stop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh database: a new one on TEST_DATABASE_URL's server when that is set, otherwise a
 * throwaway PostgreSQL server in a temp directory on a free loopback port. Throws, with what to
 * install, when neither is possible, so a test using it fails rather than passing unseen.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const shared = process.env.TEST_DATABASE_URL?.trim();
  if (shared) return createDatabaseOn(shared);

  const bin = findPostgresBin();
  if (bin === undefined) throw new Error(installHint);
  const user = asServerUser();
  const dir = await mkdtemp(join(tmpdir(), "tianbiao-pg-"));
  if (user.uid !== undefined && user.gid !== undefined) await chown(dir, user.uid, user.gid);
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  const pgCtl = join(bin, "pg_ctl");
  // Hang guards: initdb and a start take seconds, several times that on a loaded machine. pg_ctl's own
  // wait (-t, 60 s by default) gives up before the command is killed, so its message is the one seen.
  const exec = async (command: string, args: string[]): Promise<void> => {
    const [file, argv] = user.wrap(command, args);
    await run(file, argv, { cwd: dir, timeout: 180_000 });
  };
  const port = await freePort();
  try {
    await exec(join(bin, "initdb"), [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    await exec(pgCtl, [
      "-D",
      data,
      "-l",
      log,
      "-w",
      "-t",
      "120",
      "-o",
      `-k "${dir}" -p ${port} -c listen_addresses=127.0.0.1`,
      "start",
    ]);
  } catch (error) {
    const serverLog = await readFile(log, "utf8").catch(() => "");
    await rm(dir, { recursive: true, force: true });
    throw new Error(`Could not start a test PostgreSQL server: ${(error as Error).message}\n${serverLog}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    source: `a temporary server from ${bin}`,
    async stop() {
      try {
        await exec(pgCtl, ["-D", data, "-m", "fast", "-w", "-t", "120", "stop"]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
