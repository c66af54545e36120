import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

const writeKinds = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);

/** Whether `node` (a query, or a part of one) holds a write: an insert, update, delete or merge. */
function holdsWrite(node: OperationNode): boolean {
  if (writeKinds.has(node.kind)) return true;
  return someChild(node, holdsWrite);
}

/** Whether a table named in `names` appears anywhere in `node`. */
function namesTable(node: OperationNode, names: ReadonlySet<string>): boolean {
  if (node.kind === "TableNode") {
    const name = (node as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
    if (names.has(name)) return true;
  }
  return someChild(node, (child) => namesTable(child, names));
}

/** Calls `test` on the operation nodes directly below `node`, until one answers true. */
function someChild(node: OperationNode, test: (child: OperationNode) => boolean): boolean {
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item) && test(item)) return true;
    } else if (isNode(value) && test(value)) return true;
  }
  return false;
}

function isNode(value: unknown): value is OperationNode {
  return (
    typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind === "string"
  );
}

/**
 * Counts the writes to some tables: `generation` moves whenever a statement that may change one of
 * them is sent through the Kysely instance this plugin is on, and again when it has run (raw SQL
 * counts as a write to every table), and whenever another process's write is heard of (`bump`, from
 * PostgreSQL's notifications). A cache of those tables keeps what it read together with the
 * generation it read at, and trusts it only while the generation has not moved and the watch is
 * `live`. Writes to one session are told apart (`sessionWritten`), so they drop that session only.
 *
 * The embedded store, which one process alone opens, is watched by the plugin alone; PostgreSQL
 * needs the notifications too (see notify-watch.ts), and is not live while they cannot be heard.
 */
export class WriteWatch implements KyselyPlugin {
  generation = 0;
  /** Moves with every write to one session heard from elsewhere. */
  sessionWrites = 0;
  /** Whether every write made elsewhere reaches this watch. */
  live = true;
  private readonly writes = new WeakSet<object>();
  private readonly sessionListeners = new Set<(id: string) => void>();

  constructor(private readonly tables: ReadonlySet<string>) {}

  /** A write to the watched tables was made elsewhere: nothing read before it may be trusted. */
  bump(): void {
    this.generation += 1;
  }

  /** The session `id` was written elsewhere. */
  sessionWritten(id: string): void {
    this.sessionWrites += 1;
    for (const listener of this.sessionListeners) listener(id);
  }

  onSessionWritten(listener: (id: string) => void): void {
    this.sessionListeners.add(listener);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const { node } = args;
    const writes =
      node.kind === "RawNode" ||
      (!(node.kind === "SelectQueryNode" && node.with === undefined) &&
        holdsWrite(node) &&
        namesTable(node, this.tables));
    if (writes) {
      this.writes.add(args.queryId);
      this.generation += 1;
    }
    return node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.writes.has(args.queryId)) this.generation += 1;
    return args.result;
  }
}
