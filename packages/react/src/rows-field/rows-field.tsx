import type {
  ChoiceField,
  ChoiceOption,
  Field as FieldModel,
  Lang,
  RowsField as RowsFieldModel,
  Text,
} from "@tianbiao/core";
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { Field } from "../field/field";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { plain, uiString, useUi } from "../field/use-ui";
import type { FormStore } from "../form-store/form-store";
import { useFieldSelector, useFieldValue } from "../form-store/use-field";
import { KEEP, valueFromText } from "../spreadsheet/cell-value";
import { blockWidth } from "../spreadsheet/parse-block";
import { matchHeaders, readFirstSheet, XlsxUnavailable } from "../spreadsheet/read-sheet";
import { type PlaceBlock, type PlacedBlock, useSpreadsheet } from "../spreadsheet/use-spreadsheet";
import { fieldDomId, useFormContext } from "../table-form/form-context";

/** Rows rendered at first and added by each "show more". */
export const ROWS_PAGE_SIZE = 50;

/** Rows per <tbody>. */
export const ROWS_BLOCK_SIZE = 25;

/**
 * With more rows than this shown, on a screen wider than a phone, the browser skips the blocks off
 * screen (content-visibility in rows-field.css): with all 1,000 rows of 城市1表 shown, a keystroke then
 * costs the blocks in view, not every cell of the table. Chromium leaves a skipped block's rows out of
 * its accessibility tree, so the table then tells screen readers its size and each row's place
 * (aria-rowcount, aria-rowindex), as a virtual grid does. Up to this many rows every row is drawn and
 * reaches screen readers whole. What that costs: in Chromium traces with 100 rows shown, the hit test,
 * prepaint, paint and layerize after each keystroke's frame took 15–19 ms with every block drawn, 8 with
 * the blocks off screen skipped; with all 1,000 rows, 81–91 against 11–12.
 */
export const ROWS_SKIP_AFTER = 100;

/** The column a row's kind (中方投资者 / 外方投资者) is stored in. */
export const ROW_KIND_COLUMN = "rowKind";

export interface RowsFieldProps {
  field: RowsFieldModel;
  path: string;
}

const rowCountOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

type FocusTarget = { kind: "row"; index: number } | { kind: "add" };

/**
 * Repeating rows laid out like the paper: printed column headers and marks, one line per row, each
 * cell a field at `<path>.<row>.<column id>`. The container subscribes to the row count only, so
 * typing in a cell re-renders that cell. Long lists render in pages of ROWS_PAGE_SIZE rows.
 */
