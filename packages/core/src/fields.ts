import { bothHold, type ConditionTest, compileCondition } from "./conditions";
import type { Field, FormTable, MatrixColumn, MatrixRow, Path, Section } from "./model";
import { splitPath } from "./paths";

/** Where a visited field sits in its table. */
export interface FieldVisitInfo {
  section: Section;
  /** The group or rows field that holds this one. */
  parent?: Field;
  /** 0 for a section's own fields, one more per enclosing group or rows. */
  depth: number;
}

/** Called for each field; return `false` to skip the fields inside a group or rows. */
export type FieldVisitor = (field: Field, path: Path, info: FieldVisitInfo) => unknown;

/**
 * Visits every field of a form table depth-first in form order, with its submission path.
 * Sections add nothing to a path; a rows field's columns are visited as `<rows>.*.<column>`.
 */
export function walkFields(table: Pick<FormTable, "sections">, visit: FieldVisitor): void {
  const walk = (fields: readonly Field[], prefix: string, info: FieldVisitInfo): void => {
    for (const field of fields) {
      const path = prefix === "" ? field.id : `${prefix}.${field.id}`;
      if (visit(field, path, info) === false) continue;
      const inner = { section: info.section, parent: field, depth: info.depth + 1 };
      if (field.kind === "group") walk(field.fields, path, inner);
      else if (field.kind === "rows") walk(field.columns, `${path}.*`, inner);
    }
  };
  for (const section of table.sections) walk(section.fields, "", { section, depth: 0 });
}

/** One entry of {@link allFields}. */
export interface FieldEntry extends FieldVisitInfo {
  field: Field;
  path: Path;
}

/** Every field of a form table in form order, with its path (see {@link walkFields}). */
export function allFields(table: Pick<FormTable, "sections">): FieldEntry[] {
  const out: FieldEntry[] = [];
  walkFields(table, (field, path, info) => {
    out.push({ field, path, ...info });
  });
  return out;
}

/** What a path points at in a table, as found by `locate`. */
export interface FieldLocation {
  field: Field;
  /** The path a finding about this place uses: the field, plus `.row.column` for a matrix cell. */
  path: Path;
  /** The field's path with `*` for every row index. */
  pattern: Path;
  /** The row indexes along the path, outermost first. */
  rows: number[];
  matrixRow?: MatrixRow;
  matrixColumn?: MatrixColumn;
  /** A money part (amount, currency, rate, rateDate, usd), "other" for `<id>Other`, or "rowKind". */
  part?: string;
  /** The group or rows field the place sits in, if any: what a message read away from the form names. */
  enclosing?: Field;
  /** Sort key in form order. */
  order: number[];
}

/** A field of a compiled table, linked to its neighbours. */
export interface FieldNode {
  field: Field;
  pattern: Path;
  segments: string[];
  /** Position in a depth-first walk of the whole table. */
  order: number;
  section: Section;
  parent: FieldNode | undefined;
  /** Fields of a group, columns of rows, by id. */
  children: Map<string, FieldNode> | undefined;
  list: FieldNode[];
  /** The field's own showWhen (and its section's, for a section's own fields). */
  show: ConditionTest | undefined;
  /** The field or anything inside it has a showWhen. */
  conditional: boolean;
  matrixRows: Map<string, number> | undefined;
  matrixColumns: Map<string, number> | undefined;
}

export const moneyParts = ["amount", "currency", "rate", "rateDate", "usd"] as const;

const sectionPrefix = "#section:";

/** The fields of one table, indexed by path, with their showWhen conditions compiled. */
export class FieldIndex {
  readonly roots: FieldNode[] = [];
  readonly nodes: FieldNode[] = [];
  readonly top = new Map<string, FieldNode>();
  readonly byPattern = new Map<Path, FieldNode>();
  readonly sections = new Map<string, { section: Section; show: ConditionTest | undefined }>();
  /** The absolute segments of every field a showWhen reads; `*` stands for any row. */
  private readonly conditionReads: string[][] = [];
  private lastRead: { path: Path; answer: boolean } | undefined;

