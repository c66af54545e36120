const scriptTag = `<!-- 1. the script: defines <tianbiao-form>; each table loads as its own chunk -->
<script type="module" src="/tianbiao/tianbiao.js"></script>

<!-- 2. the form: the table id, the language, your theme, where to send it -->
<tianbiao-form table="enterprise-1" lang="zh" theme="city"
               draft-key="enterprise-1:2024" action="/api/submissions/enterprise-1">
</tianbiao-form>`;

const reactUse = `import { TableForm } from "@tianbiao/react";
import "@tianbiao/react/styles.css";
import { getTableModule } from "@tianbiao/tables";

const { table } = getTableModule("enterprise-3")!;

export function ContractForm() {
  return (
    <TableForm
      table={table}
      lang="bilingual"
      draftKey="enterprise-3"
      onSubmit={async (values) => {
        const res = await fetch("/api/submissions/enterprise-3", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ values }),
        });
        return res.status === 201 ? { ok: true, reference: (await res.json()).id } : { ok: false };
      }}
    />
  );
}`;

const serverUse = `import { compileTable } from "@tianbiao/core";
import { messagesFor } from "@tianbiao/i18n";
import { getTableModule } from "@tianbiao/tables";

const compiled = compileTable(getTableModule("enterprise-1")!.table);
const submission = JSON.parse(body);
const result = compiled.validate(submission);
if (!result.ok) {
  // 422 with every finding in both languages, pointing at the field
  return { status: 422, errors: result.errors.map((f) => ({ ...f, message: messagesFor(f) })) };
}
store(compiled.derive(submission)); // derived figures (折万美元, 累计) filled in`;

const cli = `pnpm exec tianbiao catalog                      # every table, field and option
pnpm exec tianbiao example enterprise-4          # a complete valid submission
pnpm exec tianbiao validate enterprise-4 file.json   # exit 0 valid, 1 invalid, 2 unreadable
pnpm exec tianbiao schema enterprise-4           # JSON Schema 2020-12`;

/** Getting started: the script tag, React, and validating again on the server. */
export function GettingStartedPage(_: { detail?: string }) {
  return (
    <article>
      <h1>Getting started 快速上手</h1>
      <p>
        tianbiao renders the official service-outsourcing tables as forms that validate themselves. A city or
        provincial site embeds a form with one script tag; a React application imports the renderer; a server
        validates the same submission again with the same table definition, so the browser and the server
        never disagree.
      </p>
      <p lang="zh-CN">
        tianbiao 将服务外包统计报表渲染为自带校验的在线表单：地方网站用一个脚本标签嵌入；React
        应用直接引用组件；服务器用同一份报表定义再次校验。
      </p>
      <h2>Embed with a script tag 用脚本标签嵌入</h2>
      <pre>
        <code>{scriptTag}</code>
      </pre>
      <p>
        The form lives in a shadow root: your page's CSS cannot change it and its CSS cannot leak into your
        page. It uses no eval, so it works under <code>Content-Security-Policy: script-src 'self'</code>.
      </p>
      <h2>Use it from React 在 React 中使用</h2>
      <pre>
        <code>{reactUse}</code>
      </pre>
      <h2>Validate again on the server 服务器端再次校验</h2>
      <pre>
        <code>{serverUse}</code>
      </pre>
      <h2>The command line 命令行</h2>
      <pre>
        <code>{cli}</code>
      </pre>
    </article>
  );
}
