import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

const consumerDir = fileURLToPath(new URL("..", import.meta.url));
const workspaceRoot = join(consumerDir, "../..");

/** What the app declares, as a host project's package.json would. */
const appDependencies = [
  "@tianbiao/react",
  "@tianbiao/tables",
  "@tianbiao/tokens",
  "react",
  "react-dom",
  "i18next",
];
const appDevDependencies = [
  "@types/react",
  "@types/react-dom",
  "@vitejs/plugin-react",
  "css-loader",
  "mini-css-extract-plugin",
  "typescript",
  "vite",
  "webpack",
];

interface Manifest {
  name: string;
  version: string;
  types?: string;
  exports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface PackedPackage {
  manifest: Manifest;
  /** Where the tarball was unpacked, outside the app's node_modules, as a package store keeps it. */
  dir: string;
  /** The tarball's file name, and the paths it holds. */
  tarball: string;
  files: string[];
}

export interface ConsumerApp {
  /** The app's folder: index.html, main.tsx, vite.config.ts, package.json, node_modules. */
  root: string;
  packed: Map<string, PackedPackage>;
  remove: () => Promise<void>;
}

const readManifest = async (dir: string): Promise<Manifest> =>
  JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Manifest;

async function link(target: string, at: string): Promise<void> {
  await mkdir(dirname(at), { recursive: true });
  await symlink(relative(dirname(at), target), at, "dir");
}

/** The installed copy of `name` as the workspace package in `fromDir` resolves it, and its version. */
async function installed(fromDir: string, name: string): Promise<{ dir: string; version: string }> {
  const dir = await realpath(join(fromDir, "node_modules", name)).catch(() => {
    throw new Error(`${name} is not installed for ${relative(workspaceRoot, fromDir)}: run pnpm install`);
  });
  return { dir, version: (await readManifest(dir)).version };
}

/** The @tianbiao packages of the workspace by name. */
async function workspacePackages(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const entry of await readdir(join(workspaceRoot, "packages"))) {
    const dir = join(workspaceRoot, "packages", entry);
    const manifest = await readManifest(dir).catch(() => undefined);
    if (manifest) found.set(manifest.name, dir);
  }
  return found;
}

/**
 * Packs the @tianbiao packages the app needs with `pnpm pack` and lays the app out as a package
 * manager would, strictly: each unpacked package sees only what its packed package.json declares
 * (its dependencies, and its peers from the app), and the app sees only what it declares. Third-party
 * packages are the workspace's installed copies, so nothing is downloaded.
 */
export async function createConsumerApp(): Promise<ConsumerApp> {
  const base = await mkdtemp(join(tmpdir(), "tianbiao-consumer-"));
  const tarballs = join(base, "tarballs");
  const store = join(base, "store");
  const root = join(base, "app");
  await mkdir(tarballs);
  const workspace = await workspacePackages();

  // The @tianbiao packages the app reaches through dependencies, packed and unpacked.
  const packed = new Map<string, PackedPackage>();
  const queue = appDependencies.filter((name) => name.startsWith("@tianbiao/"));
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (packed.has(name)) continue;
    const source = workspace.get(name);
    if (!source) throw new Error(`${name} is not a workspace package`);
    const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", tarballs], { cwd: source });
    const report = JSON.parse(stdout) as { filename: string; files: { path: string }[] };
    const dir = join(store, name);
    await mkdir(dir, { recursive: true });
    await run("tar", ["-xzf", report.filename, "-C", dir, "--strip-components=1"]);
    const manifest = await readManifest(dir);
    const tarball = basename(report.filename);
    packed.set(name, { manifest, dir, tarball, files: report.files.map((f) => f.path) });
    queue.push(...Object.keys(manifest.dependencies ?? {}).filter((dep) => dep.startsWith("@tianbiao/")));
  }

  // The app's own dependencies: the packed packages, and the rest as the workspace installed them for
  // apps/consumer (whose package.json pins the same versions).
  const appManifest = {
    name: "tianbiao-consumer-app",
    private: true,
    type: "module",
    dependencies: {} as Record<string, string>,
    devDependencies: {} as Record<string, string>,
  };
  const provided = new Map<string, { dir: string; version: string }>();
  for (const name of [...appDependencies, ...appDevDependencies]) {
    const pkg = packed.get(name);
    const resolved = pkg
      ? { dir: pkg.dir, version: pkg.manifest.version }
      : await installed(consumerDir, name);
    provided.set(name, resolved);
    const spec = pkg ? `file:../tarballs/${pkg.tarball}` : resolved.version;
    (appDependencies.includes(name) ? appManifest.dependencies : appManifest.devDependencies)[name] = spec;
    await link(resolved.dir, join(root, "node_modules", name));
  }

  // Each packed package's own node_modules: its dependencies, checked against what it declares, and
  // its peers, which the app must provide.
  for (const { manifest, dir } of packed.values()) {
    const source = workspace.get(manifest.name) as string;
    for (const [dep, spec] of Object.entries(manifest.dependencies ?? {})) {
      const target = packed.get(dep);
      const resolved = target
        ? { dir: target.dir, version: target.manifest.version }
        : await installed(source, dep);
      if (/^\d+\.\d+\.\d+$/.test(spec) && resolved.version !== spec) {
        throw new Error(`${manifest.name} declares ${dep}@${spec}, the workspace has ${resolved.version}`);
      }
      await link(resolved.dir, join(dir, "node_modules", dep));
    }
    for (const peer of Object.keys(manifest.peerDependencies ?? {})) {
      const resolved = provided.get(peer);
      if (resolved) await link(resolved.dir, join(dir, "node_modules", peer));
      else if (!manifest.peerDependenciesMeta?.[peer]?.optional) {
        throw new Error(`${manifest.name} needs the peer ${peer}, which the app does not declare`);
      }
    }
  }

  await cp(join(consumerDir, "app"), root, { recursive: true });
  await writeFile(join(root, "package.json"), `${JSON.stringify(appManifest, null, 2)}\n`);
  return { root, packed, remove: () => rm(base, { recursive: true, force: true }) };
}

/** Runs a package's command-line entry with Node in `cwd`, with the environment a developer's shell has. */
export async function runBin(
  cwd: string,
  name: string,
  bin: string,
  args: string[],
): Promise<{ ok: boolean; output: string }> {
  const dir = await realpath(join(cwd, "node_modules", name));
  // Without the test runner's variables (NODE_ENV=test above all): `vite build` must make the
  // production build a host makes.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith("VITEST") &&
        !["NODE_ENV", "TEST", "MODE", "DEV", "PROD", "SSR", "BASE_URL"].includes(key),
    ),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dir, bin), ...args], { cwd, env });
    return { ok: true, output: `${stdout}${stderr}` };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}
