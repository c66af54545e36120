// Run after `storybook build`: the built Storybook must hold a docs page for every component's
// stories (autodocs) and the MDX guides; prints what it holds. Exits 1 when any is missing.
import { readFileSync } from "node:fs";

const guides = ["Table model", "Embedding", "Theming", "Languages", "Validation messages", "Component props"];

const index = JSON.parse(readFileSync(new URL("../storybook-static/index.json", import.meta.url), "utf8"));
const entries = Object.values(index.entries);
const stories = entries.filter((e) => e.type === "story");
const docs = entries.filter((e) => e.type === "docs");
const isMdx = (e) => e.tags?.includes("attached-mdx") || e.tags?.includes("unattached-mdx");
const mdx = docs.filter(isMdx);
const autodocs = docs.filter((e) => !isMdx(e) && e.tags?.includes("autodocs"));

const problems = [];
for (const title of new Set(stories.map((s) => s.title)))
  if (!autodocs.some((d) => d.title === title)) problems.push(`no autodocs page for ${title}`);
for (const guide of guides)
  if (!mdx.some((d) => d.title.startsWith(`Guides/${guide}`))) problems.push(`no MDX guide "${guide}"`);

console.log(
  `storybook: ${stories.length} stories, ${docs.length} docs pages (${autodocs.length} autodocs, ${mdx.length} MDX)`,
);
for (const d of mdx) console.log(`  MDX: ${d.title}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`storybook docs: ${problem}`);
  process.exit(1);
}
