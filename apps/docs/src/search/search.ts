import reference from "virtual:api-reference";
import { catalogEntry, tableModules } from "@tianbiao/tables";
import MiniSearch from "minisearch";
import { entryHref } from "../pages/reference-page";
import { tokenize } from "./tokenize";

/** One searchable thing: a docs page, a table of the catalogue, or an export in the API reference. */
export interface SearchDocument {
  id: string;
  kind: "page" | "table" | "reference";
  title: string;
  href: string;
  text: string;
}

export interface SearchHit {
  id: string;
  kind: SearchDocument["kind"];
  title: string;
  href: string;
  score: number;
}

/** A page as the index sees it: its title, route and visible text. */
export interface PageText {
  path: string;
  title: string;
  text: string;
}

function tableDocuments(): SearchDocument[] {
  return tableModules.map(({ table }) => ({
    id: `table:${table.id}`,
    kind: "table",
    title: `${table.title.zh} / ${table.title.en}`,
    href: `#/catalogue/${table.id}`,
    text: [
      table.tableNo?.zh,
      table.tableNo?.en,
      table.source.document.zh,
      table.source.document.en,
      ...catalogEntry(table).fields.flatMap((f) => [f.code, f.label.zh, f.label.en]),
    ]
      .filter(Boolean)
      .join(" "),
  }));
}

function referenceDocuments(): SearchDocument[] {
  return reference.entries.map((entry) => ({
    id: `reference:${entry.id}`,
    kind: "reference",
    title: `${entry.name} (${entry.package})`,
    href: entryHref(entry),
    text: [entry.kind, entry.summary, ...entry.members.flatMap((m) => [m.name, m.summary])].join(" "),
  }));
}

/** The documents of the whole site: the pages given, every catalogue table and every reference entry. */
export function searchDocuments(pages: readonly PageText[]): SearchDocument[] {
  return [
    ...pages.map(
      (page): SearchDocument => ({
        id: `page:${page.path}`,
        kind: "page",
        title: page.title,
        href: `#/${page.path}`,
        text: page.text,
      }),
    ),
    ...tableDocuments(),
    ...referenceDocuments(),
  ];
}

/** A MiniSearch index of the documents, with the CJK-aware tokenizer for both indexing and queries. */
export function createSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "text"],
    storeFields: ["kind", "title", "href"],
    tokenize,
    processTerm: (term) => term.toLowerCase(),
    searchOptions: {
      tokenize,
      boost: { title: 3 },
      combineWith: "AND",
      // Latin words also match by prefix (valid → validate); a Han term is a whole character or bigram.
      prefix: (term) => /^[a-z0-9_$]{3,}$/.test(term),
    },
  });
  index.addAll(documents);
  return index;
}

/** The best hits for a query, best first. */
export function search(index: MiniSearch<SearchDocument>, query: string, limit = 30): SearchHit[] {
  return index
    .search(query)
    .slice(0, limit)
    .map((hit) => ({
      id: String(hit.id),
      kind: hit.kind,
      title: hit.title,
      href: hit.href,
      score: hit.score,
    }));
}
