// Stands in for the React DevTools hook (React calls it on every commit, production builds included):
// it times commits and, when counting, lists the field components that rendered in each commit.
// Must be imported before react-dom.

interface Fiber {
  tag: number;
  type: unknown;
  memoizedProps: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
}

interface FiberRoot {
  current: Fiber;
}

/** One keystroke: keydown time, last React commit before the next frame, the field paths that rendered. */
export interface KeystrokeRecord {
  t0: number;
  commitAt?: number;
  frameAt?: number;
  rendered: string[];
  /** Component instances (any component, fields or not) that rendered. */
  components: number;
}

export interface BenchProbe {
  ready: boolean;
  firstRenderMs?: number;
  firstFrameMs?: number;
  /** render() → the frame in which every section of the table is in the page. */
  completeMs?: number;
  /** The CSS selector of the input drawing a field path, where the page has to say (SurveyJS). */
  inputSelector?: (path: string) => string | undefined;
  counting: boolean;
  keystrokes: KeystrokeRecord[];
  commits: number;
  startCounting(): void;
  reset(): void;
}

declare global {
  interface Window {
    bench: BenchProbe;
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  }
}

// React's fiber tags for components that run user code, and its PerformedWork flag.
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
const PERFORMED_WORK = 1;

let lastRoot: FiberRoot | undefined;
let previous = new Set<Fiber>();
let open: KeystrokeRecord | undefined;

/**
 * The field a component instance draws, read from its props: tianbiao `path` + `field`, rjsf
 * `fieldPathId`, the RHF page's `benchField`, Formily's `ReactiveField` (`field`, a model with an
 * `address`), SurveyJS's question components (`question` or `element`, a model whose `isQuestion`
 * is true; its `name` is the field's dotted path on the bench's survey).
 */
function fieldKey(props: unknown): string | undefined {
  if (!props || typeof props !== "object") return undefined;
  const p = props as Record<string, unknown>;
  if (p.field && typeof p.field === "object") {
    if (typeof p.path === "string") return p.path;
    const address = (p.field as { address?: { entire?: unknown } }).address;
    if (address && typeof address.entire === "string") return address.entire;
  }
  const question = (p.question ?? p.element) as { isQuestion?: unknown; name?: unknown } | undefined;
  if (
    question &&
    typeof question === "object" &&
    question.isQuestion === true &&
    typeof question.name === "string"
  )
    return question.name;
  const rjsfId = (p.fieldPathId ?? p.idSchema) as { $id?: unknown } | undefined;
  if (rjsfId && typeof rjsfId.$id === "string" && p.schema) return rjsfId.$id;
  if (typeof p.benchField === "string") return p.benchField;
  return undefined;
}

/** Component renders in one commit: the fields they belong to, and how many ran in all. */
interface CommitRenders {
  fields: Set<string>;
  components: number;
}

/**
 * Walks the committed tree. A fiber rendered in this commit if it is new since the last walk and did
 * work; a render anywhere inside a field's subtree (its label, its Radix wrapper…) counts for that field.
 */
function walk(root: FiberRoot, collect: CommitRenders | undefined): void {
  const seen = new Set<Fiber>();
  const stack: Array<[Fiber, string | undefined]> = [[root.current, undefined]];
  while (stack.length > 0) {
    const [fiber, inherited] = stack.pop() as [Fiber, string | undefined];
    seen.add(fiber);
    const key = COMPONENT_TAGS.has(fiber.tag) ? (fieldKey(fiber.memoizedProps) ?? inherited) : inherited;
    if (
      collect &&
      COMPONENT_TAGS.has(fiber.tag) &&
      !previous.has(fiber) &&
      (fiber.flags & PERFORMED_WORK) !== 0
    ) {
      collect.components += 1;
      if (key !== undefined) collect.fields.add(key);
    }
    if (fiber.sibling) stack.push([fiber.sibling, inherited]);
    if (fiber.child) stack.push([fiber.child, key]);
  }
  previous = seen;
}

const probe: BenchProbe = {
  ready: false,
  counting: false,
  keystrokes: [],
  commits: 0,
  startCounting() {
    probe.counting = true;
    if (lastRoot) walk(lastRoot, undefined);
  },
  reset() {
    probe.keystrokes = [];
    open = undefined;
  },
};
window.bench = probe;

window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  isDisabled: false,
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot: (_id: number, root: FiberRoot) => {
    const now = performance.now();
    probe.commits += 1;
    lastRoot = root;
    if (open) open.commitAt = now;
    if (probe.counting) {
      const renders: CommitRenders = { fields: new Set(), components: 0 };
      walk(root, renders);
      if (open) {
        open.rendered.push(...renders.fields);
        open.components += renders.components;
      }
    }
  },
};

// Capture phase on window: runs before React's own listener on the root.
window.addEventListener(
  "keydown",
  () => {
    const record: KeystrokeRecord = { t0: performance.now(), rendered: [], components: 0 };
    open = record;
    probe.keystrokes.push(record);
    requestAnimationFrame(() => {
      record.frameAt = performance.now();
      if (open === record) open = undefined;
    });
  },
  true,
);
