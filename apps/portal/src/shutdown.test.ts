import { connect } from "node:net";
import { openDatabase } from "@tianbiao/server";
import { describe, expect, it } from "vitest";
import { startPortal } from "./server";

describe("closing the portal", () => {
  it("does not wait for ever on a client that never finishes its request", async () => {
    const store = await openDatabase({ kind: "embedded", dir: null });
    const portal = await startPortal({ port: 0, store, requestTimeoutMs: 2_000 });
    const { port } = new URL(portal.url);
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.on("error", () => undefined);
    const dropped = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(
      "POST /api/submissions/enterprise-1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"values":',
    );
    // The request is under way, its body unfinished: the request timeout ends it, and closing the
    // portal does not wait for the rest of it. A hang here fails the test's hang guard.
    await dropped;
    await portal.close();
    const filings = await store.db
      .selectFrom("filings")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
      .catch(() => ({ n: 0 }));
    expect(Number(filings.n)).toBe(0);
    socket.destroy();
  });
});
