/**
 * A block of cells as Excel and WPS put it on the clipboard: rows separated by newlines (CRLF or LF,
 * usually with one trailing), cells by tabs; a cell holding a tab, a newline or a quote is quoted,
 * with quotes doubled. Without a tab, a block of several lines may be comma-separated (CSV).
 * Returns undefined for a single value (no tab, no newline): that pastes as typed text.
 */
export function parseBlock(text: string): string[][] | undefined {
  let source = text.replace(/\r\n?/g, "\n");
  if (source.endsWith("\n")) source = source.slice(0, -1);
  if (!source.includes("\t") && !source.includes("\n")) return undefined;
  const delimiter = source.includes("\t") ? "\t" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let atCellStart = true;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else if (ch === delimiter) {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else {
      cell += ch;
      atCellStart = false;
    }
  }
  row.push(cell);
  rows.push(row);
  return rows;
}

/** The widest row's length. */
export function blockWidth(block: string[][]): number {
  return block.reduce((width, row) => Math.max(width, row.length), 0);
}
