import { useEffect, useState } from "react";
import { ApiPage } from "./pages/api-page";
import { CataloguePage } from "./pages/catalogue-page";
import { EventsPage } from "./pages/events-page";
import { ExamplesPage } from "./pages/examples-page";
import { GettingStartedPage } from "./pages/getting-started-page";

const pages = [
  { path: "", title: "Getting started 快速上手", Page: GettingStartedPage },
  { path: "theming-and-events", title: "Theming and events 主题与事件", Page: EventsPage },
  { path: "catalogue", title: "Table catalogue 报表目录", Page: CataloguePage },
  { path: "examples", title: "Live examples 在线示例", Page: ExamplesPage },
  { path: "api", title: "Reporting API 报送接口", Page: ApiPage },
] as const;

function currentPath(): string {
  return window.location.hash.replace(/^#\/?/, "");
}

/** The docs: a hash-routed site so it can be served from any static folder. */
export function App() {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onHash = () => setPath(currentPath());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  const [section, detail] = path.split("/");
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
                <a href={`#/${p.path}`} aria-current={p === page ? "page" : undefined}>
                  {p.title}
                </a>
              </li>
            ))}
            <li>
              <a href="storybook/index.html">Storybook</a>
            </li>
          </ul>
        </nav>
      </header>
      <main className="docs-main">
        <page.Page detail={detail} />
      </main>
    </div>
  );
}
