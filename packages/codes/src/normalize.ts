const fullWidthAscii = /[\uFF01-\uFF5E]/g;
// The hyphens filers type between code groups: ASCII, hyphen, non-breaking hyphen, en and em dash
// (the full-width hyphen is already ASCII after normalizeText).
const spacesAndHyphens = /[\s\-\u2010\u2011\u2013\u2014]/gu;

/** Full-width ASCII (U+FF01–FF5E) to half-width, ideographic space to space, then trim. */
export function normalizeText(s: string): string {
  return s
    .replace(fullWidthAscii, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .trim();
}

/** normalizeText, then drop spaces and hyphens and upper-case the letters a–z. */
export function normalizeCode(s: string): string {
  // ASCII only: a full toUpperCase() would turn ı into I and ſ into S and let them pass as code letters.
  return normalizeText(s)
    .replace(spacesAndHyphens, "")
    .replace(/[a-z]/g, (ch) => ch.toUpperCase());
}
