import type { MatrixField as MatrixFieldModel, MatrixRow, Rule, Severity } from "@tianbiao/core";
import { getAt, parseNumeric } from "@tianbiao/core";
import { memo, useCallback, useMemo, useSyncExternalStore } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { FieldFrame } from "../field/field-frame";
import { useFindingText, useUi } from "../field/use-ui";
import { useFieldFindings, useFieldValue } from "../form-store/use-field";
import { formatNumber } from "../review-view/format-value";
import { blockWidth } from "../spreadsheet/parse-block";
import { type PlaceBlock, useSpreadsheet } from "../spreadsheet/use-spreadsheet";
import { fieldDomId, useFormContext } from "../table-form/form-context";
import { useFirstScreenRows } from "../table-form/use-progressive-sections";

export interface MatrixFieldProps {
  field: MatrixFieldModel;
  path: string;
}

/** A sum rule whose total is a cell of the matrix: its id and the paths it adds up. */
export interface SumHintRule {
  id: string;
  parts: string[];
}

interface RowGroup {
  heading?: MatrixRow;
  rows: MatrixRow[];
}

/** Row ids that continue a run of rows at their level: on paper they line up after the run's "其中：". */
export function continuingRows(rows: MatrixRow[]): Set<string> {
  const out = new Set<string>();
  const open: boolean[] = [];
  for (const row of rows) {
    if (row.heading) {
      open.length = 0;
      continue;
    }
    const level = row.level ?? 0;
    if (level > 0 && open[level]) out.add(row.id);
    open[level] = true;
    open.length = level + 1;
  }
  return out;
}

/**
 * An indicator matrix laid out like the paper: 指标名称 / 计量单位 / 代码 and the period columns,
 * the 甲 乙 丙 / 1 2 marks, heading rows, indentation by level and "—" where the paper has no cell.
 * Each cell is its own subscriber at `<path>.<row id>.<column id>`; the container subscribes to nothing,
 * so typing re-renders one cell. A total that a table's sum rule checks shows the live sum of its parts.
 */
