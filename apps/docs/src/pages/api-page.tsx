import { useEffect, useState } from "react";

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  responses?: Record<string, { description?: string }>;
}

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

type State = { kind: "loading" } | { kind: "failed" } | { kind: "loaded"; document: OpenApiDocument };

const methods = ["get", "post", "put", "patch", "delete"] as const;

/**
 * The reporting service's HTTP API, read from the OpenAPI document the service itself serves (so it
 * always describes the running version): one table per tag, every route with its answers.
 */
export function ApiPage(_: { detail?: string }) {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    let live = true;
    fetch("/api/openapi.json", { headers: { accept: "application/json" } })
      .then((response) => (response.ok ? (response.json() as Promise<OpenApiDocument>) : Promise.reject()))
      .then(
        (document) => live && setState({ kind: "loaded", document }),
        () => live && setState({ kind: "failed" }),
      );
    return () => {
      live = false;
    };
  }, []);

  if (state.kind === "loading") {
    return (
      <article aria-busy="true">
        <h1>Reporting API 报送接口</h1>
        <p>Loading the OpenAPI document… 正在读取接口文档…</p>
      </article>
    );
  }
  if (state.kind === "failed") {
    return (
      <article>
        <h1>Reporting API 报送接口</h1>
        <p>
          The OpenAPI document is served by the reporting service at <code>/api/openapi.json</code>; these
          docs are not served by one here. 接口文档由报送服务在 <code>/api/openapi.json</code> 提供。
        </p>
      </article>
    );
  }
  const { document } = state;
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item[method];
      return operation === undefined ? [] : [{ path, method, operation }];
    }),
  );
  const tags = [...new Set(operations.map((o) => o.operation.tags?.[0] ?? "other"))];
  return (
    <article>
      <h1>Reporting API 报送接口</h1>
      <p>
        {document.info.title} {document.info.version}, OpenAPI {document.openapi}.{" "}
        <a href="/api/openapi.json">openapi.json</a>
      </p>
      {document.info.description ? <p>{document.info.description}</p> : null}
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`api-${tag}`}>
          <h2 id={`api-${tag}`}>{tag}</h2>
          <table>
            <caption>Routes: {tag}</caption>
            <thead>
              <tr>
                <th scope="col">Route</th>
                <th scope="col">What it does</th>
                <th scope="col">Answers</th>
              </tr>
            </thead>
            <tbody>
              {operations
                .filter((o) => (o.operation.tags?.[0] ?? "other") === tag)
                .map(({ path, method, operation }) => (
                  <tr key={`${method} ${path}`}>
                    <th scope="row">
                      <code>
                        {method.toUpperCase()} {path}
                      </code>
                    </th>
                    <td>
                      {operation.summary}
                      {operation.description ? <p>{operation.description}</p> : null}
                    </td>
                    <td>{Object.keys(operation.responses ?? {}).join(", ")}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}
