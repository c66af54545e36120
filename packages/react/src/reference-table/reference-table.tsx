import type { LangMode, ReferenceTable as ReferenceTableModel } from "@tianbiao/core";
import { createLightI18n } from "@tianbiao/i18n";
import type { i18n as I18n } from "i18next";
import { useDeferredValue, useId, useMemo, useState } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { bilingualTranslator, plain } from "../field/use-ui";
import { identityItems, OfficialHeaderView } from "../official-header/official-header";

export interface ReferenceTableProps {
  table: ReferenceTableModel;
  lang: LangMode;
  /**
   * A host's own i18next instance (from @tianbiao/i18n createI18n), for its plugins, events or
   * strings. When absent the table uses createLightI18n: the same strings without i18next.
   */
  i18n?: I18n;
  /** Heading level of the title, so the table fits the page it is embedded in. */
  headingLevel?: 1 | 2 | 3;
  /** Search text to start with (a link to a filtered view). */
  initialQuery?: string;
}

type Row = ReferenceTableModel["rows"][number];

interface ShownRow {
  row: Row;
  /** False for a heading shown only because a row under it matches. */
  match: boolean;
}

/**
 * A read-only reference table (a classification, a catalogue): the official header, a search box
 * that matches Chinese or English ignoring case and full-width/half-width forms, the number of
 * matching rows announced politely, nested levels indented.
 */
export function ReferenceTable({
  table,
  lang,
  i18n: hostI18n,
  headingLevel = 1,
  initialQuery = "",
}: ReferenceTableProps) {
  const i18n = useMemo(
    () => hostI18n ?? createLightI18n({ lang: lang === "en" ? "en" : "zh" }),
    [hostI18n, lang],
  );
  const ui = useMemo(() => bilingualTranslator(i18n), [i18n]);
  const baseId = `tb${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  const [query, setQuery] = useState(initialQuery);
  // Typing stays responsive on long tables: filtering renders at a lower priority than the input.
  const deferredQuery = useDeferredValue(query);
  const haystacks = useMemo(() => table.rows.map(searchText), [table.rows]);
  const shown = useMemo(
    () => filterRows(table.rows, haystacks, deferredQuery),
    [table.rows, haystacks, deferredQuery],
  );
  const matches = shown.filter((item) => item.match).length;
  const searching = normalize(deferredQuery) !== "";
  const status = !searching
    ? ui("ui.reference.total", { count: table.rows.length })
    : matches === 0
      ? ui("ui.reference.noResults")
      : ui("ui.reference.results", { count: matches });
  const SubHeading = `h${headingLevel + 1}` as "h2" | "h3" | "h4";
  const { document, section } = table.source;
  const identity = [
    ...identityItems(table, ui),
    {
      key: "ui.reference.source",
      value: section ? { zh: `${document.zh} ${section.zh}`, en: `${document.en}, ${section.en}` } : document,
    },
  ];
  const titleId = `${baseId}-title`;
  const firstColumn = table.columns[0]?.id;

  // A section named by the title: several tables on one page stay distinct, and the header inside it is
  // not a page banner.
  return (
    <section
      className="tb-root tb-reference"
      lang={lang === "en" ? "en" : "zh-CN"}
      data-lang={lang}
      data-table={table.id}
      aria-labelledby={titleId}
    >
      <OfficialHeaderView
        title={table.title}
        items={identity}
        lang={lang}
        ui={ui}
        headingLevel={headingLevel as 1 | 2 | 3}
        titleId={titleId}
      />
      <search className="tb-reference-search" aria-labelledby={`${baseId}-search-label ${titleId}`}>
        <label id={`${baseId}-search-label`} htmlFor={`${baseId}-search`} className="tb-label">
          <BilingualText text={ui("ui.reference.searchLabel")} lang={lang} />
        </label>
        <input
          id={`${baseId}-search`}
          type="search"
          className="tb-input"
          autoComplete="off"
          placeholder={plain(ui("ui.reference.search"), lang)}
          aria-controls={`${baseId}-table`}
          aria-describedby={`${baseId}-status`}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${baseId}-status`} className="tb-reference-status" role="status">
          <BilingualText text={status} lang={lang} />
        </p>
      </search>
      <div className="tb-reference-scroll">
        <table id={`${baseId}-table`} className="tb-reference-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.id} scope="col" data-column={column.id}>
                  <BilingualText text={column.label} lang={lang} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, match }) => (
              <tr
                key={row.id}
                data-row={row.id}
                data-level={row.level ?? 0}
                className={match ? "tb-reference-row" : "tb-reference-row tb-reference-context"}
              >
                {table.columns.map((column) => {
                  const cell = row.cells[column.id];
                  return (
                    <td
                      key={column.id}
                      className={column.id === firstColumn ? "tb-reference-name" : undefined}
                      data-column={column.id}
                    >
                      {cell ? <BilingualText text={cell} lang={lang} /> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes && table.notes.length > 0 ? (
        <div className="tb-reference-notes">
          <SubHeading>
            <BilingualText text={ui("ui.reference.notes")} lang={lang} />
          </SubHeading>
          <ol>
            {table.notes.map((note) => (
              <li key={note.zh}>
                <BilingualText text={note} lang={lang} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {table.discrepancies && table.discrepancies.length > 0 ? (
        <details className="tb-reference-discrepancies">
          <summary>
            <BilingualText text={ui("ui.reference.discrepancies")} lang={lang} />
          </summary>
          <ul>
            {table.discrepancies.map((item) => (
              <li key={item.zh}>
                <BilingualText text={item} lang={lang} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/**
 * Folds text for matching: NFKC turns full-width letters, digits and punctuation into their
 * half-width forms (and the ideographic space into a space), then case and runs of blanks are ignored.
 */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

function searchText(row: Row): string {
  return normalize(
    Object.values(row.cells)
      .map((cell) => `${cell.zh}\n${cell.en}`)
      .join("\n"),
  );
}

/**
 * The rows matching every word of the query, each with the headings above it (lower levels before
 * it) so a match is read in its place in the hierarchy.
 */
export function filterRows(rows: Row[], haystacks: string[], query: string): ShownRow[] {
  const terms = normalize(query).split(" ").filter(Boolean);
  if (terms.length === 0) return rows.map((row) => ({ row, match: true }));
  const keep = new Map<number, boolean>();
  // The nearest row above at each level: the chain of headings of the current row.
  const parents: number[] = [];
  rows.forEach((row, index) => {
    const level = row.level ?? 0;
    parents.length = Math.min(parents.length, level);
    const haystack = haystacks[index] ?? "";
    if (terms.every((term) => haystack.includes(term))) {
      for (const parent of parents) if (parent !== undefined && !keep.has(parent)) keep.set(parent, false);
      keep.set(index, true);
    }
    parents[level] = index;
  });
  return rows.flatMap((row, index) => {
    const match = keep.get(index);
    return match === undefined ? [] : [{ row, match }];
  });
}