export function MatrixField({ field, path }: MatrixFieldProps) {
  const { lang, idPrefix, table, store, change, readOnly } = useFormContext();
  const ui = useUi();
  const baseId = fieldDomId(idPrefix, path);
  // A block pasted from a spreadsheet fills cells rightwards and downwards from the focused one; the
  // paper's "—" cells take no value, heading rows are passed over.
  const place: PlaceBlock = useCallback(
    (block, from) => {
      const rows = field.rows.filter((row) => !row.heading);
      const cell = from.closest<HTMLElement>("td[data-column]");
      const startRow = rows.findIndex(
        (row) => row.id === cell?.closest<HTMLElement>("tr[data-row]")?.dataset.row,
      );
      const startColumn = field.columns.findIndex((column) => column.id === cell?.dataset.column);
      if (startRow < 0 || startColumn < 0) return undefined;
      const width = Math.min(blockWidth(block), field.columns.length - startColumn);
      const fit = Math.min(block.length, rows.length - startRow);
      const current = store.get(path);
      const next: Record<string, Record<string, unknown>> = isObject(current)
        ? { ...(current as Record<string, Record<string, unknown>>) }
        : {};
      const cells: string[] = [];
      for (let r = 0; r < fit; r += 1) {
        const row = rows[startRow + r] as MatrixRow;
        const values = { ...(isObject(next[row.id]) ? next[row.id] : {}) };
        for (let c = 0; c < width; c += 1) {
          const column = field.columns[startColumn + c];
          if (!column || row.blank?.includes(column.id)) continue;
          const typed = (block[r]?.[c] ?? "").trim();
          if (typed === "") delete values[column.id];
          else values[column.id] = typed;
          cells.push(`${path}.${row.id}.${column.id}`);
        }
        next[row.id] = values;
      }
      change(path, next);
      const notes = [];
      if (fit < block.length) notes.push(ui("ui.spreadsheet.rowsPastEnd", { count: block.length - fit }));
      if (width < blockWidth(block))
        notes.push(ui("ui.spreadsheet.columnsPastEnd", { count: blockWidth(block) - width }));
      return { rows: fit, columns: width, cells, notes };
    },
    [field, store, path, change, ui],
  );
  const spreadsheet = useSpreadsheet(path, place, !readOnly && field.readOnly !== true);
  const rowLimit = useFirstScreenRows(path);
  const allGroups = useMemo(() => groupRows(field.rows), [field.rows]);
  // In the first screen of a long form, the top rows only; the rest come with the rest of the form.
  const groups = useMemo(
    () => (rowLimit === undefined ? allGroups : topRows(allGroups, rowLimit)),
    [allGroups, rowLimit],
  );
  const continuing = useMemo(() => continuingRows(field.rows), [field.rows]);
  const sums = useMemo(() => sumPartsByCell(table.rules, path), [table.rules, path]);
  const marks = field.stubMarks ?? [];
  const hasMarks = marks.length > 0 || field.columns.some((column) => column.mark);
  const width = 3 + field.columns.length;
  return (
    <FieldFrame field={field} path={path} asGroup>
      {() => (
        <>
          <div className="tb-matrix-scroll" {...spreadsheet.handlers}>
            <table className="tb-matrix" data-path={path}>
              <thead>
                <tr>
                  <th scope="col" className="tb-matrix-name">
                    <BilingualText text={ui("ui.matrix.indicator")} lang={lang} />
                  </th>
                  <th scope="col" className="tb-matrix-unit">
                    <BilingualText text={ui("ui.matrix.unit")} lang={lang} />
                  </th>
                  <th scope="col" className="tb-matrix-code">
                    <BilingualText text={ui("ui.matrix.code")} lang={lang} />
                  </th>
                  {field.columns.map((column) => (
                    <th
                      key={column.id}
                      scope="col"
                      id={`${baseId}-col-${column.id}`}
                      className="tb-matrix-column"
                    >
                      <BilingualText text={column.label} lang={lang} />
                    </th>
                  ))}
                </tr>
                {hasMarks ? (
                  <tr className="tb-marks">
                    <td>{marks[0] ?? ""}</td>
                    <td>{marks[1] ?? ""}</td>
                    <td>{marks[2] ?? ""}</td>
                    {field.columns.map((column) => (
                      <td key={column.id}>{column.mark ?? ""}</td>
                    ))}
                  </tr>
                ) : null}
              </thead>
              {groups.map((group, index) => (
                <tbody key={group.heading?.id ?? `group-${index}`}>
                  {group.heading ? <HeadingRow row={group.heading} width={width} /> : null}
                  {group.rows.map((row) => (
                    <IndicatorRow
                      key={row.id}
                      field={field}
                      row={row}
                      path={path}
                      baseId={baseId}
                      sums={sums}
                      continues={continuing.has(row.id)}
                    />
                  ))}
                </tbody>
              ))}
            </table>
          </div>
          {spreadsheet.status}
        </>
      )}
    </FieldFrame>
  );
}

function HeadingRow({ row, width }: { row: MatrixRow; width: number }) {
  const { lang } = useFormContext();
  const ui = useUi();
  // A heading with a printed unit or code keeps them in their columns, as on paper.
  const split = row.unit !== undefined || row.code !== undefined;
  return (
    <tr className="tb-matrix-heading" data-row={row.id} data-level={row.level}>
      <th scope="rowgroup" colSpan={split ? 1 : width} className="tb-matrix-name">
        <BilingualText text={row.label} lang={lang} />
      </th>
      {split ? (
        <>
          <td className="tb-matrix-unit">
            {row.unit ? <BilingualText text={ui(`ui.unit.${row.unit}`)} lang={lang} /> : null}
          </td>
          <td className="tb-matrix-code">{row.code ?? ""}</td>
          <td colSpan={width - 3} />
        </>
      ) : null}
    </tr>
  );
}

interface IndicatorRowProps {
  field: MatrixFieldModel;
  row: MatrixRow;
  path: string;
  baseId: string;
  sums: Map<string, SumHintRule[]>;
  /** Not the first row of its run at this level (硕士研究生 after 其中：博士研究生). */
  continues: boolean;
}

