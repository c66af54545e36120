import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInPolicy } from "./accounts";
import { buildServer } from "./app";
import { demoPassword } from "./demo";
import { chinese, contractFiling, expectErrorBody, storeKinds } from "./security.test-helper";
import {
  Client,
  enterpriseJinshui,
  signedInClient,
  startTestServer,
  type TestServer,
} from "./test-server.test-helper";

// Sessions: sign-in slowed and locked, disabled accounts, idle and absolute expiry, sign-out, CSRF
// and origin checks, a new session id at sign-in, and the cookie's attributes. Time moves by the
// server's clock (the `now` option), never by waiting.

const idleMinutes = 30;
const absoluteHours = 8;
const minute = 60_000;

describe.each(storeKinds)("sessions on the %s store", (kind) => {
  let server: TestServer;
  /** How far the server's clock is ahead of the wall clock. */
  let ahead = 0;
  const advance = (ms: number) => {
    ahead += ms;
  };

  beforeAll(async () => {
    server = await startTestServer(kind, {
      now: () => new Date(Date.now() + ahead),
      idleMinutes,
      absoluteHours,
      signInRateLimit: { max: 10_000, window: minute },
    });
  });
  afterAll(() => server?.close());

  /** A reviewer account of this test's own, so one test's failures do not lock another's account. */
  async function reviewer(username: string): Promise<string> {
    const account = await server.server.accounts.create({
      kind: "reviewer",
      username,
      name: "测试区商务局",
      level: "district",
      regionCode: "410102",
      password: demoPassword,
    });
    return account.id;
  }

  const signIn = (username: string, password: string) =>
    new Client(server.url).post("/api/session", { username, password });

  // Signed in when needed: the clock moves hours in some tests, and a kept session would expire.
  const administrator = () => signedInClient(server.url, "admin");

  async function refused(response: Response, status: number, code: string) {
    expect(response.status).toBe(status);
    const body = await response.json();
    expectErrorBody(body, code);
    return body.error.message as { zh: string; en: string };
  }

  it("slows repeated failed sign-ins, then locks the account, with messages in both languages", async () => {
    await reviewer("lockout-target");
    const wrong = () => signIn("lockout-target", "not-the-password");
    for (let i = 1; i <= signInPolicy.slowAfter; i += 1) await refused(await wrong(), 401, "bad_credentials");

    // Three failures: the next try, right or wrong, waits 5 s.
    const slowed = await wrong();
    expect(slowed.headers.get("retry-after")).toBe("5");
    const message = await refused(slowed, 429, "sign_in_slowed");
    expect(message.zh).toContain("5 秒");
    expect(message.en).toContain("5 seconds");
    await refused(await signIn("lockout-target", demoPassword), 429, "sign_in_slowed");

    // Each further failure doubles the wait: 10 s, then 20 s.
    advance(6_000);
    await refused(await wrong(), 401, "bad_credentials");
    const longer = await wrong();
    expect(longer.headers.get("retry-after")).toBe("10");
    await refused(longer, 429, "sign_in_slowed");
    advance(11_000);
    await refused(await wrong(), 401, "bad_credentials");
    advance(21_000);

    // The sixth failure locks the account for 15 minutes.
    const locked = await wrong();
    expect(locked.headers.get("retry-after")).toBe(String(signInPolicy.lockMinutes * 60));
    const lockMessage = await refused(locked, 429, "account_locked");
    expect(lockMessage.zh).toMatch(chinese);
    expect(lockMessage.zh).toContain("锁定");
    expect(lockMessage.en).toContain("locked until");
    advance(10 * minute);
    await refused(await signIn("lockout-target", demoPassword), 429, "account_locked");
    const listed = (await (await (await administrator()).get("/api/accounts")).json()) as {
      accounts: Array<{ username: string; locked: boolean }>;
    };
    expect(listed.accounts.find((a) => a.username === "lockout-target")?.locked).toBe(true);

    advance(6 * minute);
    expect((await signIn("lockout-target", demoPassword)).status).toBe(200);
    // A success clears the count: one more failure is only a failure.
    await refused(await wrong(), 401, "bad_credentials");
  });

  it("ends a disabled account's sessions and refuses its sign-in", async () => {
    const id = await reviewer("disable-target");
    const client = await signedInClient(server.url, "disable-target");
    const kept = client.sessionCookie;
    expect((await client.get("/api/session")).status).toBe(200);

    const admin = await administrator();
    expect((await admin.post(`/api/accounts/${id}/disable`, {})).status).toBe(200);
    await refused(await client.get("/api/session"), 401, "session_expired");
    const message = await refused(await signIn("disable-target", demoPassword), 403, "account_disabled");
    expect(message.zh).toMatch(chinese);

    // Enabled again, it may sign in anew; the old session stays ended.
    expect((await admin.post(`/api/accounts/${id}/enable`, {})).status).toBe(200);
    const old = new Client(server.url);
    old.setSessionCookie(kept);
    expect((await old.get("/api/session")).status).toBe(401);
    expect((await signIn("disable-target", demoPassword)).status).toBe(200);
  });

  it("sees an account disabled or a session ended directly in the database on the next request", async () => {
    // The embedded store keeps signed-in sessions in memory; a write that did not go through the
    // routes must still end them.
    const { db } = server.store;
    const id = await reviewer("disabled-in-database");
    const client = await signedInClient(server.url, "disabled-in-database");
    expect((await client.get("/api/session")).status).toBe(200);
    expect((await client.get("/api/session")).status).toBe(200);
    await db.updateTable("accounts").set({ disabled: true }).where("id", "=", id).execute();
    await refused(await client.get("/api/session"), 401, "session_expired");
    await db.updateTable("accounts").set({ disabled: false }).where("id", "=", id).execute();

    const again = await signedInClient(server.url, "disabled-in-database");
    expect((await again.get("/api/session")).status).toBe(200);
    expect((await again.get("/api/session")).status).toBe(200);
    await db.deleteFrom("sessions").where(sql<boolean>`data->>'accountId' = ${id}`).execute();
    expect((await again.get("/api/session")).status).toBe(401);
  });

  it("lets a disabled account's browser sign out", async () => {
    const id = await reviewer("disabled-sign-out");
    const client = await signedInClient(server.url, "disabled-sign-out");
    expect((await (await administrator()).post(`/api/accounts/${id}/disable`, {})).status).toBe(200);
    const out = await client.request("DELETE", "/api/session");
    expect(out.status).toBe(204);
  });

  it("ends a session after the idle time, and keeps one that is used", async () => {
    const client = await signedInClient(server.url, "jinshui");
    for (let i = 0; i < 4; i += 1) {
      advance((idleMinutes - 5) * minute);
      expect((await client.get("/api/session")).status, `after ${(i + 1) * 25} minutes`).toBe(200);
    }
    advance((idleMinutes + 1) * minute);
    const expired = await client.get("/api/session");
    expect(expired.status).toBe(401);
    expectErrorBody(await expired.json());
  });

  it("ends a session at the absolute limit, however much it is used", async () => {
    const client = await signedInClient(server.url, "zhengzhou");
    const step = (idleMinutes - 5) * minute;
    const steps = Math.floor((absoluteHours * 60 * minute) / step);
    for (let i = 1; i <= steps; i += 1) {
      advance(step);
      expect((await client.get("/api/session")).status, `after ${(i * step) / minute} minutes`).toBe(200);
    }
    advance(step);
    await refused(await client.get("/api/session"), 401, "session_expired");
    // …and the session is gone, not only refused once.
    await refused(await client.get("/api/session"), 401, "sign_in_required");
  });

  it("ends the session at sign-out", async () => {
    const client = await signedInClient(server.url, "henan");
    const kept = client.sessionCookie;
    const out = await client.request("DELETE", "/api/session");
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join("\n")).toMatch(/tianbiao\.sid=;/);
    const replayed = new Client(server.url);
    replayed.setSessionCookie(kept);
    await refused(await replayed.get("/api/session"), 401, "sign_in_required");
    await refused(await replayed.post("/api/submissions/x/comments", { body: "x" }), 401, "sign_in_required");
  });

  describe("cookie-authenticated writes", () => {
    let enterprise: Client;
    let contract = 0;
    const filing = () => ({
      values: contractFiling(enterpriseJinshui.creditCode, `SESSION-${++contract}`),
    });

    beforeAll(async () => {
      enterprise = await signedInClient(server.url, enterpriseJinshui.creditCode);
    });

    it("need the session's CSRF token", async () => {
      const token = enterprise.csrf;
      enterprise.csrf = undefined;
      try {
        await refused(await enterprise.post("/api/submissions/enterprise-2", filing()), 403, "csrf_invalid");
        await refused(await enterprise.request("DELETE", "/api/session"), 403, "csrf_invalid");
      } finally {
        enterprise.csrf = token;
      }
      const forged = await enterprise.post("/api/submissions/enterprise-2", filing(), {
        "x-csrf-token": "a-token-from-somewhere-else",
      });
      await refused(forged, 403, "csrf_invalid");
      // Another session's token is no good either.
      const other = await signedInClient(server.url, "jinshui");
      const crossed = await enterprise.post("/api/submissions/enterprise-2", filing(), {
        "x-csrf-token": other.csrf ?? "",
      });
      await refused(crossed, 403, "csrf_invalid");
      expect((await enterprise.post("/api/submissions/enterprise-2", filing())).status).toBe(201);
    });

    it("are refused from a foreign Origin, even with the token", async () => {
      const foreign = { origin: "https://forms.example.net" };
      const message = await refused(
        await enterprise.post("/api/submissions/enterprise-2", filing(), foreign),
        403,
        "origin_refused",
      );
      expect(message.zh).toMatch(chinese);
      // Signing in from another site is refused too: no one is signed in to a session they did not start.
      await refused(
        await new Client(server.url).post(
          "/api/session",
          { username: "jinshui", password: demoPassword },
          foreign,
        ),
        403,
        "origin_refused",
      );
      const same = await enterprise.post("/api/submissions/enterprise-2", filing(), {
        origin: new URL(server.url).origin,
      });
      expect(same.status).toBe(201);
    });
  });

  it("gives a new session id at sign-in, and the one before it stops working", async () => {
    const attacker = await signedInClient(server.url, "erqi");
    const planted = attacker.sessionCookie;
    const victim = new Client(server.url);
    victim.setSessionCookie(planted);
    // A live session's writes need its token, so the attacker hands over that too.
    victim.csrf = attacker.csrf;
    await victim.signIn("jinshui");
    expect(victim.sessionCookie).toBeDefined();
    expect(victim.sessionCookie).not.toBe(planted);
    expect(
      (
        (await (await victim.get("/api/session")).json()) as {
          account: { username: string };
        }
      ).account.username,
    ).toBe("jinshui");
    // The attacker's copy is neither the victim's session nor its own any more.
    await refused(await attacker.get("/api/session"), 401, "sign_in_required");

    const forged = new Client(server.url);
    forged.setSessionCookie("tianbiao.sid=chosen-by-the-attacker.c2lnbmF0dXJl");
    await refused(await forged.get("/api/session"), 401, "sign_in_required");
    await forged.signIn("jinshui");
    expect(forged.sessionCookie).not.toContain("chosen-by-the-attacker");
  });

  it("sets the session cookie HttpOnly, SameSite=Lax, on Path=/api", async () => {
    const response = await signIn("mofcom", demoPassword);
    expect(response.status).toBe(200);
    const [cookie, ...others] = response.headers.getSetCookie().filter((c) => c.startsWith("tianbiao.sid="));
    expect(others).toEqual([]);
    const attributes = (cookie ?? "").split(/;\s*/).slice(1);
    expect(attributes).toContain("HttpOnly");
    expect(attributes).toContain("SameSite=Lax");
    expect(attributes).toContain("Path=/api");
    expect(attributes.some((a) => /^Domain=/i.test(a))).toBe(false);
  });

  it("sets it Secure too by default, and sends none over plain HTTP", async () => {
    // A second server on the same store, with the defaults a deployment gets behind a TLS proxy.
    const defaults = await buildServer({
      store: { ...server.store, close: async () => undefined },
      trustProxy: true,
    });
    try {
      const request = (headers: Record<string, string>) =>
        defaults.app.inject({
          method: "POST",
          url: "/api/session",
          headers: { "content-type": "application/json", ...headers },
          payload: JSON.stringify({
            username: "mofcom",
            password: demoPassword,
          }),
        });
      const secure = await request({ "x-forwarded-proto": "https" });
      expect(secure.statusCode).toBe(200);
      const cookie = String(secure.headers["set-cookie"] ?? "");
      expect(cookie.split(/;\s*/)).toEqual(
        expect.arrayContaining(["Secure", "HttpOnly", "SameSite=Lax", "Path=/api"]),
      );
      const plain = await request({});
      expect(plain.statusCode).toBe(200);
      expect(plain.headers["set-cookie"]).toBeUndefined();
    } finally {
      await defaults.close();
    }
  });
});
