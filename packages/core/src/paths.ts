import type { Path } from "./model";

// Keys that would reach an object's prototype; never read or written through a path.
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"]);

export function splitPath(path: Path): string[] {
  return path === "" ? [] : path.split(".");
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a value other than a plain object counts as not filled (see {@link isEmpty}). */
export function isEmptyLeaf(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Whether a value counts as not filled: undefined, null, a blank string, an empty array, or an
 * object whose every value is empty. Numbers (0 included) and booleans are filled.
 */
export function isEmpty(value: unknown): boolean {
  if (!isPlainObject(value)) return isEmptyLeaf(value);
  // Iterative, and each object once, so that deep or cyclic input cannot overflow or loop.
  const stack: Record<string, unknown>[] = [value];
  const seen = new Set<object>(stack);
  while (stack.length > 0) {
    const current = stack.pop() as Record<string, unknown>;
    for (const key in current) {
      if (!Object.hasOwn(current, key)) continue;
      const child = current[key];
      if (!isPlainObject(child)) {
        if (!isEmptyLeaf(child)) return false;
      } else if (!seen.has(child)) {
        seen.add(child);
        stack.push(child);
      }
    }
  }
  return true;
}

/** The own property `key` of a container, or undefined. */
export function childOf(container: unknown, key: string): unknown {
  if (typeof container !== "object" || container === null || unsafeKeys.has(key)) return undefined;
  if (Array.isArray(container)) {
    const index = Number(key);
    return Number.isInteger(index) && index >= 0 ? container[index] : undefined;
  }
  return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
}

/**
 * Reads a value at a dotted path. A `*` segment matches every row of an array; a path with `*`
 * returns the array of every value it reaches (missing ones as undefined).
 */
export function getAt(obj: unknown, path: Path): unknown {
  const segments = splitPath(path);
  if (!segments.includes("*")) {
    let node = obj;
    for (const key of segments) node = childOf(node, key);
    return node;
  }
  return collect(obj, segments, []);
}

/**
 * Every value a segment list reaches: `*` takes the next bound row index from `bound` when there is
 * one, otherwise it expands over all rows.
 */
export function collect(root: unknown, segments: readonly string[], bound: readonly number[]): unknown[] {
  const out: unknown[] = [];
  const visit = (node: unknown, at: number, used: number): void => {
    if (at === segments.length) {
      out.push(node);
      return;
    }
    const key = segments[at] as string;
    if (key !== "*") {
      visit(childOf(node, key), at + 1, used);
      return;
    }
    if (used < bound.length) {
      visit(childOf(node, String(bound[used])), at + 1, used + 1);
      return;
    }
    if (Array.isArray(node)) for (let i = 0; i < node.length; i += 1) visit(node[i], at + 1, used);
  };
  visit(root, 0, 0);
  return out;
}

/** The value a segment list reaches with every `*` bound; an unbound `*` reads row 0. */
export function readBound(root: unknown, segments: readonly string[], bound: readonly number[]): unknown {
  let node = root;
  let used = 0;
  for (const key of segments) {
    if (key === "*") {
      node = childOf(node, String(bound[used] ?? 0));
      used += 1;
    } else node = childOf(node, key);
  }
  return node;
}

/** A pattern path with its `*` segments replaced by the bound row indexes (0 past the end). */
export function bindPath(segments: readonly string[], bound: readonly number[]): Path {
  let used = 0;
  return segments
    .map((key) => {
      if (key !== "*") return key;
      const index = bound[used] ?? 0;
      used += 1;
      return String(index);
    })
    .join(".");
}

/** Every binding of row indexes under which the `*` segments of a path reach an existing row. */
export function bindings(root: unknown, segments: readonly string[]): number[][] {
  const last = segments.lastIndexOf("*");
  if (last < 0) return [[]];
  const out: number[][] = [];
  const visit = (node: unknown, at: number, bound: number[]): void => {
    const key = segments[at] as string;
    if (key !== "*") {
      visit(childOf(node, key), at + 1, bound);
      return;
    }
    if (!Array.isArray(node)) return;
    for (let i = 0; i < node.length; i += 1) {
      if (at === last) out.push([...bound, i]);
      else visit(node[i], at + 1, [...bound, i]);
    }
  };
  visit(root, 0, []);
  return out;
}

function setIn(node: unknown, segments: readonly string[], at: number, value: unknown): unknown {
  if (at === segments.length) return value;
  const key = segments[at] as string;
  if (unsafeKeys.has(key)) return node;
  if (key === "*") {
    if (!Array.isArray(node)) return node;
    return node.map((row) => setIn(row, segments, at + 1, value));
  }
  const index = Number(key);
  if (Array.isArray(node) && Number.isInteger(index) && index >= 0) {
    const copy = [...node];
    copy[index] = setIn(node[index], segments, at + 1, value);
    return copy;
  }
  const base = isPlainObject(node) ? node : {};
  return { ...base, [key]: setIn(Object.hasOwn(base, key) ? base[key] : undefined, segments, at + 1, value) };
}

/**
 * Returns a copy of `obj` with `value` at a dotted path; the original is not changed and untouched
 * branches are shared. Missing containers are created as objects (matrix rows like `401` are keys,
 * not indexes); rows are set by index only where the array exists, and `*` sets every existing row.
 */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  return setIn(obj, splitPath(path), 0, value) as T;
}
