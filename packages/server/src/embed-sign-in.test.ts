import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword } from "./demo";
import { apiMessages } from "./messages";
import { chinese, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import {
  Client,
  enterpriseErqi,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// The embed's sign-in from a site on another origin: OAuth 2.0 authorization code with PKCE through
// the login page in a popup, then `Authorization: Bearer` on the API. Each step as a browser does it.

const city = "http://127.0.0.2:8080";
const province = "http://127.0.0.3:8080";
const stranger = "http://127.0.0.9:8080";

const base64url = (bytes: Buffer) => bytes.toString("base64url");

/** The popup's cookies on the reporting service (the provider's interaction and session). */
class Popup {
  private readonly cookies = new Map<string, string>();

  async open(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }
}

interface Started {
  popup: Popup;
  verifier: string;
  state: string;
  /** The login page's address. */
  login: string;
}

function authorizationUrl(
  server: TestServer,
  origin: string,
  params: Record<string, string | undefined>,
): string {
  const url = new URL("/oauth/auth", server.url);
  const all: Record<string, string | undefined> = {
    client_id: origin,
    redirect_uri: `${server.url}/oauth/callback?origin=${encodeURIComponent(origin)}`,
    response_type: "code",
    scope: "filing",
    prompt: "login",
    ...params,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}

/** Opens the authorization request in a popup, as the embed does; answers the login page's address. */
async function start(server: TestServer, origin: string): Promise<Started> {
  const popup = new Popup();
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(16));
  const response = await popup.open(
    authorizationUrl(server, origin, {
      code_challenge: base64url(createHash("sha256").update(verifier).digest()),
      code_challenge_method: "S256",
      state,
    }),
  );
  expect(response.status, await response.clone().text()).toBe(303);
  const login = new URL(response.headers.get("location") ?? "", server.url).href;
  expect(login).toMatch(/\/oauth\/interaction\/[\w-]+$/);
  return { popup, verifier, state, login };
}

/** Signs in on the login page; answers the callback URL the popup lands on (with the code). */
async function signIn(server: TestServer, started: Started, username: string, password = demoPassword) {
  const page = await started.popup.open(started.login);
  expect(page.status).toBe(200);
  const posted = await started.popup.open(`${started.login}/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password }).toString(),
  });
  if (posted.status !== 303) return { refused: posted };
  const resumed = await started.popup.open(new URL(posted.headers.get("location") ?? "", server.url).href);
  expect(resumed.status, await resumed.clone().text()).toBe(303);
  const callback = new URL(resumed.headers.get("location") ?? "");
  return { callback };
}

async function exchange(
  server: TestServer,
  origin: string,
  code: string,
  verifier: string,
  clientId = origin,
): Promise<Response> {
  return fetch(new URL("/oauth/token", server.url), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      code_verifier: verifier,
      client_id: clientId,
      redirect_uri: `${server.url}/oauth/callback?origin=${encodeURIComponent(clientId)}`,
    }).toString(),
  });
}

/** The whole flow as `username` on `origin`'s site: answers the code, the verifier and the token answer. */
async function tokenFor(server: TestServer, origin: string, username = enterpriseJinshui.creditCode) {
  const started = await start(server, origin);
  const { callback } = await signIn(server, started, username);
  if (callback === undefined) throw new Error("sign-in refused");
  expect(callback.searchParams.get("state")).toBe(started.state);
  const code = callback.searchParams.get("code") ?? "";
  const response = await exchange(server, origin, code, started.verifier);
  const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return { code, verifier: started.verifier, token: body.access_token, body, response };
}

function bearer(server: TestServer, token: string, origin: string) {
  const call = (method: string, path: string, body?: unknown) =>
    fetch(new URL(path, server.url), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        origin,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path: string) => call("GET", path),
    post: (path: string, body: unknown) => call("POST", path, body),
  };
}

/** An OAuth refusal: the standard `error` code, and the service's bilingual message beside it. */
async function expectOauthError(response: Response, status: number, error: string): Promise<void> {
  const body = (await response.json()) as { error: string; message: { zh: string; en: string } };
  expect(response.status, JSON.stringify(body)).toBe(status);
  expect(body.error).toBe(error);
  expect(body.message.zh).toMatch(chinese);
  expect(body.message.en).not.toBe("");
}

describe.each(storeKinds)("the embed's sign-in (%s store)", (kind) => {
  let server: TestServer;
  let clock = Date.now();

  beforeAll(async () => {
    server = await startTestServer(kind, {
      allowedOrigins: [city, province],
      now: () => new Date(clock),
    });
  });
  afterAll(() => server?.close());

  it("publishes its metadata: the code flow with PKCE S256 only, and revocation", async () => {
    const response = await fetch(new URL("/oauth/.well-known/openid-configuration", server.url));
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.issuer).toBe(`${server.url}/oauth`);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect(metadata.response_types_supported).toEqual(["code"]);
    expect(metadata.grant_types_supported).not.toContain("client_credentials");
    expect(metadata.grant_types_supported).not.toContain("password");
    expect(metadata.revocation_endpoint).toBe(`${server.url}/oauth/token/revocation`);
  });

  it("files as the enterprise the token speaks for, with no cookie and no CSRF token", async () => {
    const { token, body, response } = await tokenFor(server, city);
    expect(body.token_type).toBe("Bearer");
    expect(body.expires_in).toBe(15 * 60);
    expect(response.headers.get("access-control-allow-origin")).toBe(city);
    expect(response.headers.get("set-cookie")).toBeNull();
    const api = bearer(server, token, city);
    const filed = await api.post("/api/submissions/enterprise-2", {
      values: contractFiling(enterpriseJinshui.creditCode, "EMBED-OAUTH-1"),
    });
    const answer = (await filed.json()) as { id: string };
    expect(filed.status, JSON.stringify(answer)).toBe(201);
    expect(filed.headers.get("access-control-allow-origin")).toBe(city);
    expect(filed.headers.get("set-cookie")).toBeNull();
    const record = (await (await api.get(`/api/submissions/${answer.id}`)).json()) as {
      filer: { regionCode: string };
      status: string;
    };
    expect(record).toMatchObject({ status: "district", filer: { regionCode: "410105" } });
    // The 金水区 reviewer sees it; the filer's identity came from the token, not the body.
    const jinshui = await signedInClient(server.url, "jinshui");
    expect((await jinshui.get(`/api/submissions/${answer.id}`)).status).toBe(200);
  });

  it("takes identity and scope from the token's account only", async () => {
    const { token } = await tokenFor(server, city);
    const api = bearer(server, token, city);
    // Another enterprise's credit code in the body is refused, not filed for it.
    const other = await api.post("/api/submissions/enterprise-2", {
      values: contractFiling(enterpriseErqi.creditCode, "EMBED-OAUTH-OTHER"),
    });
    expect(other.status).toBe(422);
    // A filing of the 二七区 enterprise answers 404, exactly as a missing one.
    const erqi = await signedInClient(server.url, enterpriseErqi.creditCode);
    const theirs = (await (
      await erqi.post("/api/submissions/enterprise-2", {
        values: contractFiling(enterpriseErqi.creditCode, "EMBED-OAUTH-ERQI"),
      })
    ).json()) as { id: string };
    const read = await api.get(`/api/submissions/${theirs.id}`);
    expect(read.status).toBe(404);
    expectErrorBody(await read.json(), "submission_not_found");
    // A reviewer's token is a reviewer: it cannot file.
    const reviewer = await tokenFor(server, city, "jinshui");
    const refused = await bearer(server, reviewer.token, city).post("/api/submissions/enterprise-2", {
      values: contractFiling(enterpriseJinshui.creditCode, "EMBED-OAUTH-REVIEWER"),
    });
    expect(refused.status).toBe(403);
  });

  it("keeps CSRF for cookie-authenticated writes", async () => {
    const client = await signedInClient(server.url, enterpriseJinshui.creditCode);
    const response = await client.post(
      "/api/submissions/enterprise-2",
      { values: contractFiling(enterpriseJinshui.creditCode, "EMBED-COOKIE-NO-CSRF") },
      { "x-csrf-token": "forged" },
    );
    expect(response.status).toBe(403);
    expectErrorBody(await response.json(), "csrf_invalid");
  });

  it("issues no code without a PKCE challenge, and no token by any other grant", async () => {
    const popup = new Popup();
    const response = await popup.open(authorizationUrl(server, city, { state: "s" }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("code")).toBeNull();
    for (const grant of ["client_credentials", "password", "refresh_token", "implicit"]) {
      const other = await fetch(new URL("/oauth/token", server.url), {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: city },
        body: new URLSearchParams({
          grant_type: grant,
          client_id: city,
          username: enterpriseJinshui.creditCode,
          password: demoPassword,
          refresh_token: "x",
        }).toString(),
      });
      expect(other.status, grant).toBe(400);
      const body = (await other.json()) as { error: string; access_token?: string; message: { zh: string } };
      expect(body.access_token).toBeUndefined();
      expect(["unsupported_grant_type", "unauthorized_client", "invalid_request", "invalid_grant"]).toContain(
        body.error,
      );
      expect(body.message.zh).toMatch(chinese);
    }
  });

  it("refuses a wrong verifier and a missing one: only the page that started the sign-in gets a token", async () => {
    const started = await start(server, city);
    const { callback } = await signIn(server, started, enterpriseJinshui.creditCode);
    const code = callback?.searchParams.get("code") ?? "";
    await expectOauthError(
      await exchange(server, city, code, base64url(randomBytes(32))),
      400,
      "invalid_grant",
    );
    await expectOauthError(await exchange(server, city, code, ""), 400, "invalid_grant");
    expect((await exchange(server, city, code, started.verifier)).status).toBe(200);
  });

  it("refuses a reused code, and revokes the token the code gave", async () => {
    const { code, verifier, token } = await tokenFor(server, city);
    await expectOauthError(await exchange(server, city, code, verifier), 400, "invalid_grant");
    const response = await bearer(server, token, city).get("/api/submissions");
    expect(response.status).toBe(401);
    expectErrorBody(await response.json(), "token_invalid");
  });

  it("refuses a code exchanged by another site's client", async () => {
    const started = await start(server, city);
    const { callback } = await signIn(server, started, enterpriseJinshui.creditCode);
    const code = callback?.searchParams.get("code") ?? "";
    const response = await exchange(server, province, code, started.verifier, province);
    expect(response.headers.get("access-control-allow-origin")).toBe(province);
    await expectOauthError(response, 400, "invalid_grant");
  });

  it("refuses a token sent from another site than the one it was issued to", async () => {
    const { token } = await tokenFor(server, city);
    const response = await bearer(server, token, province).get("/api/submissions");
    expect(response.status).toBe(401);
    expectErrorBody(await response.json(), "token_other_site");
    expect(response.headers.get("www-authenticate")).toContain("invalid_token");
  });

  it("refuses an expired token, on the service's clock", async () => {
    const { token } = await tokenFor(server, city);
    const api = bearer(server, token, city);
    expect((await api.get("/api/submissions")).status).toBe(200);
    clock += 16 * 60_000;
    try {
      const response = await api.get("/api/submissions");
      expect(response.status).toBe(401);
      const body = await response.json();
      expectErrorBody(body, "token_expired");
      expect((body as { error: { message: unknown } }).error.message).toEqual(apiMessages.tokenExpired());
    } finally {
      clock -= 16 * 60_000;
    }
  });

  it("refuses a disabled account's token at once", async () => {
    const account = await server.server.accounts.create({
      kind: "reviewer",
      username: "embed-disabled",
      name: "嵌入测试",
      level: "district",
      regionCode: "410105",
      password: demoPassword,
    });
    const { token } = await tokenFor(server, city, account.username);
    const api = bearer(server, token, city);
    expect((await api.get("/api/submissions")).status).toBe(200);
    await server.server.accounts.setDisabled(account.id, true);
    const response = await api.get("/api/submissions");
    expect(response.status).toBe(401);
    expectErrorBody(await response.json(), "token_invalid");
  });

  it("refuses a token that is not one, and a malformed header", async () => {
    for (const header of ["Bearer not-a-token", "Bearer", "Basic abc"]) {
      const response = await fetch(new URL("/api/submissions", server.url), {
        headers: { authorization: header, origin: city },
      });
      expect(response.status, header).toBe(401);
      expectErrorBody(await response.json(), "token_invalid");
    }
  });

  it("revokes a token when the filer signs out of the embed", async () => {
    const { token } = await tokenFor(server, city);
    const revoked = await fetch(new URL("/oauth/token/revocation", server.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: city },
      body: new URLSearchParams({ token, client_id: city }).toString(),
    });
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get("access-control-allow-origin")).toBe(city);
    expect((await bearer(server, token, city).get("/api/submissions")).status).toBe(401);
  });

  it("signs in with the service's password check: a wrong password is refused and audited", async () => {
    const started = await start(server, city);
    const { refused } = await signIn(server, started, "jinshui", "not-the-password");
    expect(refused?.status).toBe(401);
    const page = await refused?.text();
    expect(page).toContain(apiMessages.badCredentials().zh);
    expect(page).toContain(apiMessages.badCredentials().en);
    const admin = await signedInClient(server.url, "admin");
    const audit = (await (await admin.get("/api/audit?action=sign-in.failed&limit=50")).json()) as {
      items?: Array<{ actorName: string }>;
    };
    expect(JSON.stringify(audit)).toContain("jinshui");
    // …and a success is audited as a sign-in through the embed, naming the site.
    await tokenFor(server, city, "zhengzhou");
    const signIns = await (await admin.get("/api/audit?action=sign-in&limit=50")).text();
    expect(signIns).toContain("embed");
    expect(signIns).toContain(city);
  });

  it("has no client for an origin not on the list: no code, no CORS", async () => {
    const popup = new Popup();
    const response = await popup.open(
      authorizationUrl(server, stranger, { code_challenge: "x".repeat(43), code_challenge_method: "S256" }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    const page = await response.text();
    expect(page).toMatch(chinese);
    const token = await fetch(new URL("/oauth/token", server.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: stranger },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: "x",
        client_id: stranger,
      }).toString(),
    });
    expect(token.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await fetch(new URL("/api/submissions/enterprise-2", server.url), {
      method: "OPTIONS",
      headers: {
        origin: stranger,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await fetch(new URL("/api/submissions/enterprise-2", server.url), {
      method: "OPTIONS",
      headers: {
        origin: city,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(city);
    expect(allowed.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("hands the code only to the site it was issued for", async () => {
    const response = await fetch(
      new URL(`/oauth/callback?origin=${encodeURIComponent(city)}&code=x`, server.url),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const script = await (await fetch(new URL("/oauth/callback.js", server.url))).text();
    expect(script).toContain("postMessage");
    expect(script).not.toContain('"*"');
  });
});

describe("a cookie client with a bearer header", () => {
  it("is the token's account, not the session's", async () => {
    const server = await startTestServer("embedded", { allowedOrigins: [city] });
    try {
      const { token } = await tokenFor(server, city, enterpriseJinshui.creditCode);
      const reviewer = await signedInClient(server.url, "jinshui");
      const response = await reviewer.get("/api/submissions", {
        authorization: `Bearer ${token}`,
        origin: city,
      });
      expect(response.status).toBe(200);
      const filing = await reviewer.post(
        "/api/submissions/enterprise-2",
        { values: contractFiling(enterpriseJinshui.creditCode, "EMBED-BOTH") },
        { authorization: `Bearer ${token}`, origin: city },
      );
      expect(filing.status).toBe(201);
      const anonymous = new Client(server.url);
      expect((await anonymous.get("/api/submissions")).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
