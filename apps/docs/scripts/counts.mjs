// Prints what the docs hold, counted from the code and the builds: the docs app's pages, the API
// reference's entries per package, and the Storybook build's docs entries (autodocs and MDX pages).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "vite";

const server = await createServer({
  configFile: new URL("../vite.config.ts", import.meta.url).pathname,
  root: new URL("..", import.meta.url).pathname,
  server: { middlewareMode: true, hmr: false },
  appType: "custom",
  logLevel: "error",
});
try {
  const { pages } = await server.ssrLoadModule("/src/app.tsx");
  const { tableModules } = await server.ssrLoadModule("@tianbiao/tables");
  const { default: reference } = await server.ssrLoadModule("virtual:api-reference");
  console.log(`docs pages: ${pages.length} (${pages.map((p) => p.title).join("; ")})`);
  console.log(`catalogue table pages: ${tableModules.length}`);
  for (const name of reference.packages)
    console.log(
      `API reference ${name}: ${reference.entries.filter((e) => e.package === name).length} entries`,
    );
  console.log(`API reference: ${reference.entries.length} entries in ${reference.packages.length} packages`);
} finally {
  await server.close();
}

const storybookIndex = new URL("../../../storybook-static/index.json", import.meta.url).pathname;
if (existsSync(storybookIndex)) {
  const entries = Object.values(JSON.parse(readFileSync(storybookIndex, "utf8")).entries);
  const docs = entries.filter((e) => e.type === "docs");
  // MDX pages inherit the project's autodocs tag too; their own tags say they are MDX.
  const mdx = docs.filter((e) => e.tags?.includes("attached-mdx") || e.tags?.includes("unattached-mdx"));
  console.log(`Storybook stories: ${entries.filter((e) => e.type === "story").length}`);
  console.log(`Storybook autodocs pages: ${docs.length - mdx.length}`);
  console.log(`Storybook MDX pages: ${mdx.length} (${mdx.map((e) => e.title).join("; ")})`);
} else {
  console.log("Storybook: not built here (pnpm build-storybook), so no docs entries to count");
}
