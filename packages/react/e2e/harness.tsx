import type { FormTable, LangMode, ReferenceTable as ReferenceTableModel, Submission } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { ReferenceTable, TableForm } from "../src/index";
// Both stylesheets as files (<link>), as a page with a strict CSP (style-src 'self') loads them.
import "@tianbiao/tokens/tokens.css";
import "../src/styles/index.css";

// A page that renders one table as a host app would, for the browser tests:
// ?table=&lang=&filled=1 (or &state=filled), &fixture=<name> for one of the table's invalid or
// warning fixtures, and &q= for a reference table's search box.
// window.tianbiaoShow("?table=…") renders another table in place, without reloading the page.
declare global {
  interface Window {
    tianbiaoSubmitted?: Submission;
    /** The form store's values after the last change, as onChange reports them. */
    tianbiaoValues?: Submission;
    tianbiaoShow?: (search: string) => void;
  }
}

const container = document.getElementById("root");
let root: Root | undefined;

function tableElement(params: URLSearchParams): ReactNode {
  const module = getTableModule(params.get("table") ?? "enterprise-1");
  const lang = (params.get("lang") ?? "zh") as LangMode;
  if (module?.table.kind === "reference") {
    return (
      <ReferenceTable
        table={module.table as ReferenceTableModel}
        lang={lang}
        initialQuery={params.get("q") ?? ""}
      />
    );
  }
  if (module?.table.kind !== "form") return null;
  const fixtures = module.fixtures;
  const filled = params.get("filled") !== null || params.get("state") === "filled";
  const named = params.get("fixture");
  const value = named
    ? [...(fixtures?.invalid ?? []), ...(fixtures?.warnings ?? [])].find((f) => f.name === named)?.value
    : filled
      ? lang === "en"
        ? fixtures?.english
        : fixtures?.valid
      : undefined;
  return (
    <TableForm
      table={module.table as FormTable}
      lang={lang}
      value={value}
      context={fixtures?.context}
      onChange={(values) => {
        window.tianbiaoValues = values;
      }}
      onSubmit={(values) => {
        window.tianbiaoSubmitted = values;
        return { ok: true, reference: "E2E-1" };
      }}
    />
  );
}

function show(params: URLSearchParams): void {
  if (!container) return;
  document.documentElement.lang = params.get("lang") === "en" ? "en" : "zh-CN";
  window.tianbiaoSubmitted = undefined;
  window.tianbiaoValues = undefined;
  root?.unmount();
  const next = createRoot(container);
  root = next;
  // Rendered synchronously, so the new table is in the DOM when tianbiaoShow returns.
  flushSync(() =>
    next.render(
      <div className="tianbiao" data-tianbiao-theme="national">
        {tableElement(params)}
      </div>,
    ),
  );
}

window.tianbiaoShow = (search) => show(new URLSearchParams(search));
show(new URLSearchParams(window.location.search));
