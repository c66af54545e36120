import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

type Node = OperationNode & Record<string, unknown>;

/** The name of a table node, or of the table an alias node names. */
function tableName(node: unknown): string | undefined {
  const n = node as { kind?: string; table?: { identifier?: { name?: string } }; node?: unknown };
  if (n?.kind === "TableNode") return n.table?.identifier?.name;
  if (n?.kind === "AliasNode") return tableName(n.node);
  return undefined;
}

/**
 * Whether `node` may write a table named in `names`: the target of an insert, update, delete or
 * merge, in the statement itself or in one of its common table expressions. Only targets are looked
 * at, so a large insert's values are never walked. Raw SQL might write anything.
 */
function writesTable(node: Node, names: ReadonlySet<string>): boolean {
  let targets: unknown[] = [];
  switch (node.kind) {
    case "RawNode":
      return true;
    case "InsertQueryNode":
    case "MergeQueryNode":
      targets = [node.into];
      break;
    case "UpdateQueryNode":
      targets = [node.table];
      break;
    case "DeleteQueryNode":
      targets = (node.from as { froms?: unknown[] } | undefined)?.froms ?? [];
      break;
    case "SelectQueryNode":
      break;
    default:
      // Any other kind of statement: assume the worst.
      return true;
  }
  for (const target of targets) {
    const name = tableName(target);
    if (name === undefined || names.has(name)) return true;
  }
  const expressions = (node.with as { expressions?: Array<{ expression: Node }> } | undefined)?.expressions;
  return expressions?.some((cte) => writesTable(cte.expression, names)) ?? false;
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
    const writes = writesTable(node as Node, this.tables);
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
