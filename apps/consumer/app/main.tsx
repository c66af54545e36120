import { TableForm } from "@tianbiao/react";
import "@tianbiao/react/styles.css";
import { getTableModule } from "@tianbiao/tables";
import "@tianbiao/tokens/tokens.css";
import { StrictMode } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";

// A host app as its README tells it to be written: the renderer, its stylesheet, the tokens'
// stylesheet and one official table, themed by the wrapper's data attribute.
const module = getTableModule("enterprise-1");
const container = document.getElementById("root");
if (!container || module?.table.kind !== "form") throw new Error("enterprise-1 is not a form table");
const table = module.table;

flushSync(() =>
  createRoot(container).render(
    <StrictMode>
      <div className="tianbiao" data-tianbiao-theme="city">
        <TableForm table={table} lang="zh" onSubmit={() => ({ ok: true })} />
      </div>
    </StrictMode>,
  ),
);
document.documentElement.dataset.state = "rendered";