  constructor(table: Pick<FormTable, "sections">) {
    const build = (
      field: Field,
      prefix: string,
      section: Section,
      parent: FieldNode | undefined,
    ): FieldNode => {
      const pattern = prefix === "" ? field.id : `${prefix}.${field.id}`;
      const node: FieldNode = {
        field,
        pattern,
        segments: splitPath(pattern),
        order: this.nodes.length,
        section,
        parent,
        children: undefined,
        list: [],
        show: undefined,
        conditional: false,
        matrixRows: undefined,
        matrixColumns: undefined,
      };
      this.nodes.push(node);
      if (this.byPattern.has(pattern)) throw new Error(`Two fields share the path "${pattern}"`);
      this.byPattern.set(pattern, node);
      const inner = field.kind === "group" ? field.fields : field.kind === "rows" ? field.columns : undefined;
      if (inner !== undefined) {
        const childPrefix = field.kind === "rows" ? `${pattern}.*` : pattern;
        node.children = new Map();
        for (const child of inner) {
          const childNode = build(child, childPrefix, section, node);
          node.children.set(child.id, childNode);
          node.list.push(childNode);
        }
      }
      if (field.kind === "matrix") {
        node.matrixRows = new Map(field.rows.map((row, index) => [row.id, index]));
        node.matrixColumns = new Map(field.columns.map((column, index) => [column.id, index]));
      }
      return node;
    };
    for (const section of table.sections) {
      for (const field of section.fields) {
        const node = build(field, "", section, undefined);
        if (this.top.has(field.id)) throw new Error(`Two fields share the path "${field.id}"`);
        this.top.set(field.id, node);
        this.roots.push(node);
      }
    }
    // Every path a condition reads, as resolved: what a change must touch to change what isShown answers.
    const reading = (scope: FieldNode | undefined) => (path: Path) => {
      const segments = this.resolve(path, scope);
      this.conditionReads.push(segments);
      return segments;
    };
    for (const section of table.sections) {
      const show = section.showWhen && compileCondition(section.showWhen, reading(undefined));
      this.sections.set(section.id, { section, show });
    }
    for (const node of this.nodes) {
      const own = node.field.showWhen && compileCondition(node.field.showWhen, reading(node.parent));
      node.show = node.parent === undefined ? bothHold(this.sections.get(node.section.id)?.show, own) : own;
      if (node.show !== undefined) {
        for (let at: FieldNode | undefined = node; at !== undefined && !at.conditional; at = at.parent) {
          at.conditional = true;
        }
      }
    }
  }

  /**
   * Turns a path used in a condition into absolute segments: a path that names a field of the
   * table is taken as it is; otherwise it is tried relative to the enclosing group or row, then
   * to theirs (so a column's showWhen can name a sibling column by its id).
   */
  resolve(path: Path, scope: FieldNode | undefined): string[] {
    if (this.locate(path) !== undefined) return splitPath(path);
    for (let at = scope; at !== undefined; at = at.parent) {
      const candidate = `${at.pattern}${at.field.kind === "rows" ? ".*" : ""}.${path}`;
      if (this.locate(candidate) !== undefined) return splitPath(candidate);
    }
    throw new Error(`The path "${path}" names no field of the table`);
  }

