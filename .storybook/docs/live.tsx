// Tables for the MDX guides, drawn from the code itself so that a guide cannot drift from it: the
// catalogue's field and rule kinds, the element's attributes, the host variables, the message keys
// with their Chinese and English sentences, and the glossary.
import { tableModules } from "@tianbiao/tables";
import { allFields, messageKeys } from "../../packages/core/src/index";
import { TianbiaoFormElement } from "../../packages/embed/src/element";
import { en, glossary, zh } from "../../packages/i18n/src/index";
import { hostVariables, themeNames } from "../../packages/tokens/src/index";

function countBy(values: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function CountTable({
  caption,
  rows,
  what,
}: {
  caption: string;
  rows: Array<[string, number]>;
  what: string;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">count</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, count]) => (
          <tr key={name}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const formTables = tableModules.map((m) => m.table).filter((t) => t.kind === "form");

/** How often each field kind occurs across the catalogue's form tables. */
export function FieldKinds() {
  const kinds = formTables.flatMap((table) => allFields(table).map(({ field }) => field.kind));
  return (
    <CountTable
      caption={`Field kinds in the ${formTables.length} form tables of the catalogue`}
      rows={countBy(kinds)}
      what="kind"
    />
  );
}

/** How often each rule kind and severity occurs across the catalogue. */
export function RuleKinds() {
  const rules = formTables.flatMap((table) => table.rules);
  return (
    <>
      <CountTable
        caption="Rule kinds in the catalogue"
        rows={countBy(rules.map((r) => r.kind))}
        what="kind"
      />
      <CountTable caption="Rule severities" rows={countBy(rules.map((r) => r.severity))} what="severity" />
    </>
  );
}

/** The catalogue: every table with its kind. */
export function Catalogue() {
  return (
    <table>
      <caption>The {tableModules.length} tables of the catalogue</caption>
      <thead>
        <tr>
          <th scope="col">id</th>
          <th scope="col">报表</th>
          <th scope="col">table</th>
          <th scope="col">kind</th>
        </tr>
      </thead>
      <tbody>
        {tableModules.map(({ table }) => (
          <tr key={table.id}>
            <th scope="row">
              <code>{table.id}</code>
            </th>
            <td lang="zh-CN">{table.title.zh}</td>
            <td>{table.title.en}</td>
            <td>{table.kind}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The attributes `<tianbiao-form>` observes, as the element class declares them. */
export function ObservedAttributes() {
  return (
    <ul>
      {TianbiaoFormElement.observedAttributes.map((name) => (
        <li key={name}>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  );
}

/** The variables a host may set, and the demo themes. */
export function HostVariables() {
  return (
    <ul>
      {hostVariables.map((name) => (
        <li key={name}>
          <code>{name}</code>
        </li>
      ))}
    </ul>
  );
}

export function ThemeNames() {
  return (
    <>
      {themeNames.map((name, i) => (
        <span key={name}>
          {i > 0 ? ", " : ""}
          <code>{name}</code>
        </span>
      ))}
    </>
  );
}

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : "";
}

/** Every message key the core reports, its parameters, and its sentence in Chinese and English. */
export function MessageKeys() {
  return (
    <table>
      <caption>{Object.keys(messageKeys).length} message keys, as the locales word them</caption>
      <thead>
        <tr>
          <th scope="col">key</th>
          <th scope="col">parameters</th>
          <th scope="col">中文</th>
          <th scope="col">English</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(messageKeys).map(([key, params]) => (
          <tr key={key}>
            <th scope="row">
              <code>{key}</code>
            </th>
            <td>{params.join(", ")}</td>
            <td lang="zh-CN">{lookup(zh as unknown as Tree, key)}</td>
            <td>{lookup(en as unknown as Tree, key)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The glossary: one English term for each Chinese term. */
export function Glossary() {
  return (
    <table>
      <caption>Glossary 术语表 ({glossary.length} terms)</caption>
      <thead>
        <tr>
          <th scope="col">中文</th>
          <th scope="col">English</th>
        </tr>
      </thead>
      <tbody>
        {glossary.map(([zhTerm, enTerm]) => (
          <tr key={zhTerm}>
            <td lang="zh-CN">{zhTerm}</td>
            <td>{enTerm}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
