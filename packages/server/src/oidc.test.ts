import { generateKeyPair, randomBytes } from "node:crypto";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OidcOptions } from "./oidc";
import {
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// Single sign-on against a real OpenID provider (oidc-provider) on loopback. A "browser" of plain
// fetch calls follows every redirect by hand and keeps each origin's cookies apart, so tianbiao's
// session cookie never reaches the provider and the provider's never reach tianbiao.

/** The provider's people: subject → the claims it releases. */
type People = Map<string, Record<string, unknown>>;

interface Cookie {
  name: string;
  value: string;
  path: string;
}

/** Cookies per origin, sent by path, dropped when the server expires them. */
class Browser {
  private readonly jars = new Map<string, Cookie[]>();

  async open(url: URL, form?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = {};
    const cookies = this.cookiesFor(url);
    if (cookies.length > 0) headers.cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    if (form !== undefined) headers["content-type"] = "application/x-www-form-urlencoded";
    const response = await fetch(url, {
      method: form === undefined ? "GET" : "POST",
      headers,
      redirect: "manual",
      ...(form === undefined ? {} : { body: new URLSearchParams(form).toString() }),
    });
    for (const line of response.headers.getSetCookie()) this.keep(url, line);
    return response;
  }

  cookiesFor(url: URL): Cookie[] {
    return (this.jars.get(url.origin) ?? []).filter(
      (c) => url.pathname === c.path || url.pathname.startsWith(c.path.endsWith("/") ? c.path : `${c.path}/`),
    );
  }

  private keep(url: URL, line: string): void {
    const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
    const equals = pair.indexOf("=");
    const name = pair.slice(0, equals);
    const value = pair.slice(equals + 1);
    let path = "/";
    let expired = value === "";
    for (const attribute of attributes) {
      const [key = "", setting = ""] = attribute.split("=");
      if (key.toLowerCase() === "path") path = setting;
      if (key.toLowerCase() === "max-age" && Number(setting) <= 0) expired = true;
      if (key.toLowerCase() === "expires" && Date.parse(setting) <= Date.now()) expired = true;
    }
    const jar = (this.jars.get(url.origin) ?? []).filter((c) => c.name !== name || c.path !== path);
    if (!expired) jar.push({ name, value, path });
    this.jars.set(url.origin, jar);
  }
}

function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, digits: string) => String.fromCodePoint(Number(digits)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** The provider's page's form: where it posts and its hidden fields. */
function readForm(html: string, page: URL): { action: URL; fields: Record<string, string> } {
  const action = /<form[^>]*\saction="([^"]*)"/.exec(html)?.[1];
  if (action === undefined) throw new Error(`no form on ${page.href}: ${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of html.matchAll(/<input[^>]*>/g)) {
    const tag = input[0];
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (name !== undefined && /\stype="hidden"/.test(tag))
      fields[decodeHtml(name)] = decodeHtml(/\svalue="([^"]*)"/.exec(tag)?.[1] ?? "");
  }
  return { action: new URL(decodeHtml(action), page), fields };
}

function locationOf(response: Response, from: URL): URL {
  const location = response.headers.get("location");
  if (location === null) throw new Error(`${response.status} from ${from.href} without a location`);
  return new URL(location, from);
}

/** Who signs in at the provider's login form, or that the person cancels there. */
type AtTheProvider = { login: string } | { cancel: true };

/**
 * Walks the browser through the provider from its authorization URL: the login form, the consent
 * form, until the provider sends it back to `redirectUri`. Answers that URL, not visited.
 */
async function throughProvider(
  browser: Browser,
  authorization: URL,
  person: AtTheProvider,
  redirectUri: string,
) {
  let at = authorization;
  let response = await browser.open(at);
  // A login and a consent take seven requests; the bound stops a loop, it is not a timing.
  for (let step = 0; step < 20; step += 1) {
    if (response.status >= 300 && response.status < 400) {
      const next = locationOf(response, at);
      if (next.href.startsWith(`${redirectUri}?`)) return next;
      at = next;
      response = await browser.open(at);
    } else if (response.status === 200) {
      const html = await response.text();
      const cancel = /<a href="([^"]*\/abort)"/.exec(html)?.[1];
      if ("cancel" in person && cancel !== undefined) {
        at = new URL(decodeHtml(cancel), at);
        response = await browser.open(at);
        continue;
      }
      const { action, fields } = readForm(html, at);
      if (fields.prompt === "login" && "login" in person)
        Object.assign(fields, { login: person.login, password: "any password" });
      at = action;
      response = await browser.open(at, fields);
    } else {
      throw new Error(`the provider answered ${response.status} at ${at.href}: ${await response.text()}`);
    }
  }
  throw new Error(`the provider never sent the browser back to ${redirectUri}`);
}

/** A tianbiao server (embedded store) whose single sign-on goes to an oidc-provider on loopback. */
interface SingleSignOnSetup {
  tianbiao: TestServer;
  issuer: string;
  redirectUri: string;
  people: People;
  /** What tianbiao sent to the provider's token endpoint, in order. */
  tokenRequests: TokenRequest[];
  close(): Promise<void>;
}

interface TokenRequest {
  authorization: string | undefined;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

async function startSingleSignOn(
  people: People,
  provider: { conformIdTokenClaims: boolean },
): Promise<SingleSignOnSetup> {
  // The provider listens first so that its issuer URL is known when tianbiao is built; the provider
  // itself is made once tianbiao listens, as the client's redirect URI names tianbiao's port.
  let handle: RequestListener = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const tokenRequests: TokenRequest[] = [];
  const http = createServer((request, response) => {
    if (request.method === "POST" && request.url === "/token")
      tokenRequests.push({ authorization: request.headers.authorization });
    handle(request, response);
  });
  const issuer = `http://127.0.0.1:${await listen(http)}`;
  const clientSecret = randomBytes(24).toString("hex");
  const oidc: OidcOptions = {
    issuer,
    clientId: "tianbiao",
    clientSecret,
    redirectUri: "",
    claim: "preferred_username",
  };
  // The tests start more sign-ins from one address than the default limit lets through in a minute.
  const tianbiao = await startTestServer("embedded", {
    oidc,
    signInRateLimit: { max: 1000, window: 60_000 },
  });
  // The service reads the redirect URI at the first sign-in, after this.
  oidc.redirectUri = new URL("/api/auth/oidc/callback", tianbiao.url).href;

  const { privateKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  const signingKey = {
    ...privateKey.export({ format: "jwk" }),
    kid: "test-signing",
    alg: "RS256",
    use: "sig",
  };
  const server = new Provider(issuer, {
    clients: [
      {
        client_id: oidc.clientId,
        client_secret: clientSecret,
        token_endpoint_auth_method: "client_secret_basic",
        redirect_uris: [oidc.redirectUri],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    findAccount: (_context, subject) => {
      const claims = people.get(subject);
      return claims === undefined
        ? undefined
        : { accountId: subject, claims: () => ({ ...claims, sub: subject }) };
    },
    claims: { openid: ["sub"], profile: ["preferred_username", "name"] },
    // true is the default and what the standard asks: with an access token, profile claims come
    // from the userinfo endpoint, not in the ID token.
    conformIdTokenClaims: provider.conformIdTokenClaims,
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    jwks: { keys: [signingKey] },
  });
  handle = server.callback();
  return {
    tianbiao,
    issuer,
    redirectUri: oidc.redirectUri,
    people,
    tokenRequests,
    async close() {
      await tianbiao.close();
      await stop(http);
    },
  };
}

/** From tianbiao's login route to the URL the provider sends the browser back to. */
async function toCallback(
  setup: SingleSignOnSetup,
  browser: Browser,
  person: string | AtTheProvider,
  returnTo: string,
) {
  const start = new URL(`/api/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, setup.tianbiao.url);
  const sent = await browser.open(start);
  expect(sent.status, await sent.clone().text()).toBe(302);
  const authorization = locationOf(sent, start);
  expect(authorization.origin).toBe(setup.issuer);
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  const at = typeof person === "string" ? { login: person } : person;
  return throughProvider(browser, authorization, at, setup.redirectUri);
}

/** A whole sign-in as `login`: answers tianbiao's answer to the callback. */
async function signInThrough(setup: SingleSignOnSetup, browser: Browser, login: string, returnTo = "/") {
  return browser.open(await toCallback(setup, browser, login, returnTo));
}

/** GET /api/session's answer: the account when signed in, the error otherwise. */
interface SessionAnswer {
  account: Record<string, unknown>;
  csrfToken?: string;
  error?: { code: string };
}

async function sessionOf(setup: SingleSignOnSetup, browser: Browser) {
  const response = await browser.open(new URL("/api/session", setup.tianbiao.url));
  return { status: response.status, body: (await response.json()) as SessionAnswer };
}

describe("single sign-on through an OpenID provider (claim from userinfo)", () => {
  let setup: SingleSignOnSetup;
  beforeAll(async () => {
    setup = await startSingleSignOn(
      new Map([
        ["zhang.wei", { preferred_username: enterpriseJinshui.creditCode, name: "张伟" }],
        ["li.na", { preferred_username: "jinshui", name: "李娜" }],
        ["wang.fang", { preferred_username: "nobody-here", name: "王芳" }],
        ["sun.li", { preferred_username: "zhengzhou", name: "孙丽" }],
        ["zhou.jie", { preferred_username: "zhengzhou", name: "周杰" }],
        ["zhao.lei", { preferred_username: "erqi", name: "赵磊" }],
        ["qian.hao", { preferred_username: "henan", name: "钱浩" }],
      ]),
      { conformIdTokenClaims: true },
    );
  });
  afterAll(() => setup?.close());

  it("signs the enterprise in by its credit code and returns to the page it came from", async () => {
    const browser = new Browser();
    const answer = await signInThrough(setup, browser, "zhang.wei", "/zhengzhou/");
    expect(answer.status, await answer.clone().text()).toBe(302);
    expect(answer.headers.get("location")).toBe("/zhengzhou/");
    const tianbiao = new URL(setup.tianbiao.url);
    expect(browser.cookiesFor(new URL("/api/session", tianbiao)).map((c) => c.name)).toEqual([
      "tianbiao.sid",
    ]);
    expect(browser.cookiesFor(new URL("/", setup.issuer)).some((c) => c.name === "tianbiao.sid")).toBe(false);
    const session = await sessionOf(setup, browser);
    expect(session.status).toBe(200);
    expect(session.body.account).toMatchObject({
      kind: "enterprise",
      creditCode: enterpriseJinshui.creditCode,
      regionCode: "410105",
      singleSignOn: true,
    });
    expect(typeof session.body.csrfToken).toBe("string");
    // The code was redeemed with client_secret_basic, as the client is registered.
    const redeemed = setup.tokenRequests.at(-1)?.authorization ?? "";
    expect(redeemed.startsWith("Basic ")).toBe(true);
    const [clientId] = Buffer.from(redeemed.slice("Basic ".length), "base64").toString().split(":");
    expect(clientId).toBe("tianbiao");
  });

  it("signs a reviewer in by user name", async () => {
    const browser = new Browser();
    const answer = await signInThrough(setup, browser, "li.na", "/zhengzhou/");
    expect(answer.status, await answer.clone().text()).toBe(302);
    expect(answer.headers.get("location")).toBe("/zhengzhou/");
    const session = await sessionOf(setup, browser);
    expect(session.body.account).toMatchObject({ kind: "reviewer", username: "jinshui", level: "district" });
  });

  it("finds the account by subject on the next sign-in, and refuses another subject with its name", async () => {
    const first = new Browser();
    expect((await signInThrough(setup, first, "sun.li")).status).toBe(302);
    expect((await sessionOf(setup, first)).body.account.username).toBe("zhengzhou");
    // The provider renames the person: the subject bound at the first sign-in still finds the account.
    setup.people.set("sun.li", { preferred_username: "sun.li.renamed", name: "孙丽" });
    const again = new Browser();
    const answer = await signInThrough(setup, again, "sun.li", "/zhengzhou/");
    expect(answer.status, await answer.clone().text()).toBe(302);
    expect((await sessionOf(setup, again)).body.account.username).toBe("zhengzhou");
    // Someone else whose claim names the bound account gets no account.
    const other = new Browser();
    const refused = await signInThrough(setup, other, "zhou.jie");
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("sso_no_account");
    expect((await sessionOf(setup, other)).status).toBe(401);
  });

  it("refuses an identity that names no account, in both languages, without a session", async () => {
    const browser = new Browser();
    const answer = await signInThrough(setup, browser, "wang.fang", "/zhengzhou/");
    expect(answer.status).toBe(403);
    const body = await answer.json();
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe("sso_no_account");
    expect(body.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(body.error.message.en).toMatch(/account/);
    const session = await sessionOf(setup, browser);
    expect(session.status).toBe(401);
    expect(session.body.error?.code).toBe("sign_in_required");
  });

  it("refuses a callback with a wrong state, and the sign-in it interrupted cannot be finished", async () => {
    const browser = new Browser();
    const callback = await toCallback(setup, browser, "li.na", "/zhengzhou/");
    const forged = new URL(callback);
    forged.searchParams.set("state", randomBytes(16).toString("base64url"));
    const answer = await browser.open(forged);
    expect(answer.status).toBe(400);
    const body = await answer.json();
    expect(body.error.code).toBe("sso_failed");
    expect(body.error.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
    expect((await sessionOf(setup, browser)).status).toBe(401);
    // The state kept for that sign-in is spent: the genuine callback is refused too.
    expect((await browser.open(callback)).status).toBe(400);
    expect((await sessionOf(setup, browser)).status).toBe(401);
    // …and so is a callback that no sign-in started.
    const stranger = await new Browser().open(callback);
    expect(stranger.status).toBe(400);
    expect((await stranger.json()).error.code).toBe("sso_failed");
    const admin = await signedInClient(setup.tianbiao.url, "admin");
    const failed = await (await admin.get("/api/audit?action=sign-in.sso-failed")).json();
    expect(failed.total).toBeGreaterThanOrEqual(1);
  });

  it("refuses a sign-in cancelled at the provider", async () => {
    const browser = new Browser();
    const callback = await toCallback(setup, browser, { cancel: true }, "/zhengzhou/");
    expect(callback.searchParams.get("error")).toBe("access_denied");
    const answer = await browser.open(callback);
    expect(answer.status).toBe(400);
    expect((await answer.json()).error.code).toBe("sso_failed");
    expect((await sessionOf(setup, browser)).status).toBe(401);
  });

  it.each([
    ["//evil.example", "/"],
    ["https://evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/zhengzhou/?table=enterprise-2#form", "/zhengzhou/?table=enterprise-2#form"],
    ["/郑州/", "/%E9%83%91%E5%B7%9E/"],
    ["/a\u0000b", "/a%00b"],
  ])("returns to a path on this site: returnTo %j ends on %j", async (returnTo, path) => {
    const browser = new Browser();
    const answer = await signInThrough(setup, browser, "li.na", returnTo);
    expect(answer.status, await answer.clone().text()).toBe(302);
    expect(answer.headers.get("location")).toBe(path);
    expect((await sessionOf(setup, browser)).status).toBe(200);
  });

  it("refuses a disabled account", async () => {
    const admin = await signedInClient(setup.tianbiao.url, "admin");
    const { accounts } = await (await admin.get("/api/accounts")).json();
    const erqi = accounts.find((a: { username: string }) => a.username === "erqi");
    const disabled = await admin.post(`/api/accounts/${erqi.id}/disable`, {});
    expect(disabled.status, await disabled.clone().text()).toBe(200);
    const browser = new Browser();
    const answer = await signInThrough(setup, browser, "zhao.lei");
    expect(answer.status).toBe(403);
    const body = await answer.json();
    expect(body.error.code).toBe("account_disabled");
    expect(body.error.message.zh).toMatch(/停用/);
    expect((await sessionOf(setup, browser)).status).toBe(401);
    const refused = await (await admin.get("/api/audit?action=sign-in.refused-disabled&actor=erqi")).json();
    expect(refused.total).toBe(1);
    expect((await admin.post(`/api/accounts/${erqi.id}/enable`, {})).status).toBe(200);
    const enabled = new Browser();
    expect((await signInThrough(setup, enabled, "zhao.lei")).status).toBe(302);
    expect((await sessionOf(setup, enabled)).body.account.username).toBe("erqi");
  });

  it("leaves an audit entry for each sign-in, with the method and the address", async () => {
    const admin = await signedInClient(setup.tianbiao.url, "admin");
    const audit = async (query: string) => (await admin.get(`/api/audit?${query}`)).json();
    const before = await audit("action=sign-in&limit=1");
    expect((await signInThrough(setup, new Browser(), "qian.hao")).status).toBe(302);
    expect((await signInThrough(setup, new Browser(), "li.na")).status).toBe(302);
    expect((await signInThrough(setup, new Browser(), "wang.fang")).status).toBe(403);
    const after = await audit("action=sign-in&limit=2");
    expect(after.total).toBe(before.total + 2);
    expect(after.items).toEqual([
      expect.objectContaining({ actor: "jinshui", detail: { method: "oidc" }, address: "127.0.0.1" }),
      expect.objectContaining({ actor: "henan", detail: { method: "oidc" }, address: "127.0.0.1" }),
    ]);
    const unknown = await audit("action=sign-in.sso-unknown&limit=1");
    expect(unknown.items[0]).toMatchObject({ actor: "nobody-here", actorId: null, address: "127.0.0.1" });
  });
});

describe("single sign-on through an OpenID provider (claim in the ID token)", () => {
  let setup: SingleSignOnSetup;
  beforeAll(async () => {
    setup = await startSingleSignOn(new Map([["li.na", { preferred_username: "jinshui" }]]), {
      conformIdTokenClaims: false,
    });
  });
  afterAll(() => setup?.close());

  it("signs the reviewer in", async () => {
    const browser = new Browser();
    const answer = await signInThrough(setup, browser, "li.na", "/zhengzhou/");
    expect(answer.status, await answer.clone().text()).toBe(302);
    expect(answer.headers.get("location")).toBe("/zhengzhou/");
    expect((await sessionOf(setup, browser)).body.account.username).toBe("jinshui");
  });
});

describe("single sign-on when the provider cannot be reached", () => {
  let tianbiao: TestServer;
  beforeAll(async () => {
    // A port that was just free: nothing answers there.
    const closed = createServer();
    const port = await listen(closed);
    await stop(closed);
    tianbiao = await startTestServer("embedded", {
      oidc: {
        issuer: `http://127.0.0.1:${port}`,
        clientId: "tianbiao",
        clientSecret: "unused",
        redirectUri: "http://127.0.0.1/api/auth/oidc/callback",
        claim: "preferred_username",
      },
    });
  });
  afterAll(() => tianbiao?.close());

  it("answers 502 with a bilingual message, and no session", async () => {
    const browser = new Browser();
    const answer = await browser.open(new URL("/api/auth/oidc/login?returnTo=/zhengzhou/", tianbiao.url));
    expect(answer.status).toBe(502);
    const body = await answer.json();
    expect(body.error.code).toBe("sso_unavailable");
    expect(body.error.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
    expect(browser.cookiesFor(new URL("/api/session", tianbiao.url))).toEqual([]);
  });
});