  /** The field a path points at: rows by index or `*`, matrix cells as `row.column`, money parts. */
  locate(path: Path | ReadonlyArray<string | number>): FieldLocation | undefined {
    const segments = typeof path === "string" ? splitPath(path) : path;
    if (segments.length === 0) return undefined;
    let container: Map<string, FieldNode> | undefined = this.top;
    let node: FieldNode | undefined;
    // The field whose children `container` holds, and the one that holds `node`.
    let owner: Field | undefined;
    let enclosing: Field | undefined;
    const concrete: string[] = [];
    const order: number[] = [];
    const rows: number[] = [];
    const last = segments.length - 1;
    const found = (
      at: FieldNode,
      extra: Partial<FieldLocation> = {},
      within: Field | undefined = enclosing,
    ): FieldLocation => ({
      field: at.field,
      path: concrete.join("."),
      pattern: at.pattern,
      rows,
      order,
      ...(within === undefined ? {} : { enclosing: within }),
      ...extra,
    });
    for (let i = 0; i <= last; i += 1) {
      const key = String(segments[i]);
      if (container !== undefined) {
        const child = container.get(key);
        if (child === undefined) {
          if (i !== last) return undefined;
          const base = key.endsWith("Other") ? container.get(key.slice(0, -5)) : undefined;
          if (base?.field.kind === "choice" && base.field.otherValue !== undefined) {
            concrete.push(base.field.id);
            order.push(base.order, 0.5);
            return found(base, { part: "other" }, owner);
          }
          if (key === "rowKind" && node?.field.kind === "rows" && node.field.rowKinds !== undefined) {
            return found(node, { part: "rowKind" });
          }
          return undefined;
        }
        node = child;
        enclosing = owner;
        concrete.push(key);
        order.push(child.order);
        container = child.field.kind === "group" ? child.children : undefined;
        owner = child.field.kind === "group" ? child.field : undefined;
        continue;
      }
      if (node === undefined) return undefined;
      const field = node.field;
      if (field.kind === "rows" && (key === "*" || /^\d+$/.test(key))) {
        const index = key === "*" ? 0 : Number(key);
        rows.push(index);
        concrete.push(key);
        order.push(index);
        container = node.children;
        owner = field;
        continue;
      }
      if (field.kind === "matrix") {
        const rowIndex = node.matrixRows?.get(key);
        const matrixRow = rowIndex === undefined ? undefined : field.rows[rowIndex];
        if (matrixRow === undefined || rowIndex === undefined) return undefined;
        concrete.push(key);
        order.push(rowIndex);
        if (i === last) return found(node, { matrixRow });
        const columnKey = String(segments[i + 1]);
        const columnIndex = node.matrixColumns?.get(columnKey);
        const matrixColumn = columnIndex === undefined ? undefined : field.columns[columnIndex];
        if (matrixColumn === undefined || columnIndex === undefined || i + 1 !== last) return undefined;
        concrete.push(columnKey);
        order.push(columnIndex);
        return found(node, { matrixRow, matrixColumn });
      }
      if (field.kind === "money" && i === last && (moneyParts as readonly string[]).includes(key)) {
        order.push(moneyParts.indexOf(key as (typeof moneyParts)[number]));
        return found(node, { part: key });
      }
      if (field.kind === "choice" && field.multiple === true && /^\d+$/.test(key) && i === last) {
        return found(node);
      }
      return undefined;
    }
    return node === undefined ? undefined : found(node);
  }

  /** Whether the field at `path` (or `#section:<id>`) is shown, given the submission. */
  isShown(path: Path, root: unknown, context: Record<string, unknown>): boolean {
    if (path.startsWith(sectionPrefix)) {
      const show = this.sections.get(path.slice(sectionPrefix.length))?.show;
      return show === undefined || show(root, [], context);
    }
    const location = this.locate(path);
    if (location === undefined) return false;
    let node = this.byPattern.get(location.pattern);
    // Walk up from the field: every enclosing field must be shown too.
    const rowsAbove = (at: FieldNode): number => at.segments.filter((key) => key === "*").length;
    while (node !== undefined) {
      if (node.show !== undefined && !node.show(root, location.rows.slice(0, rowsAbove(node)), context))
        return false;
      node = node.parent;
    }
    return true;
  }

  /**
   * Whether a change of the value at `path` can change what isShown answers anywhere: some showWhen
   * reads that path, a value inside it, or the container holding it. Asked once for each change by
   * every shown-state subscriber of a form, so the last answer is kept.
   */
  affectsVisibility(path: Path): boolean {
    if (this.lastRead?.path === path) return this.lastRead.answer;
    const segments = splitPath(path);
    const answer = this.conditionReads.some((read) => {
      const n = Math.min(read.length, segments.length);
      for (let i = 0; i < n; i += 1) {
        if (read[i] !== segments[i] && !(read[i] === "*" && /^\d+$/.test(segments[i] ?? ""))) return false;
      }
      return true;
    });
    this.lastRead = { path, answer };
    return answer;
  }

  /** Whether the visibility of `path` (or `#section:<id>`) depends on the submission or the context. */
  hasCondition(path: Path): boolean {
    if (path.startsWith(sectionPrefix))
      return this.sections.get(path.slice(sectionPrefix.length))?.show !== undefined;
    const location = this.locate(path);
    for (
      let node = location && this.byPattern.get(location.pattern);
      node !== undefined;
      node = node.parent
    ) {
      if (node.show !== undefined) return true;
    }
    return false;
  }
}
