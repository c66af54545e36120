import type { Rule, TableDefinition } from "@tianbiao/core";
import { catalogEntry, getTableModule, tableModules } from "@tianbiao/tables";

function rulePaths(rule: Rule): string {
  switch (rule.kind) {
    case "sum":
      return `${rule.total} = ${rule.parts.join(" + ")}`;
    case "atMost":
      return `${rule.parts.join(" + ")} ≤ ${rule.whole}`;
    case "totalEquals":
      return `${rule.parts.join(" + ")} = ${rule.value}`;
    case "requireOne":
      return rule.targets.join(" | ");
    case "threshold":
      return `${rule.target} ${rule.min !== undefined ? `≥ ${rule.min}` : ""}${rule.max !== undefined ? ` ≤ ${rule.max}` : ""}`;
    default:
      return rule.target;
  }
}

function TableDetail({ table }: { table: TableDefinition }) {
  const entry = catalogEntry(table);
  return (
    <article>
      <p>
        <a href="#/catalogue">← Catalogue 报表目录</a>
      </p>
      <h1>
        <span lang="zh-CN">{table.title.zh}</span> / {table.title.en}
      </h1>
      <p>
        {table.tableNo ? (
          <>
            <span lang="zh-CN">{table.tableNo.zh}</span> · {table.tableNo.en} ·{" "}
          </>
        ) : null}
        <span lang="zh-CN">{table.source.document.zh}</span> ({table.source.document.en})
      </p>
      {table.notes?.length ? (
        <ul>
          {table.notes.map((note) => (
            <li key={note.zh}>
              <span lang="zh-CN">{note.zh}</span> — {note.en}
            </li>
          ))}
        </ul>
      ) : null}
      <table>
        <caption>{table.kind === "form" ? "Fields 字段" : "Columns 栏目"}</caption>
        <thead>
          <tr>
            <th scope="col">code 代码</th>
            <th scope="col">path</th>
            <th scope="col">中文</th>
            <th scope="col">English</th>
            <th scope="col">kind</th>
            <th scope="col">unit</th>
          </tr>
        </thead>
        <tbody>
          {entry.fields.map((field) => (
            <tr key={field.id}>
              <td>{field.code ?? ""}</td>
              <td>
                <code>{field.id}</code>
              </td>
              <td lang="zh-CN">
                {field.label.zh}
                {field.required ? " *" : ""}
              </td>
              <td>{field.label.en}</td>
              <td>{field.kind}</td>
              <td>{field.unit ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {table.kind === "form" && table.rules.length > 0 ? (
        <table>
          <caption>Rules 校验规则</caption>
          <thead>
            <tr>
              <th scope="col">rule</th>
              <th scope="col">kind</th>
              <th scope="col">severity</th>
              <th scope="col">paths</th>
            </tr>
          </thead>
          <tbody>
            {table.rules.map((rule) => (
              <tr key={rule.id}>
                <td>
                  <code>{rule.id}</code>
                </td>
                <td>{rule.kind}</td>
                <td>{rule.severity}</td>
                <td>
                  <code>{rulePaths(rule)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {table.discrepancies?.length ? (
        <>
          <h2>Discrepancies in the document 文件前后不一致之处</h2>
          <ul>
            {table.discrepancies.map((d) => (
              <li key={d.zh}>
                <span lang="zh-CN">{d.zh}</span> — {d.en}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}

/** Every table and field, bilingual, with codes and rules. */
export function CataloguePage({ detail }: { detail?: string }) {
  const module = detail ? getTableModule(detail) : undefined;
  if (module) return <TableDetail table={module.table} />;
  return (
    <article>
      <h1>Table catalogue 报表目录</h1>
      <table>
        <caption>{tableModules.length} tables from five documents</caption>
        <thead>
          <tr>
            <th scope="col">table 报表</th>
            <th scope="col">English</th>
            <th scope="col">kind</th>
            <th scope="col">fields</th>
          </tr>
        </thead>
        <tbody>
          {tableModules.map(({ table }) => (
            <tr key={table.id}>
              <td lang="zh-CN">
                <a href={`#/catalogue/${table.id}`}>{table.title.zh}</a>
              </td>
              <td>{table.title.en}</td>
              <td>{table.kind === "form" ? "form 表单" : "reference 参考"}</td>
              <td>{catalogEntry(table).fields.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
