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
    const socket = connect(Number(port), "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.on("error", () => undefined);
    socket.write(
      "POST /api/submissions/enterprise-1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
        'Content-Length: 100\r\n\r\n{"values":',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await portal.close();
    expect(performance.now() - started).toBeLessThan(2000);
    await store.close();
    socket.destroy();
    await rm(dir, { recursive: true, force: true });
  });
});
