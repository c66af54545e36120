// Chinese has no spaces between words, and a word splitter (Intl.Segmenter) may cut the same words
// differently in a page and in a query. So each run of Han characters is indexed as its single
// characters and every pair of neighbours (overlapping bigrams): 报表目录 → 报 表 目 录 报表 表目 目录.
// A query is cut the same way and every one of its terms must match, so 报表目录 finds the pages
// that hold those four characters in that order's pairs. Latin text splits into lower-cased words.
const han = /[\p{Script=Han}\u3400-\u9fff\uf900-\ufaff]+/u;
const pieces = /[\p{Script=Han}\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}_$]+/gu;

/** The search terms of a text: Latin words lower-cased, Han runs as characters and bigrams. */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const [piece] of text.matchAll(pieces)) {
    if (!han.test(piece)) {
      terms.push(piece.toLowerCase());
      continue;
    }
    const chars = [...piece];
    terms.push(...chars);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(`${chars[i]}${chars[i + 1]}`);
  }
  return terms;
}
