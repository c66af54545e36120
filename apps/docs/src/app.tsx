import { type FormEvent, useEffect, useId, useState } from "react";
import { ApiPage } from "./pages/api-page";
import { CataloguePage } from "./pages/catalogue-page";
import { EventsPage } from "./pages/events-page";
import { ExamplesPage } from "./pages/examples-page";
import { GettingStartedPage } from "./pages/getting-started-page";
import { ReferencePage } from "./pages/reference-page";
import { SearchPage } from "./pages/search-page";
import type { SitePage } from "./search/page-texts";

/** The pages of the site, in the order of the navigation; the search indexes each of them. */
export const pages: readonly SitePage[] = [
  { path: "", title: "Getting started 快速上手", Page: GettingStartedPage },
  { path: "theming-and-events", title: "Theming and events 主题与事件", Page: EventsPage },
  { path: "catalogue", title: "Table catalogue 报表目录", Page: CataloguePage },
  { path: "examples", title: "Live examples 在线示例", Page: ExamplesPage },
  { path: "reference", title: "API reference 接口参考", Page: ReferencePage },
  { path: "api", title: "Reporting API 报送接口", Page: ApiPage },
];

function currentPath(): string {
  return window.location.hash.replace(/^#\/?/, "");
}

function SearchForm({ query }: { query: string }) {
  const id = useId();
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = `#/search/${encodeURIComponent(text.trim())}`;
  };
  return (
    <search className="docs-search">
      <form onSubmit={onSubmit}>
        <label htmlFor={id}>Search 搜索</label>{" "}
        <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} />{" "}
        <button type="submit">Go 搜索</button>
      </form>
    </search>
  );
}

/** The docs: a hash-routed site so it can be served from any static folder. */
export function App() {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onHash = () => setPath(currentPath());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const [section, ...rest] = path.split("/");
  const detail = rest.length > 0 ? rest.join("/") : undefined;
  const searching = section === "search";
  const query = searching ? decodeURIComponent(detail ?? "") : "";
  const page = pages.find((p) => p.path === section) ?? pages[0];
  return (
    <div className="docs tianbiao" data-tianbiao-theme="national">
      <header className="docs-header">
        <p className="docs-brand">
          <a href="#/">tianbiao 填表</a>
        </p>
        <nav aria-label="Documentation">
          <ul>
            {pages.map((p) => (
              <li key={p.path}>
                <a href={`#/${p.path}`} aria-current={!searching && p === page ? "page" : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
            <li>
              <a href="storybook/index.html">Storybook</a>
            </li>
          </ul>
        </nav>
        <SearchForm query={query} />
      </header>
      <main className="docs-main">
        {searching ? <SearchPage query={query} pages={pages} /> : page ? <page.Page detail={detail} /> : null}
      </main>
    </div>
  );
}
