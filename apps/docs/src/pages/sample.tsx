/** A code sample shown from its own file, which the docs' typecheck compiles against the packages. */
export function Sample({ file, source }: { file: string; source: string }) {
  return (
    <figure className="docs-sample">
      <figcaption>
        <code>{file}</code>
      </figcaption>
      <pre>
        <code>{source.trimEnd()}</code>
      </pre>
    </figure>
  );
}
