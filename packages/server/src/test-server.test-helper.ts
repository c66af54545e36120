import { buildServer, type ReportingServer, type ServerOptions } from "./app";
import { type OpenDatabase, openDatabase } from "./db/open";
import { demoAccounts, demoPassword, seedDemoAccounts } from "./demo";
import { startTestDatabase, type TestDatabase } from "./postgres-server.test-helper";

export type StoreKind = "embedded" | "postgres";

/** A running reporting service on loopback with the demo accounts, on one kind of store. */
export interface TestServer {
  url: string;
  server: ReportingServer;
  store: OpenDatabase;
  close(): Promise<void>;
}

export async function startTestServer(
  kind: StoreKind,
  options: Partial<ServerOptions> = {},
): Promise<TestServer> {
  let database: TestDatabase | undefined;
  let store: OpenDatabase;
  if (kind === "postgres") {
    database = await startTestDatabase();
    store = await openDatabase({ kind: "postgres", url: database.url });
  } else {
    store = await openDatabase({ kind: "embedded", dir: null });
  }
  const server = await buildServer({ store, secureCookies: false, ...options });
  await seedDemoAccounts(server.accounts);
  const url = await server.app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    server,
    store,
    async close() {
      await server.close();
      await database?.stop();
    },
  };
}

export const enterpriseJinshui = demoAccounts[0] as { creditCode: string; regionCode: string; name: string };
export const enterpriseErqi = demoAccounts[1] as { creditCode: string; regionCode: string; name: string };

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class Client {
  private cookie: string | undefined;
  csrf: string | undefined;
  account: Record<string, unknown> | undefined;

  constructor(readonly base: string) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const all: Record<string, string> = { ...headers };
    if (this.cookie !== undefined) all.cookie = this.cookie;
    if (this.csrf !== undefined && method !== "GET" && all["x-csrf-token"] === undefined)
      all["x-csrf-token"] = this.csrf;
    if (body !== undefined && all["content-type"] === undefined) all["content-type"] = "application/json";
    const response = await fetch(new URL(path, this.base), {
      method,
      headers: all,
      redirect: "manual",
      ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name, value = ""] = pair.split("=");
      if (name === "tianbiao.sid")
        this.cookie = value === "" || /Expires=Thu, 01 Jan 1970/i.test(line) ? undefined : pair;
    }
    return response;
  }

  get(path: string, headers?: Record<string, string>): Promise<Response> {
    return this.request("GET", path, undefined, headers);
  }

  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response> {
    return this.request("POST", path, body, headers);
  }

  async signIn(username: string, password = demoPassword): Promise<this> {
    const response = await this.post("/api/session", { username, password });
    if (response.status !== 200)
      throw new Error(`sign-in as ${username}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { csrfToken: string; account: Record<string, unknown> };
    this.csrf = body.csrfToken;
    this.account = body.account;
    return this;
  }

  /** Drops the session cookie without signing out, as a closed browser would. */
  forget(): void {
    this.cookie = undefined;
    this.csrf = undefined;
  }

  get hasSession(): boolean {
    return this.cookie !== undefined;
  }

  /** The session cookie as sent (`tianbiao.sid=…`): to replay it later, as a thief or a second tab would. */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  /** Sends `pair` as the session cookie from now on: one kept from earlier, or a forged one. */
  setSessionCookie(pair: string | undefined): void {
    this.cookie = pair;
  }
}

/** Signs in a new client as `username`. */
export function signedInClient(url: string, username: string): Promise<Client> {
  return new Client(url).signIn(username);
}
