const attributes: Array<[string, string]> = [
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
    "detail.kind: network | server | table, with status and errors where the server sent them",
  ],
];

const variables: Array<[string, string]> = [
  ["--tb-color-primary", "buttons, header rule"],
  ["--tb-color-on-primary", "text on primary buttons"],
  ["--tb-font-family", "the form's font stack (CJK first)"],
  ["--tb-radius", "corner radius of inputs and buttons"],
  ["--tb-color-focus", "focus ring"],
  ["--tb-color-error / --tb-color-warning-text", "messages (keep WCAG AA contrast)"],
];

const listen = `const form = document.querySelector("tianbiao-form");
form.addEventListener("tianbiao:submit", (event) => {
  console.log("stored as", event.detail.id);
});`;

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
      <pre>
        <code>{listen}</code>
      </pre>
      <h2>Your look 样式</h2>
      <p>
        Set these on the element (e.g. <code>tianbiao-form {"{ --tb-color-primary: #004a7c; }"}</code>); they
        cross the shadow boundary, nothing else does.
      </p>
      <table>
        <caption>CSS variables a host may override</caption>
        <thead>
          <tr>
            <th scope="col">variable</th>
            <th scope="col">used for</th>
          </tr>
        </thead>
        <tbody>
          {variables.map(([name, use]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{use}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
