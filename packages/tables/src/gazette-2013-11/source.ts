import type { SourceRef, Text } from "@tianbiao/core";

/** The gazette issue every table in this folder was typed from. */
export const gazetteDocument: Text = {
  zh: "中国对外经济贸易文告 2013年第11期（总第808期）",
  en: "China Foreign Trade and Economic Cooperation Gazette, 2013 No. 11 (Series Issue No. 808)",
};

/** The seed file of the gazette issue. */
export const gazetteSeed = "003_6cfbef6d7c8dee8a.txt";

/** A source reference into the gazette issue at one section. */
export function gazetteSource(section: Text): SourceRef {
  return { document: gazetteDocument, seed: gazetteSeed, section };
}
