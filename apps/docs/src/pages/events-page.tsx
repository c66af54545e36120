import { hostVariables } from "@tianbiao/tokens";
import listen from "../../examples/listen.ts?raw";
import mountUse from "../../examples/mount.ts?raw";
import themeUse from "../../examples/theme.ts?raw";
import { Sample } from "./sample";

/** The element's attributes; a test holds this list to the element's observedAttributes. */
export const attributes: Array<[string, string]> = [
  ["table", "The table id, e.g. enterprise-1 (see the catalogue). 报表标识"],
  ["lang", "zh, en or bilingual; switching keeps every value. 语言"],
  ["theme", "national, provincial or city, or your own name styled through the variables below. 主题"],
  ["draft-key", "localStorage key: drafts autosave and are offered back on the next visit. 草稿键"],
  ["action", "URL the submission is POSTed to as JSON { values, warnings }; 201 means stored. 提交地址"],
];

const events: Array<[string, string]> = [
  ["tianbiao:change", "detail.values — after every change"],
  [
    "tianbiao:submit",
    "detail.values, detail.id — after the server answered 201 (or after submit without action)",
  ],
  [
    "tianbiao:error",
    "detail.kind: auth | network | server | table, with status and errors where the server sent them",
  ],
];

// What each host variable is for; the list itself is the tokens' hostVariables.
const uses: Record<(typeof hostVariables)[number], string> = {
  "--tb-color-primary": "buttons, header rule 主色",
  "--tb-color-on-primary": "text on primary buttons 主色上的文字",
  "--tb-color-link": "links 链接",
  "--tb-color-focus": "focus ring (keep 3:1 against the background) 焦点框",
  "--tb-font-family": "the form's font stack (CJK first) 字体",
  "--tb-font-size-base": "the base text size; rem is fixed inside the element 基准字号",
  "--tb-radius": "corner radius of inputs and buttons 圆角",
};

/** Attributes, DOM events and the CSS variables a host may set. */
export function EventsPage(_: { detail?: string }) {
  return (
    <article>
      <h1>Theming and events 主题与事件</h1>
      <table>
        <caption>Attributes of &lt;tianbiao-form&gt;</caption>
        <thead>
          <tr>
            <th scope="col">attribute</th>
            <th scope="col">meaning</th>
          </tr>
        </thead>
        <tbody>
          {attributes.map(([name, meaning]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Events 事件</h2>
      <table>
        <caption>DOM events (bubbling, composed)</caption>
        <thead>
          <tr>
            <th scope="col">event</th>
            <th scope="col">detail</th>
          </tr>
        </thead>
        <tbody>
          {events.map(([name, detail]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Sample file="examples/listen.ts" source={listen} />
      <h2>Without the element 不用自定义元素</h2>
      <p>
        <code>mount()</code> renders the same form into any element and answers <code>update</code> and{" "}
        <code>unmount</code>. <code>mount()</code> 可将表单挂载到任意元素。
      </p>
      <Sample file="examples/mount.ts" source={mountUse} />
      <h2>Your look 样式</h2>
      <p>
        Set these on the element (e.g. <code>tianbiao-form {"{ --tb-color-primary: #004a7c; }"}</code>); they
        cross the shadow boundary, nothing else does.
      </p>
      <Sample file="examples/theme.ts" source={themeUse} />
      <table>
        <caption>CSS variables a host may override</caption>
        <thead>
          <tr>
            <th scope="col">variable</th>
            <th scope="col">used for</th>
          </tr>
        </thead>
        <tbody>
          {hostVariables.map((name) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{uses[name]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
