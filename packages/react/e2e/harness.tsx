import type { FormTable, LangMode, Submission } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { css as tokensCss } from "@tianbiao/tokens";
import { createRoot } from "react-dom/client";
import { TableForm } from "../src/index";
import "../src/styles/index.css";

// A page that renders one table as a host app would, for the browser tests: ?table=&lang=&filled=1
declare global {
  interface Window {
    tianbiaoSubmitted?: Submission;
  }
}

const params = new URLSearchParams(window.location.search);
const module = getTableModule(params.get("table") ?? "enterprise-1");
const lang = (params.get("lang") ?? "zh") as LangMode;
const style = document.createElement("style");
style.textContent = tokensCss;
document.head.append(style);
document.documentElement.lang = lang === "en" ? "en" : "zh-CN";

const root = document.getElementById("root");
if (root && module?.table.kind === "form") {
  const fixtures = module.fixtures;
  createRoot(root).render(
    <div className="tianbiao" data-tianbiao-theme="national">
      <TableForm
        table={module.table as FormTable}
        lang={lang}
        value={params.get("filled") ? (lang === "en" ? fixtures?.english : fixtures?.valid) : undefined}
        context={fixtures?.context}
        onSubmit={(values) => {
          window.tianbiaoSubmitted = values;
          return { ok: true, reference: "E2E-1" };
        }}
      />
    </div>,
  );
}