const IndicatorRow = memo(function IndicatorRow({
  field,
  row,
  path,
  baseId,
  sums,
  continues,
}: IndicatorRowProps) {
  const { lang } = useFormContext();
  const ui = useUi();
  const rowId = `${baseId}-row-${row.id}`;
  const codeId = `${baseId}-code-${row.id}`;
  return (
    <tr
      className="tb-matrix-row"
      data-row={row.id}
      data-level={row.level}
      data-continues={continues || undefined}
    >
      <th scope="row" id={rowId} className="tb-matrix-name">
        <BilingualText text={row.label} lang={lang} />
      </th>
      <td className="tb-matrix-unit">
        {row.unit ? <BilingualText text={ui(`ui.unit.${row.unit}`)} lang={lang} /> : null}
      </td>
      <td className="tb-matrix-code" id={codeId}>
        {row.code ?? ""}
      </td>
      {field.columns.map((column) => {
        if (row.blank?.includes(column.id)) {
          return (
            <td key={column.id} className="tb-matrix-blank" data-column={column.id}>
              <CellLabel text={column.label} />
              <span aria-hidden="true">—</span>
              <span className="tb-visually-hidden">
                <BilingualText text={ui("ui.matrix.blank")} lang={lang} />
              </span>
            </td>
          );
        }
        const cellPath = `${path}.${row.id}.${column.id}`;
        const labelledBy = [rowId, `${baseId}-col-${column.id}`, row.code ? codeId : undefined]
          .filter(Boolean)
          .join(" ");
        return (
          <td key={column.id} className="tb-matrix-cell" data-column={column.id}>
            <CellLabel text={column.label} />
            <MatrixCell
              path={cellPath}
              labelledBy={labelledBy}
              kind={row.kind ?? "decimal"}
              sums={sums.get(cellPath)}
              readOnly={field.readOnly === true}
            />
          </td>
        );
      })}
    </tr>
  );
});

/**
 * The column's name inside the cell, shown where the matrix is laid out as a list per indicator
 * (phones). Hidden from assistive technology: the input is already labelled by its row and column.
 */
function CellLabel({ text }: { text: MatrixFieldModel["columns"][number]["label"] }) {
  const { lang } = useFormContext();
  return (
    <span className="tb-matrix-cell-label" aria-hidden="true">
      <BilingualText text={text} lang={lang} />
    </span>
  );
}

interface MatrixCellProps {
  path: string;
  labelledBy: string;
  kind: "integer" | "decimal";
  sums?: SumHintRule[];
  readOnly: boolean;
}