export function RowsField({ field, path }: RowsFieldProps) {
  const { lang, idPrefix, readOnly: formReadOnly, store, change, i18n } = useFormContext();
  const ui = useUi();
  const count = useFieldSelector(path, rowCountOf);
  const min = field.minRows ?? 0;
  const max = field.maxRows ?? Number.POSITIVE_INFINITY;
  const rowCount = Math.max(count, min);
  const editable = !formReadOnly && field.readOnly !== true;
  const [limit, setLimit] = useState(ROWS_PAGE_SIZE);
  const printing = usePrinting();
  const lastFindingRow = useLastFindingRow(store, path);
  const shown = printing ? rowCount : Math.min(rowCount, Math.max(limit, lastFindingRow + 1));
  const [announcement, setAnnouncement] = useState<{ text: Text; seq: number } | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const baseId = fieldDomId(idPrefix, path);

  const announce = useCallback((text: Text) => {
    setAnnouncement((previous) => ({ text, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    if (!focusTarget) return;
    if (focusTarget.kind === "add") addRef.current?.focus();
    else firstControl(tableRef.current, focusTarget.index)?.focus();
  }, [focusTarget]);

  const atMax = rowCount >= max;
  const addRow = () => {
    if (atMax) {
      announce(ui("ui.rows.maxReached", { max }));
      return;
    }
    const rows = padded(store.get(path), rowCount);
    rows.push({});
    // The new row must be rendered to take focus, even past the current page.
    setLimit((current) => Math.max(current, rows.length));
    change(path, rows);
    setFocusTarget({ kind: "row", index: rows.length - 1 });
    announce(ui("ui.rows.added", { n: rows.length }));
  };

  const removeRow = useCallback(
    (index: number) => {
      const rows = padded(store.get(path), min).filter((_, i) => i !== index);
      change(path, rows);
      setFocusTarget(index < Math.max(rows.length, min) ? { kind: "row", index } : { kind: "add" });
      announce(ui("ui.rows.removed", { n: index + 1 }));
    },
    [store, path, min, change, announce, ui],
  );

  // A block pasted from a spreadsheet fills cells rightwards and downwards from the focused one,
  // adding rows up to maxRows.
  const columns = useMemo(
    (): FieldModel[] => [
      ...(field.rowKinds ? [rowKindColumn(field, ui("ui.rows.rowKind"))] : []),
      ...field.columns,
    ],
    [field, ui],
  );

  // Writes a block of cell texts from row `start`, column `startColumn`, adding rows up to maxRows.
  const placeAt = useCallback(
    (block: string[][], start: number, startColumn: number): PlacedBlock | undefined => {
      const width = Math.min(blockWidth(block), columns.length - startColumn);
      const fit = Math.max(0, Math.min(block.length, max - start));
      if (fit === 0) {
        announce(ui("ui.rows.maxReached", { max }));
        return undefined;
      }
      const rows = padded(store.get(path), Math.max(rowCountOf(store.get(path)), min, start + fit));
      const cells: string[] = [];
      for (let r = 0; r < fit; r += 1) {
        const index = start + r;
        const next = { ...(rows[index] as Record<string, unknown>) };
        for (let c = 0; c < width; c += 1) {
          const column = columns[startColumn + c] as FieldModel;
          const value = valueFromText(column, block[r]?.[c] ?? "");
          if (value === KEEP) continue;
          if (value === undefined) delete next[column.id];
          else next[column.id] = value;
          cells.push(`${path}.${index}.${column.id}`);
        }
        rows[index] = next;
      }
      setLimit((current) => Math.max(current, rows.length));
      change(path, rows);
      const notes = [];
      if (fit < block.length)
        notes.push(ui("ui.spreadsheet.rowsDidNotFit", { max, count: block.length - fit }));
      if (width < blockWidth(block))
        notes.push(ui("ui.spreadsheet.columnsPastEnd", { count: blockWidth(block) - width }));
      return { rows: fit, columns: width, cells, notes };
    },
    [columns, store, path, min, max, change, announce, ui],
  );

  // A block pasted from a spreadsheet fills cells rightwards and downwards from the focused one.
  const place: PlaceBlock = useCallback(
    (pasted, from) => {
      const cell = from.closest<HTMLElement>("td[data-column]");
      const start = Number(cell?.closest<HTMLElement>("tr[data-row]")?.dataset.row);
      const startColumn = columns.findIndex((column) => column.id === cell?.dataset.column);
      if (!cell || !Number.isInteger(start) || startColumn < 0) return undefined;
      // A block copied with the printed 序号 column: its first column is the row numbers, not a field.
      const numbered =
        startColumn === 0 &&
        blockWidth(pasted) === columns.length + 1 &&
        pasted.every((r) => /^\s*\d*\s*$/.test(r[0] ?? ""));
      return placeAt(numbered ? pasted.map((r) => r.slice(1)) : pasted, start, startColumn);
    },
    [columns, placeAt],
  );
  const spreadsheet = useSpreadsheet(path, place, editable);

  // An .xlsx whose first row holds the printed column headers: its rows go after the last row filled in.
  const importSheet = async (file: File) => {
    const name = { file: file.name };
    let sheet: string[][];
    try {
      sheet = await readFirstSheet(await file.arrayBuffer());
    } catch (error) {
      const key =
        error instanceof XlsxUnavailable ? "ui.spreadsheet.unavailable" : "ui.spreadsheet.unreadable";
      spreadsheet.show(ui(key, name), false);
      return;
    }
    const [header = [], ...body] = sheet;
    const { columnAt, unknown } = matchHeaders(header, columns, [ui("ui.rows.number")]);
    if (unknown.length > 0 || !columnAt.some(Boolean)) {
      const headers = unknown.join(", ") || header.join(", ");
      const inLang = (lng: "zh" | "en") =>
        String(
          i18n.t("ui.spreadsheet.headersUnknown", {
            lng,
            ...name,
            headers,
            expected: columns.map((column) => column.label[lng]).join(lng === "zh" ? "、" : ", "),
          }),
        );
      spreadsheet.show({ zh: inLang("zh"), en: inLang("en") }, false);
      return;
    }
    const block = body
      .map((cells) => columns.map((column) => cells[columnAt.indexOf(column.id)] ?? ""))
      .filter((cells) => cells.some((cell) => cell.trim() !== ""));
    if (block.length === 0) {
      spreadsheet.show(ui("ui.spreadsheet.noRows", name), false);
      return;
    }
    const rows = padded(store.get(path), 0);
    const start =
      rows.findLastIndex((row) => Object.values(row as object).some((v) => v !== undefined && v !== "")) + 1;
    spreadsheet.apply(
      () => placeAt(block, start, 0),
      (placed) => ui("ui.spreadsheet.imported", { ...name, count: placed.rows }),
      null,
      "import",
    );
  };
  const fileRef = useRef<HTMLInputElement>(null);

  const showMore = (all: boolean) => {
    const next = all ? rowCount : Math.min(rowCount, shown + ROWS_PAGE_SIZE);
    setLimit(next);
    // Focus moves to the first row just shown: the button may be gone, and the new rows come next anyway.
    setFocusTarget({ kind: "row", index: shown });
    announce(ui("ui.rows.shownCount", { shown: next, total: rowCount }));
  };

  const headers = useMemo(
    () => field.columns.map((column) => ({ column, id: `${baseId}-col-${column.id}` })),
    [field.columns, baseId],
  );
  const hasMarks = (field.columnMarks?.length ?? 0) > 0;
  const columnCount = 1 + (field.rowKinds ? 1 : 0) + field.columns.length + (editable ? 1 : 0);
  const headerRows = hasMarks ? 2 : 1;
  const skipping = shown > ROWS_SKIP_AFTER;
  const blocks = useMemo(
    () =>
      Array.from({ length: Math.ceil(shown / ROWS_BLOCK_SIZE) }, (_, b) =>
        Array.from(
          { length: Math.min(ROWS_BLOCK_SIZE, shown - b * ROWS_BLOCK_SIZE) },
          (_, i) => b * ROWS_BLOCK_SIZE + i,
        ),
      ),
    [shown],
  );

  return (
    <FieldFrame field={field} path={path} asGroup>
      {() => (
        <div className="tb-rows" data-rows={rowCount}>
          <div className="tb-rows-scroll" {...spreadsheet.handlers}>
            <table
              ref={tableRef}
              className="tb-rows-table"
              data-skip={skipping ? "" : undefined}
              aria-rowcount={skipping ? headerRows + shown : undefined}
            >
              <thead>
                <tr aria-rowindex={skipping ? 1 : undefined}>
                  <th scope="col" className="tb-rows-number">
                    <BilingualText text={ui("ui.rows.number")} lang={lang} />
                  </th>
                  {field.rowKinds ? (
                    <th scope="col" className="tb-rows-kind">
                      <span className="tb-rows-heading">
                        <BilingualText text={ui("ui.rows.rowKind")} lang={lang} />
                      </span>
                    </th>
                  ) : null}
                  {headers.map(({ column, id }) => (
                    <th key={column.id} scope="col" id={id} data-kind={column.kind}>
                      <span className="tb-rows-heading">
                        <ColumnHeader column={column} />
                      </span>
                    </th>
                  ))}
                  {editable ? (
                    <th scope="col" className="tb-rows-actions-cell">
                      <span className="tb-visually-hidden">
                        <BilingualText text={ui("ui.rows.actions")} lang={lang} />
                      </span>
                    </th>
                  ) : null}
                </tr>
                {hasMarks ? (
                  <tr className="tb-marks" aria-rowindex={skipping ? 2 : undefined}>
                    <td className="tb-rows-number" />
                    {field.rowKinds ? <td className="tb-rows-kind" /> : null}
                    {field.columns.map((column, i) => (
                      <td key={column.id} data-kind={column.kind}>
                        {field.columnMarks?.[i] ?? ""}
                      </td>
                    ))}
                    {editable ? <td className="tb-rows-actions-cell" /> : null}
                  </tr>
                ) : null}
              </thead>
              {blocks.map((indexes) => (
                <tbody key={indexes[0]} className="tb-rows-block">
                  {indexes.map((index) => (
                    <Row
                      key={index}
                      field={field}
                      path={path}
                      index={index}
                      rowIndex={skipping ? headerRows + index + 1 : undefined}
                      editable={editable}
                      canRemove={rowCount > min}
                      onRemove={removeRow}
                    />
                  ))}
                </tbody>
              ))}
              {rowCount === 0 ? (
                <tbody>
                  <tr>
                    <td colSpan={columnCount} className="tb-rows-empty">
                      <BilingualText text={ui("ui.rows.empty")} lang={lang} />
                    </td>
                  </tr>
                </tbody>
              ) : null}
            </table>
          </div>
          {shown < rowCount ? (
            <div className="tb-actions tb-rows-more">
              <span className="tb-rows-shown">
                <BilingualText text={ui("ui.rows.shownCount", { shown, total: rowCount })} lang={lang} />
              </span>
              <button type="button" className="tb-button" onClick={() => showMore(false)}>
                <BilingualText
                  text={ui("ui.rows.showMore", { count: Math.min(ROWS_PAGE_SIZE, rowCount - shown) })}
                  lang={lang}
                />
              </button>
              <button type="button" className="tb-button" onClick={() => showMore(true)}>
                <BilingualText text={ui("ui.rows.showAll", { total: rowCount })} lang={lang} />
              </button>
            </div>
          ) : null}
          {editable ? (
            <div className="tb-actions tb-rows-actions">
              <button
                ref={addRef}
                type="button"
                className="tb-button tb-rows-add"
                aria-disabled={atMax || undefined}
                aria-describedby={atMax ? `${baseId}-max` : undefined}
                onClick={addRow}
              >
                <BilingualText text={ui("ui.action.addRow")} lang={lang} />
              </button>
              <button
                type="button"
                className="tb-button tb-button-secondary tb-rows-import"
                onClick={() => fileRef.current?.click()}
              >
                <BilingualText text={ui("ui.spreadsheet.importFile")} lang={lang} />
              </button>
              <input
                ref={fileRef}
                type="file"
                hidden
                tabIndex={-1}
                aria-hidden="true"
                className="tb-rows-import-file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  event.target.value = "";
                  if (file) void importSheet(file);
                }}
              />
              {atMax ? (
                <span id={`${baseId}-max`} className="tb-hint">
                  <BilingualText text={ui("ui.rows.maxReached", { max })} lang={lang} />
                </span>
              ) : null}
            </div>
          ) : null}
          {spreadsheet.status}
          <div className="tb-visually-hidden" role="status" aria-live="polite">
            {announcement ? (
              <span key={announcement.seq}>
                <BilingualText text={announcement.text} lang={lang} />
              </span>
            ) : null}
          </div>
        </div>
      )}
    </FieldFrame>
  );
}

function ColumnHeader({ column }: { column: FieldModel }) {
  const { lang, i18n } = useFormContext();
  const unit = "unit" in column ? column.unit : undefined;
  const text = useMemo(() => {
    if (!unit) return column.label;
    const inLang = (lng: Lang) =>
      uiString(i18n, "ui.rows.columnWithUnit", lng, {
        label: column.label[lng],
        unit: uiString(i18n, `ui.unit.${unit}`, lng),
      });
    return { zh: inLang("zh"), en: inLang("en") };
  }, [column.label, unit, i18n]);
  return (
    <>
      {column.code ? <span className="tb-field-code">{column.code}</span> : null}
      <BilingualText text={text} lang={lang} />
    </>
  );
}

interface RowProps {
  field: RowsFieldModel;
  path: string;
  index: number;
  /** aria-rowindex, while the table's blocks may be skipped (ROWS_SKIP_AFTER). */
  rowIndex: number | undefined;
  editable: boolean;
  canRemove: boolean;
  onRemove: (index: number) => void;
}

/** One row: memoised so adding or removing a row does not re-render the others' cells. */
const Row = memo(function Row({ field, path, index, rowIndex, editable, canRemove, onRemove }: RowProps) {
  const { lang, i18n } = useFormContext();
  const ui = useUi();
  const rowPath = `${path}.${index}`;
  const row = index + 1;
  // Each cell's label names its row, so a screen reader hears "认证名称（第 3 行）", not a bare column.
  const cells = useMemo(() => {
    const cellLabel = (label: Text): Text => {
      const inLang = (lng: Lang) => uiString(i18n, "ui.rows.cellLabel", lng, { label: label[lng], n: row });
      return { zh: inLang("zh"), en: inLang("en") };
    };
    const kind: ChoiceField | undefined = field.rowKinds
      ? {
          id: ROW_KIND_COLUMN,
          kind: "choice",
          display: "select",
          options: field.rowKinds,
          label: cellLabel(ui("ui.rows.rowKind")),
        }
      : undefined;
    const columns = field.columns.map(
      (column): FieldModel => ({ ...column, help: undefined, label: cellLabel(column.label) }),
    );
    return { kind, columns };
  }, [field.columns, field.rowKinds, row, i18n, ui]);
  return (
    <tr className="tb-rows-row" data-row={index} aria-rowindex={rowIndex}>
      <th scope="row" className="tb-rows-number">
        {row}
      </th>
      {cells.kind ? (
        <td className="tb-rows-cell tb-rows-kind" data-column={ROW_KIND_COLUMN}>
          <RowKindSelect field={cells.kind} path={`${rowPath}.${ROW_KIND_COLUMN}`} />
        </td>
      ) : null}
      {cells.columns.map((column) => (
        <td key={column.id} className="tb-rows-cell" data-column={column.id} data-kind={column.kind}>
          <Field field={column} path={`${rowPath}.${column.id}`} />
        </td>
      ))}
      {editable ? (
        <td className="tb-rows-actions-cell">
          <button
            type="button"
            className="tb-button tb-button-secondary tb-rows-remove"
            aria-disabled={canRemove ? undefined : true}
            onClick={() => {
              if (canRemove) onRemove(index);
            }}
          >
            {/* Every row's button shows the same word, so the column is as wide in every row; its name says which row. */}
            <span aria-hidden="true">
              <BilingualText text={ui("ui.action.remove")} lang={lang} />
            </span>
            <span className="tb-visually-hidden">
              <BilingualText text={ui("ui.a11y.removeRow", { n: row })} lang={lang} />
            </span>
          </button>
        </td>
      ) : null}
    </tr>
  );
});

/** The row heading (中方投资者 / 外方投资者) as a select stored in the row's `rowKind` column. */
function RowKindSelect({ field, path }: { field: ChoiceField; path: string }) {
  const { lang, change, blur, readOnly } = useFormContext();
  const ui = useUi();
  const value = useFieldValue<string | undefined>(path);
  const options = flatOptions(field.options);
  const selected = options.find((option) => option.value === value);
  return (
    <FieldFrame field={field} path={path}>
      {({ id, required }) =>
        readOnly ? (
          <input
            id={id}
            type="text"
            className="tb-input"
            readOnly
            value={selected ? plain(selected.label, lang) : (value ?? "")}
          />
        ) : (
          <FieldControl>
            <select
              id={id}
              className="tb-input tb-select"
              value={value ?? ""}
              aria-required={required || undefined}
              onChange={(event) => change(path, event.target.value === "" ? undefined : event.target.value)}
              onBlur={() => blur(path)}
            >
              <option value="">{plain(ui("ui.choice.placeholder"), lang)}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {plain(option.label, lang)}
                </option>
              ))}
            </select>
          </FieldControl>
        )
      }
    </FieldFrame>
  );
}

