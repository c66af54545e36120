// The reporting service in a process of its own for the API bench, so the load generator's CPU is not
// the server's. Takes the store as JSON in argv[2] ({ kind: "embedded", dir } or { kind: "postgres",
// url }), listens on a free loopback port, prints { url } as one JSON line, and closes on SIGTERM.
import { buildServer, openDatabase } from "@tianbiao/server";

const config = JSON.parse(process.argv[2] ?? "");
const store = await openDatabase(config);
const server = await buildServer({
  store,
  secureCookies: false,
  // The filing limit is policy (120 a minute per account by default); the bench measures the store.
  filingRateLimit: { max: 1_000_000_000, window: 60_000 },
});
const url = await server.app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ url })}\n`);

let closing = false;
process.on("SIGTERM", () => {
  if (closing) return;
  closing = true;
  // Exit through process.exit so a --cpu-prof profile is written.
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
