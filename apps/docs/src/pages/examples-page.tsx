import type { FormTable, LangMode } from "@tianbiao/core";
import { ReferenceTable, TableForm } from "@tianbiao/react";
import { getTableModule, tableModules } from "@tianbiao/tables";
import { useId, useState } from "react";

/** Any table, live, filled from its fixtures — the same data the tests and Storybook use. */
export function ExamplesPage({ detail }: { detail?: string }) {
  const [id, setId] = useState(detail && getTableModule(detail) ? detail : "enterprise-1");
  const [lang, setLang] = useState<LangMode>("bilingual");
  const [filled, setFilled] = useState(true);
  const tableId = useId();
  const langId = useId();
  const module = getTableModule(id);
  return (
    <article>
      <h1>Live examples 在线示例</h1>
      <p>
        <label htmlFor={tableId}>Table 报表 </label>
        <select id={tableId} value={id} onChange={(event) => setId(event.target.value)}>
          {tableModules.map(({ table }) => (
            <option key={table.id} value={table.id}>
              {table.title.zh} / {table.title.en}
            </option>
          ))}
        </select>{" "}
        <label htmlFor={langId}>Language 语言 </label>
        <select id={langId} value={lang} onChange={(event) => setLang(event.target.value as LangMode)}>
          <option value="zh">中文</option>
          <option value="en">English</option>
          <option value="bilingual">中文 / English</option>
        </select>{" "}
        <label>
          <input type="checkbox" checked={filled} onChange={(event) => setFilled(event.target.checked)} />{" "}
          filled from fixtures 示例数据
        </label>
      </p>
      {module?.table.kind === "form" ? (
        <TableForm
          key={`${id}-${filled}`}
          table={module.table as FormTable}
          lang={lang}
          value={filled ? (lang === "en" ? module.fixtures?.english : module.fixtures?.valid) : undefined}
          context={module.fixtures?.context}
          onSubmit={() => ({ ok: true, reference: "DOCS-EXAMPLE" })}
        />
      ) : module ? (
        <ReferenceTable table={module.table} lang={lang} />
      ) : null}
    </article>
  );
}