/** The row kind as a column of its own, for a paste that starts in it. */
function rowKindColumn(field: RowsFieldModel, label: Text): ChoiceField {
  return { id: ROW_KIND_COLUMN, kind: "choice", display: "select", options: field.rowKinds ?? [], label };
}

function flatOptions(options: ChoiceOption[]): ChoiceOption[] {
  return options.flatMap((option) => (option.children ? flatOptions(option.children) : [option]));
}

/** The stored rows, padded with empty rows up to `length` (rows shown for minRows but never typed in). */
function padded(value: unknown, length: number): unknown[] {
  const rows = Array.isArray(value) ? [...value] : [];
  for (let i = 0; i < rows.length; i += 1) if (rows[i] === undefined) rows[i] = {};
  while (rows.length < length) rows.push({});
  return rows;
}

function firstControl(table: HTMLElement | null, index: number): HTMLElement | null {
  const row = table?.querySelector(`tr[data-row="${index}"]`);
  return row?.querySelector<HTMLElement>("input, select, textarea") ?? null;
}

/** True while the browser prints, so every row is on paper, not only the first page of them. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Printing lays the page out right after beforeprint, so the rows must be in the DOM by then.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}

/**
 * The last row with an error the filer can see (after a submit attempt, or a touched cell), so a link
 * in the error summary never points at a row that is not rendered. Re-renders only when that index changes.
 */
function useLastFindingRow(store: FormStore, path: string): number {
  // Findings and what the filer sees of them move it: a keystroke that changes no finding asks nothing.
  const subscribe = useCallback(
    (listener: () => void) =>
      store.subscribeAll((change) => {
        if (change.kind === "findings" || change.kind === "revealed") listener();
      }),
    [store],
  );
  const get = useCallback(() => {
    const prefix = `${path}.`;
    let last = -1;
    for (const finding of store.getFindings()) {
      if (finding.severity !== "error" || !finding.path.startsWith(prefix)) continue;
      const index = Number(finding.path.slice(prefix.length).split(".")[0]);
      if (Number.isInteger(index) && index > last && store.isRevealed(finding.path)) last = index;
    }
    return last;
  }, [store, path]);
  return useSyncExternalStore(subscribe, get, get);
}
