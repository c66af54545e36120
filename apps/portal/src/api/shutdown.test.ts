import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startPortal } from "../server";
import { SqliteStore } from "./sqlite-store";

describe("closing the portal", () => {
  it("does not wait for ever on a client that never finishes its request", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tianbiao-shutdown-"));
    const store = await SqliteStore.open(join(dir, "tianbiao.sqlite"));
    const portal = await startPortal({ port: 0, store, closeTimeoutMs: 200 });
    const { port } = new URL(portal.url);
    const received = new Promise<void>((resolve) => portal.server.once("request", () => resolve()));
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.on("error", () => undefined);
    const dropped = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write(
      "POST /api/submissions/enterprise-1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"values":',
    );
    // The request is under way, its body unfinished: closing must not wait for the rest of it. Without
    // the close timeout this would never end, and the test's hang guard would fail it.
    await received;
    await portal.close();
    // The server hung up on the client, and kept nothing of the half-sent filing.
    await dropped;
    expect((await store.list({ limit: 10, offset: 0 })).total).toBe(0);
    await store.close();
    socket.destroy();
    await rm(dir, { recursive: true, force: true });
  });
});
