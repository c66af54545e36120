import pg from "pg";
import type { WriteWatch } from "./write-watch";

/** The channel migration 0002's triggers notify. */
const channel = "tianbiao_writes";
const reconnectMs = 1_000;

/**
 * Listens on PostgreSQL for writes to accounts and sessions made by any server process (migration
 * 0002 notifies them at commit) and tells `watch`. While the listening connection is down the watch
 * is not live, so nothing is answered from memory; once it is back, everything kept before is dropped,
 * since notifications sent meanwhile are lost. Answers a function that stops listening.
 */
export async function listenForWrites(url: string, watch: WriteWatch): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (from: pg.Client) => {
    if (client !== undefined && client !== from) return;
    watch.live = false;
    watch.bump();
    client = undefined;
    from.removeAllListeners("notification");
    from.end().catch(() => undefined);
    if (stopped || retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, reconnectMs);
    retry.unref();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on("notification", (message) => {
      if (message.channel !== channel) return;
      const payload = message.payload ?? "";
      if (payload.startsWith("sessions:")) watch.sessionWritten(payload.slice("sessions:".length));
      else watch.bump();
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch {
      lost(next);
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    watch.bump();
    watch.live = true;
  };

  watch.live = false;
  await connect();
  return async () => {
    stopped = true;
    if (retry !== undefined) clearTimeout(retry);
    const last = client;
    client = undefined;
    watch.live = false;
    if (last !== undefined) {
      last.removeAllListeners();
      last.on("error", () => undefined);
      await last.end().catch(() => undefined);
    }
  };
}
