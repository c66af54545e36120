import type { ComponentType } from "react";
import { createElement } from "react";
import type { PageText } from "./search";

/** A page of the site, as app.tsx lists them. */
export interface SitePage {
  path: string;
  title: string;
  Page: ComponentType<{ detail?: string }>;
}

/**
 * Each page's visible text, rendered from the page itself (react-dom/server, loaded only when someone
 * searches), so the index says what the pages say. Effects do not run: a page that fetches shows the
 * text it shows before its data arrives.
 */
export async function pageTexts(pages: readonly SitePage[]): Promise<PageText[]> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return pages.map(({ path, title, Page }) => {
    const html = renderToStaticMarkup(createElement(Page, {}));
    const text = new DOMParser().parseFromString(html, "text/html").body.textContent ?? "";
    return { path, title, text: text.replace(/\s+/g, " ").trim() };
  });
}
