import type MiniSearch from "minisearch";
import { useEffect, useState } from "react";
import { pageTexts, type SitePage } from "../search/page-texts";
import {
  createSearchIndex,
  type SearchDocument,
  type SearchHit,
  search,
  searchDocuments,
} from "../search/search";

let built: Promise<MiniSearch<SearchDocument>> | undefined;

/** The site's index, built once on the first search. */
export function siteIndex(pages: readonly SitePage[]): Promise<MiniSearch<SearchDocument>> {
  built ??= pageTexts(pages).then((texts) => createSearchIndex(searchDocuments(texts)));
  return built;
}

const kindLabels: Record<SearchHit["kind"], string> = {
  page: "page 页面",
  table: "table 报表",
  reference: "API 接口",
};

/** Results for the query in the route (`#/search/报表`), over the pages, the catalogue and the API reference. */
export function SearchPage({ query, pages }: { query: string; pages: readonly SitePage[] }) {
  const [hits, setHits] = useState<SearchHit[] | undefined>();
  useEffect(() => {
    let live = true;
    setHits(undefined);
    siteIndex(pages).then((index) => live && setHits(query.trim() ? search(index, query) : []));
    return () => {
      live = false;
    };
  }, [query, pages]);
  return (
    <article aria-busy={hits === undefined}>
      <h1>Search 搜索{query ? `: ${query}` : ""}</h1>
      {hits === undefined ? (
        <p>Searching… 正在搜索…</p>
      ) : hits.length === 0 ? (
        <p>Nothing found. 没有找到结果。</p>
      ) : (
        <>
          <p role="status">{hits.length} results 条结果</p>
          <ol aria-label="Search results 搜索结果">
            {hits.map((hit) => (
              <li key={hit.id}>
                <a href={hit.href}>{hit.title}</a> <small>{kindLabels[hit.kind]}</small>
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
