import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The source documents, beside the repository as ../shared/seeds. */
export const seedsDir = join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/seeds");

/** Whitespace removed: the seeds are PDF text with lines broken mid-phrase. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

let cache: Map<string, string> | undefined;

/** Every seed's text, squeezed, by file name. */
export function seedTexts(): Map<string, string> {
  if (!cache) {
    cache = new Map(
      readdirSync(seedsDir)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => [f, squeeze(readFileSync(join(seedsDir, f), "utf8"))]),
    );
  }
  return cache;
}
