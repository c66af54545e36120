import type { Finding, Submission } from "@tianbiao/core";

type Listener = () => void;

/**
 * What a form-wide listener is told changed: one value (with what it held before), the findings,
 * which findings the filer sees (a field touched, a submit attempt), or every value at once. A
 * listener whose answer cannot move with a change skips its work.
 */
export type StoreChange =
  | { kind: "value"; path: string; before: unknown; after: unknown }
  | { kind: "findings" }
  | { kind: "revealed" }
  | { kind: "values" };
export type ChangeListener = (change: StoreChange) => void;

/** Splits a dotted path; numeric segments index rows. */
function segments(path: string): string[] {
  return path === "" ? [] : path.split(".");
}

function getIn(root: unknown, path: string): unknown {
  let node = root;
  for (const key of segments(path)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Says which missing containers are arrays (rows); everything else, matrix rows keyed 401 included, is an object. */
export type ContainerKind = (path: string) => "array" | "object";

function setIn(
  root: Submission,
  parts: string[],
  value: unknown,
  kindOf: ContainerKind,
  prefix = "",
): Submission {
  const [head, ...rest] = parts;
  if (head === undefined) return root;
  const current = (root as Record<string, unknown>)[head];
  const here = prefix ? `${prefix}.${head}` : head;
  const next =
    rest.length === 0 ? value : setIn(childContainer(current, kindOf(here)), rest, value, kindOf, here);
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = next;
    return copy as unknown as Submission;
  }
  return { ...root, [head]: next };
}

function childContainer(current: unknown, kind: "array" | "object"): Submission {
  if (current !== null && typeof current === "object") return current as Submission;
  return (kind === "array" ? [] : {}) as Submission;
}

/** True when `a` is `b` or one is a dotted prefix of the other. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

export interface FormStoreSnapshot {
  values: Submission;
  findings: Finding[];
}

/**
 * Form state outside React: values, findings, and which fields were touched. Components subscribe
 * to one path, so typing in a field re-renders that field (and the fields whose findings change),
 * not the whole form.
 */
export class FormStore {
  private values: Submission;
  private findings: Finding[] = [];
  private findingsByPath = new Map<string, Finding[]>();
  private listeners = new Map<string, Set<Listener>>();
  private globalListeners = new Set<ChangeListener>();
  private touched = new Set<string>();
  private showAll = false;

  constructor(
    initial: Submission = {},
    private readonly kindOf: ContainerKind = () => "object",
  ) {
    this.values = initial;
  }

  getValues(): Submission {
    return this.values;
  }

  get(path: string): unknown {
    return getIn(this.values, path);
  }

  /** Sets one value and notifies the listeners of that path, its ancestors and its descendants. */
  set(path: string, value: unknown): void {
    const before = getIn(this.values, path);
    this.values = setIn(this.values, segments(path), value, this.kindOf);
    this.notifyPath(path, value === null || value === undefined || typeof value === "object");
    this.notifyAll({ kind: "value", path, before, after: value });
  }

  /** Replaces every value (a restored draft, a language switch keeps the same store). */
  reset(values: Submission): void {
    this.values = values;
    for (const set of this.listeners.values()) for (const listener of set) listener();
    this.notifyAll({ kind: "values" });
  }

  /** Stores new findings and notifies only the paths whose findings changed. */
  setFindings(findings: Finding[]): void {
    const next = new Map<string, Finding[]>();
    for (const finding of findings) {
      const list = next.get(finding.path);
      if (list) list.push(finding);
      else next.set(finding.path, [finding]);
    }
    const changed = new Set<string>();
    for (const [path, list] of next) {
      if (!sameFindings(this.findingsByPath.get(path), list)) changed.add(path);
    }
    for (const path of this.findingsByPath.keys()) if (!next.has(path)) changed.add(path);
    this.findings = findings;
    this.findingsByPath = next;
    for (const path of changed) this.notifyExact(path);
    this.notifyAll({ kind: "findings" });
  }

  getFindings(): Finding[] {
    return this.findings;
  }

  findingsAt(path: string): Finding[] {
    return this.findingsByPath.get(path) ?? EMPTY;
  }

  touch(path: string): void {
    if (this.touched.has(path)) return;
    this.touched.add(path);
    this.notifyExact(path);
    this.notifyAll({ kind: "revealed" });
  }

  /** After a submit attempt every finding shows, touched or not. */
  revealAll(): void {
    this.showAll = true;
    for (const set of this.listeners.values()) for (const listener of set) listener();
    this.notifyAll({ kind: "revealed" });
  }

  isRevealed(path: string): boolean {
    return this.showAll || this.touched.has(path);
  }

  subscribe(path: string, listener: Listener): () => void {
    let set = this.listeners.get(path);
    if (!set) {
      set = new Set();
      this.listeners.set(path, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /** Called on every change of values, findings or what the filer sees of them, with what changed. */
  subscribeAll(listener: ChangeListener): () => void {
    this.globalListeners.add(listener);
    return () => {
      this.globalListeners.delete(listener);
    };
  }

  /**
   * Notifies the path and its ancestors; descendants only when a container was replaced (a row
   * removed, a draft restored), so a keystroke costs the depth of its path, not the form's size.
   */
  private notifyPath(path: string, container: boolean): void {
    if (container) {
      for (const [key, set] of this.listeners) {
        if (related(key, path)) for (const listener of set) listener();
      }
      return;
    }
    const parts = segments(path);
    for (let n = parts.length; n > 0; n--) this.notifyExact(parts.slice(0, n).join("."));
  }

  private notifyAll(change: StoreChange): void {
    for (const listener of this.globalListeners) listener(change);
  }

  private notifyExact(path: string): void {
    const set = this.listeners.get(path);
    if (set) for (const listener of set) listener();
  }
}

const EMPTY: Finding[] = [];

function sameFindings(a: Finding[] | undefined, b: Finding[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every(
    (f, i) => f.rule === b[i]?.rule && f.messageKey === b[i]?.messageKey && f.severity === b[i]?.severity,
  );
}
