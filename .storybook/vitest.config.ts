import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "../packages/testing/src/chromium";

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every story runs as a test in headless Debian Chromium, with its play function and an axe check.
export default defineConfig({
  plugins: [storybookTest({ configDir: dirname })],
  test: {
    name: "storybook",
    // Hang guards, not speed tests: vitest's browser defaults (15 s a test, 30 s a hook, 60 s for Chromium
    // to connect) are budgets a loaded two-core machine can miss (a story once took 16.3 s there).
    // How fast things render is measured by `pnpm bench`.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: chromiumLaunchOptions() }),
      instances: [{ browser: "chromium" }],
      connectTimeout: 300_000,
    },
  },
});
