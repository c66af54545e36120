import type { LangMode, TableIdentity } from "@tianbiao/core";
import type { i18n as I18n } from "i18next";
import { useEffect, useRef } from "react";
import { plain, uiString } from "../field/use-ui";

export interface PrintPageHeaderProps {
  table: TableIdentity;
  lang: LangMode;
  i18n: I18n;
}

// Where a document can adopt constructed stylesheets (every current browser; not jsdom, not a server).
const constructable =
  typeof CSSStyleSheet !== "undefined" &&
  "replaceSync" in CSSStyleSheet.prototype &&
  typeof document !== "undefined" &&
  Array.isArray(document.adoptedStyleSheets);

/**
 * Repeats the printed 表号 at the top right of every printed page, as on the paper form. CSS cannot
 * read it from the page, so the rule is written with the table's own number; browsers without
 * page-margin boxes print the pages without it. The rule goes in a constructed stylesheet adopted by
 * the document, which a page's CSP (style-src without 'unsafe-inline') allows, where a <style>
 * element would be refused; only a browser without constructed stylesheets gets the element.
 */
export function PrintPageHeader({ table, lang, i18n }: PrintPageHeaderProps) {
  const css = printPageCss(table, lang, i18n);
  const anchor = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const root = anchor.current?.getRootNode();
    if (!css || !(root instanceof Document || root instanceof ShadowRoot)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [css]);
  if (!css) return null;
  if (!constructable) return <style data-tb-print-header="">{css}</style>;
  return <span ref={anchor} hidden data-tb-print-header="" />;
}

/** The @page rule putting the table number in the top-right page margin; empty without a number. */
export function printPageCss(table: TableIdentity, lang: LangMode, i18n: I18n): string {
  if (!table.tableNo) return "";
  const inLang = (lng: "zh" | "en") =>
    uiString(i18n, "ui.print.tableNo", lng, { tableNo: table.tableNo?.[lng] });
  const text = plain({ zh: inLang("zh"), en: inLang("en") }, lang);
  return `@media print { @page { @top-right { content: ${cssString(text)}; font-size: 9pt; } } }`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped so the text cannot end the rule. */
export function cssString(text: string): string {
  const escaped = Array.from(text, (char) => {
    if (char === '"' || char === "\\") return `\\${char}`;
    const code = char.codePointAt(0) ?? 0;
    // Control characters and "<" (which could close the <style> element) as hex escapes.
    if (code < 0x20 || code === 0x7f || char === "<") return `\\${code.toString(16)} `;
    return char;
  }).join("");
  return `"${escaped}"`;
}
