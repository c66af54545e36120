import "./render-probe";
import type { FormTable, Submission } from "@tianbiao/core";
import { TableForm } from "@tianbiao/react";
import "@tianbiao/react/styles.css";
import { getTableModule } from "@tianbiao/tables";
import { css as tokensCss } from "@tianbiao/tokens";
import type { ReactElement } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { FloorInput } from "./floor-input";
import { generatedTable } from "./generated-table";
import { RhfForm } from "./rhf-form";
import { RjsfForm } from "./rjsf-form";

// ?lib=tianbiao|rjsf|rhf|formily|surveyjs|react&table=<id>|generated-1000&rows=<n>&filled=1
// (react: one controlled input). Formily and SurveyJS are loaded only on their own pages.
const params = new URLSearchParams(window.location.search);
const lib = params.get("lib") ?? "tianbiao";
const tableId = params.get("table") ?? "enterprise-2";
const module = tableId === "generated-1000" ? { table: generatedTable() } : getTableModule(tableId);
if (module?.table.kind !== "form") throw new Error(`no form table ${tableId}`);
const table = module.table as FormTable;
const fixtures = "fixtures" in module ? module.fixtures : undefined;

let value: Submission | undefined = params.get("filled") ? fixtures?.valid : undefined;
const rows = Number(params.get("rows") ?? 0);
if (value && rows > 0) {
  // Repeat the fixture's first row of every repeating field up to `rows` rows.
  value = { ...value };
  for (const section of table.sections) {
    for (const field of section.fields) {
      const list = value[field.id];
      if (field.kind === "rows" && Array.isArray(list) && list.length > 0) {
        value[field.id] = Array.from({ length: rows }, () => ({ ...list[0] }));
      }
    }
  }
}

const style = document.createElement("style");
style.textContent = tokensCss;
document.head.append(style);

// The input the bench types into, for a field path (SurveyJS names its inputs by generated ids).
let surveyModel: import("survey-core").Model | undefined;
window.bench.inputSelector = (path: string) => {
  const question = surveyModel?.getQuestionByName(path);
  return question ? `#${CSS.escape(question.inputId)}` : undefined;
};

const Formily = lib === "formily" ? (await import("./formily-form")).FormilyForm : undefined;
const SurveyJs = lib === "surveyjs" ? (await import("./survey-form")).SurveyForm : undefined;

const element: ReactElement = Formily ? (
  <Formily table={table} value={value} />
) : SurveyJs ? (
  <SurveyJs
    table={table}
    value={value}
    onModel={(m: import("survey-core").Model) => {
      surveyModel = m;
    }}
  />
) : lib === "react" ? (
  <FloorInput benchField="floor" />
) : lib === "rjsf" ? (
  <RjsfForm table={table} value={value} />
) : lib === "rhf" ? (
  <RhfForm table={table} value={value} />
) : (
  <div className="tianbiao" data-tianbiao-theme="national">
    <TableForm table={table} lang="zh" value={value} context={fixtures?.context} />
  </div>
);

const container = document.getElementById("root");
if (!container) throw new Error("no #root");
const root = createRoot(container);
// First render: from render() to the end of React's synchronous commit, then to the next frame.
const start = performance.now();
flushSync(() => root.render(element));
window.bench.firstRenderMs = performance.now() - start;
// Complete: every section of the table is in the page. tianbiao renders the fields after the first
// screen in the frames after the first commit and marks the form busy until then; rjsf,
// react-hook-form, Formily and SurveyJS render everything at once (SurveyJS's lazy rendering is off
// by default).
const complete = () =>
  lib !== "tianbiao" || container.querySelector('.tb-form-body[aria-busy="true"]') === null;
requestAnimationFrame(function frame() {
  window.bench.firstFrameMs ??= performance.now() - start;
  if (!complete()) {
    requestAnimationFrame(frame);
    return;
  }
  window.bench.completeMs = performance.now() - start;
  window.bench.ready = true;
});
