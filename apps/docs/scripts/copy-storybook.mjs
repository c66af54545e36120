// Serves the built Storybook under the docs at /storybook/ when it has been built.
import { cpSync, existsSync } from "node:fs";

const from = new URL("../../../storybook-static/", import.meta.url).pathname;
const to = new URL("../dist/storybook/", import.meta.url).pathname;
if (existsSync(from)) {
  cpSync(from, to, { recursive: true });
  console.log("docs: Storybook copied to dist/storybook/");
} else {
  console.log("docs: no built Storybook yet (pnpm build-storybook); the docs link to it once built");
}