function MatrixCell({ path, labelledBy, kind, sums, readOnly: fieldReadOnly }: MatrixCellProps) {
  const { change, blur, readOnly, idPrefix, lang, store } = useFormContext();
  const ui = useUi();
  const text = useFindingText();
  const value = useFieldValue<unknown>(path);
  const findings = useFieldFindings(path);
  const id = fieldDomId(idPrefix, path);
  const invalid = findings.some((finding) => finding.severity === "error");
  const describedBy = [
    findings.length > 0 ? `${id}-messages` : undefined,
    ...(sums ?? []).map((sum) => sumHintId(id, sum.id)),
  ]
    .filter(Boolean)
    .join(" ");
  // Row ids are printed codes (401): a path setter would create an array for a numeric key, so a
  // missing matrix or row object is written whole, once.
  const setCell = (next: string | undefined) => {
    const [matrixPath, rowId, columnId] = cellParts(path);
    if (!isObject(store.get(matrixPath))) change(matrixPath, { [rowId]: { [columnId]: next } });
    else if (!isObject(store.get(`${matrixPath}.${rowId}`)))
      change(`${matrixPath}.${rowId}`, { [columnId]: next });
    else change(path, next);
  };
  const ordered = [...findings].sort((a, b) => severityOrder(a.severity) - severityOrder(b.severity));
  return (
    <div className="tb-matrix-control" data-path={path}>
      <input
        id={id}
        type="text"
        className="tb-input tb-matrix-input"
        inputMode={kind === "integer" ? "numeric" : "decimal"}
        autoComplete="off"
        spellCheck={false}
        aria-labelledby={labelledBy}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        readOnly={readOnly || fieldReadOnly}
        value={value === undefined || value === null ? "" : String(value)}
        onChange={(event) => setCell(event.target.value === "" ? undefined : event.target.value)}
        onBlur={() => blur(path)}
      />
      {(sums ?? []).map((sum) => (
        <SumHint key={sum.id} id={sumHintId(id, sum.id)} parts={sum.parts} />
      ))}
      {ordered.length > 0 ? (
        <div id={`${id}-messages`}>
          {ordered.map((finding) => (
            <p
              key={`${finding.rule}-${finding.severity}`}
              className={`tb-message tb-message-${finding.severity}`}
            >
              {finding.severity === "warning" ? (
                <span className="tb-message-tag">
                  <BilingualText text={ui("ui.warning.tag")} lang={lang} />
                </span>
              ) : null}
              <BilingualText text={text(finding)} lang={lang} />
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** A cell path split into the matrix path, the row id and the column id. */
function cellParts(path: string): [string, string, string] {
  const parts = path.split(".");
  const columnId = parts.pop() ?? "";
  const rowId = parts.pop() ?? "";
  return [parts.join("."), rowId, columnId];
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sumHintId(cellId: string, ruleId: string): string {
  return `${cellId}-sum-${ruleId.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

function severityOrder(severity: Severity): number {
  return severity === "error" ? 0 : 1;
}

/** The live sum of a total's parts; subscribes to the parts' paths only. */
function SumHint({ id, parts }: { id: string; parts: string[] }) {
  const { store, lang } = useFormContext();
  const ui = useUi();
  const subscribe = useCallback(
    (listener: () => void) => {
      const stops = parts.map((part) => store.subscribe(watchedPath(part), listener));
      return () => {
        for (const stop of stops) stop();
      };
    },
    [store, parts],
  );
  const get = useCallback(() => sumOfParts(store.getValues(), parts), [store, parts]);
  const sum = useSyncExternalStore(subscribe, get, get);
  return (
    <span id={id} className="tb-hint tb-matrix-sum" data-sum={sum ?? ""}>
      {sum === undefined ? null : (
        <BilingualText
          text={ui("ui.matrix.sumOfParts", { sum: formatNumber(sum, lang === "en" ? "en" : "zh") })}
          lang={lang}
        />
      )}
    </span>
  );
}

/** Splits rows into groups, each opened by a heading row (一、服务采购商) where the paper prints one. */
export function groupRows(rows: MatrixRow[]): RowGroup[] {
  const groups: RowGroup[] = [];
  let current: RowGroup = { rows: [] };
  for (const row of rows) {
    if (row.heading) {
      if (current.heading || current.rows.length > 0) groups.push(current);
      current = { heading: row, rows: [] };
    } else current.rows.push(row);
  }
  if (current.heading || current.rows.length > 0) groups.push(current);
  return groups;
}

/** The groups cut after `count` indicator rows (headings do not count), for a first screen. */
export function topRows(groups: RowGroup[], count: number): RowGroup[] {
  const out: RowGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.rows.length <= left ? group : { ...group, rows: group.rows.slice(0, left) });
    left -= group.rows.length;
  }
  return out;
}

/**
 * The parts of every sum rule whose total is a cell of the matrix at `path`, keyed by the cell path.
 * Rules are read from the table, so any table's totals get their hint without naming the table.
 */
export function sumPartsByCell(rules: Rule[], path: string): Map<string, SumHintRule[]> {
  const prefix = `${path}.`;
  const out = new Map<string, SumHintRule[]>();
  for (const rule of rules) {
    if (rule.kind !== "sum" || !rule.total.startsWith(prefix)) continue;
    if (rule.total.slice(prefix.length).split(".").length !== 2) continue;
    out.set(rule.total, [...(out.get(rule.total) ?? []), { id: rule.id, parts: rule.parts }]);
  }
  return out;
}

/** The path to subscribe to for a part: a row pattern (`rows.*.col`) is watched at its list. */
function watchedPath(part: string): string {
  const star = part.indexOf(".*");
  return star < 0 ? part : part.slice(0, star);
}

/**
 * The sum of the parts as text, the figure the sum rule expects; undefined while no part holds a
 * number. Text, so that the snapshot compares by value.
 */
export function sumOfParts(values: unknown, parts: string[]): string | undefined {
  let total = 0;
  let filled = false;
  for (const part of parts) {
    const reached = getAt(values, part);
    for (const value of part.includes("*") && Array.isArray(reached) ? reached : [reached]) {
      // As the core's sum rule: a blank or non-numeric part counts as 0 (that cell shows its own message).
      const number = numberOf(value);
      if (number === undefined) continue;
      total += number;
      filled = true;
    }
  }
  // toPrecision(15) drops binary float noise (0.1 + 0.2) before the figure is shown.
  return filled ? String(Number(total.toPrecision(15))) : undefined;
}

/** A number as typed (full-width digits, thousands separators); a money value counts by its amount. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return parseNumeric(value);
  if (typeof value === "object" && value !== null && "amount" in value) return numberOf(value.amount);
  return undefined;
}
