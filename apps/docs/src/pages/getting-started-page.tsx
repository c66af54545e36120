import cli from "../../examples/cli.sh?raw";
import scriptTag from "../../examples/embed.html?raw";
import reactUse from "../../examples/react-form.tsx?raw";
import serverUse from "../../examples/server-validate.ts?raw";
import { Sample } from "./sample";

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
      <Sample file="examples/embed.html" source={scriptTag} />
      <p>
        The form lives in a shadow root: your page's CSS cannot change it and its CSS cannot leak into your
        page. It uses no eval, so it works under <code>Content-Security-Policy: script-src 'self'</code>.
      </p>
      <h2>Use it from React 在 React 中使用</h2>
      <Sample file="examples/react-form.tsx" source={reactUse} />
      <h2>Validate again on the server 服务器端再次校验</h2>
      <Sample file="examples/server-validate.ts" source={serverUse} />
      <h2>The command line 命令行</h2>
      <Sample file="examples/cli.sh" source={cli} />
    </article>
  );
}
