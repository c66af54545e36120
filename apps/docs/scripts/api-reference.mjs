// The API reference, generated from the packages' sources with TypeDoc: every export of each public
// entry point, with its signature and its JSDoc summary. The docs app imports it as the virtual module
// `virtual:api-reference` (see vite.config.ts); `node scripts/api-reference.mjs` prints the counts.
import { fileURLToPath } from "node:url";
import { Application, Comment, ReflectionKind } from "typedoc";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The packages the reference covers, each by its public entry point. */
export const referencedPackages = [
  { name: "@tianbiao/core", entry: "packages/core/src/index.ts" },
  { name: "@tianbiao/tables", entry: "packages/tables/src/index.ts" },
  { name: "@tianbiao/react", entry: "packages/react/src/index.ts" },
  { name: "@tianbiao/embed", entry: "packages/embed/src/index.ts" },
];

const kindNames = new Map([
  [ReflectionKind.Function, "function"],
  [ReflectionKind.Class, "class"],
  [ReflectionKind.Interface, "interface"],
  [ReflectionKind.TypeAlias, "type"],
  [ReflectionKind.Variable, "variable"],
  [ReflectionKind.Enum, "enum"],
  [ReflectionKind.Namespace, "namespace"],
  [ReflectionKind.Reference, "reference"],
  [ReflectionKind.Property, "property"],
  [ReflectionKind.Method, "method"],
  [ReflectionKind.Accessor, "accessor"],
  [ReflectionKind.Constructor, "constructor"],
]);

function summaryOf(reflection) {
  const comment = reflection.comment ?? reflection.signatures?.find((s) => s.comment)?.comment;
  return comment ? Comment.combineDisplayParts(comment.summary).trim() : "";
}

function signatureText(signature) {
  const typeParameters = signature.typeParameters?.length
    ? `<${signature.typeParameters.map((t) => t.name).join(", ")}>`
    : "";
  const parameters = (signature.parameters ?? [])
    .map(
      (p) =>
        `${p.flags.isRest ? "..." : ""}${p.name === "__namedParameters" ? "props" : p.name}${p.flags.isOptional || p.defaultValue ? "?" : ""}: ${p.type?.toString() ?? "unknown"}`,
    )
    .join(", ");
  return `${typeParameters}(${parameters}) => ${signature.type?.toString() ?? "void"}`;
}

function declarationText(reflection) {
  if (reflection.signatures?.length) return reflection.signatures.map(signatureText).join("\n");
  if (reflection.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Variable | ReflectionKind.Property))
    return reflection.type?.toString() ?? "";
  if (reflection.kindOf(ReflectionKind.Accessor))
    return (
      reflection.getSignature?.type?.toString() ??
      reflection.setSignature?.parameters?.[0]?.type?.toString() ??
      ""
    );
  return "";
}

function sourceOf(reflection) {
  const source = reflection.sources?.[0];
  return source ? `${source.fileName}:${source.line}` : "";
}

function memberOf(reflection) {
  return {
    name: reflection.name,
    kind: kindNames.get(reflection.kind) ?? ReflectionKind[reflection.kind].toLowerCase(),
    optional: Boolean(reflection.flags.isOptional),
    declaration: declarationText(reflection),
    summary: summaryOf(reflection),
  };
}

function entryOf(packageName, reflection) {
  // A re-export shows the declaration it names.
  const target = reflection.kindOf(ReflectionKind.Reference)
    ? (reflection.getTargetReflectionDeep?.() ?? reflection)
    : reflection;
  const members = (target.children ?? [])
    .filter((child) => !child.inheritedFrom && !child.flags.isPrivate && !child.flags.isProtected)
    .map(memberOf);
  return {
    id: `${packageName}#${reflection.name}`,
    package: packageName,
    name: reflection.name,
    kind: kindNames.get(target.kind) ?? ReflectionKind[target.kind].toLowerCase(),
    declaration: declarationText(target),
    summary: summaryOf(target),
    source: sourceOf(target),
    members,
  };
}

/** Runs TypeDoc over the entry points and answers the reference: one entry per export. */
export async function generateApiReference() {
  const app = await Application.bootstrap({
    entryPoints: referencedPackages.map((p) => `${root}${p.entry}`),
    entryPointStrategy: "resolve",
    tsconfig: `${root}apps/docs/tsconfig.reference.json`,
    basePath: root,
    excludePrivate: true,
    excludeInternal: true,
    skipErrorChecking: true,
    disableSources: false,
    logLevel: "Error",
  });
  const project = await app.convert();
  if (!project) throw new Error("TypeDoc could not convert the packages");
  // One entry point gives no module level; several give one module per entry point, in order.
  const modules = project.children ?? [];
  const entries = referencedPackages.flatMap((pkg, index) => {
    const module = modules.find((m) => m.sources?.[0]?.fileName === pkg.entry) ?? modules[index];
    if (!module) throw new Error(`TypeDoc found no module for ${pkg.name}`);
    return (module.children ?? []).map((child) => entryOf(pkg.name, child));
  });
  entries.sort((a, b) => a.package.localeCompare(b.package) || a.name.localeCompare(b.name));
  return { packages: referencedPackages.map((p) => p.name), entries };
}

const virtualId = "virtual:api-reference";

/** The Vite plugin that serves the reference as `virtual:api-reference`, generated once a run. */
export function apiReferencePlugin() {
  let reference;
  return {
    name: "tianbiao-api-reference",
    resolveId(id) {
      return id === virtualId ? `\0${virtualId}` : undefined;
    },
    async load(id) {
      if (id !== `\0${virtualId}`) return undefined;
      reference ??= generateApiReference();
      return `export default ${JSON.stringify(await reference)};`;
    },
    async closeBundle() {
      if (!reference) return;
      const { entries, packages } = await reference;
      this.info?.(`API reference: ${entries.length} entries in ${packages.length} packages`);
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const reference = await generateApiReference();
  for (const name of reference.packages)
    console.log(`${name}: ${reference.entries.filter((e) => e.package === name).length} exports`);
  console.log(`API reference: ${reference.entries.length} entries in ${reference.packages.length} packages`);
}
