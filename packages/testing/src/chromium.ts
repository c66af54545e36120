import { existsSync } from "node:fs";

/** Flags Debian Chromium needs to run headless as root in a closed network without flooding it. */
export const chromiumArgs: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium binary the tests drive: CHROMIUM_PATH, else the Debian package's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: install the Debian package "chromium" (bash .ci/bootstrap.sh --browser) or set CHROMIUM_PATH`,
    );
  }
  return path;
}

/** Launch options for playwright-core's chromium.launch(). */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
  return { executablePath: chromiumPath(env), args: [...chromiumArgs], headless: true };
}
