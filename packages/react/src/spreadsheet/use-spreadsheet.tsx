import type { Text } from "@tianbiao/core";
import {
  type ClipboardEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useRef,
  useState,
} from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useUi } from "../field/use-ui";
import { useFormContext } from "../table-form/form-context";
import { parseBlock } from "./parse-block";

/** What a paste wrote: the block's size as placed, the cells it set, and notes on what did not fit. */
export interface PlacedBlock {
  rows: number;
  columns: number;
  cells: string[];
  notes: Text[];
}

/**
 * Writes a block at the cell holding `from`, through the form's change(); returns undefined when
 * `from` is not a cell the block can start at.
 */
export type PlaceBlock = (block: string[][], from: HTMLElement) => PlacedBlock | undefined;

/** What a step was: its undo button and its undone message name it. */
export type StepKind = "paste" | "import";

interface Status {
  text: Text;
  seq: number;
  undo: boolean;
  kind: StepKind;
}

/**
 * Spreadsheet habits for a grid of cells stored under `path` (a rows field, a matrix): a block pasted
 * from Excel or WPS fills the cells from the focused one, one undo (Ctrl/Cmd+Z or the button) puts the
 * whole field back as it was, and the arrow keys move between cells. Costs nothing per keystroke:
 * the handlers run on paste and on arrow keys only.
 */
export function useSpreadsheet(path: string, place: PlaceBlock, enabled: boolean) {
  const { store, change, blur, lang } = useFormContext();
  const ui = useUi();
  const [status, setStatus] = useState<Status | null>(null);
  const before = useRef<{ value: unknown; focus: HTMLElement | null; kind: StepKind } | null>(null);

  const show = useCallback((text: Text, undo: boolean, kind: StepKind = "paste") => {
    setStatus((previous) => ({ text, undo, kind, seq: (previous?.seq ?? 0) + 1 }));
  }, []);

  /**
   * Runs a write of many cells (a paste, an imported sheet) as one step the filer can undo, shows its
   * cells' messages at once, as cells typed in and left do, and reports it. False when nothing was written.
   */
  const apply = useCallback(
    (
      write: () => PlacedBlock | undefined,
      message: (placed: PlacedBlock) => Text,
      focus: HTMLElement | null,
      kind: StepKind = "paste",
    ) => {
      const value = store.get(path);
      const placed = write();
      if (!placed) return false;
      before.current = { value, focus, kind };
      for (const cell of placed.cells) blur(cell);
      show(joinTexts([message(placed), ...placed.notes]), true, kind);
      return true;
    },
    [store, path, blur, show],
  );

  const onPaste = useCallback(
    (event: ClipboardEvent<HTMLElement>) => {
      if (!enabled) return;
      const block = parseBlock(event.clipboardData.getData("text/plain"));
      const from = event.target as HTMLElement;
      if (!block || !isCellControl(from)) return;
      const pasted = (placed: PlacedBlock) =>
        ui("ui.spreadsheet.pasted", { count: placed.rows, columns: placed.columns });
      if (apply(() => place(block, from), pasted, from)) event.preventDefault();
    },
    [enabled, place, apply, ui],
  );

  const undo = useCallback(() => {
    const saved = before.current;
    if (!saved) return;
    before.current = null;
    change(path, saved.value);
    show(
      ui(saved.kind === "import" ? "ui.spreadsheet.importUndone" : "ui.spreadsheet.undone"),
      false,
      saved.kind,
    );
    if (saved.focus?.isConnected) saved.focus.focus();
  }, [change, path, show, ui]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.altKey) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && event.key.toLowerCase() === "z" && before.current) {
        event.preventDefault();
        undo();
        return;
      }
      // Typing costs nothing here: only arrow keys look at the table.
      if (mod || event.shiftKey || !event.key.startsWith("Arrow")) return;
      const target = event.target as HTMLElement;
      const next = neighbour(target, event.key);
      if (next) {
        event.preventDefault();
        next.focus();
        if (next instanceof HTMLInputElement && selectable.has(next.type)) next.select();
      }
    },
    [undo],
  );

  // Typing after a paste makes the browser's own undo the one that applies.
  const onInput = useCallback((_event: FormEvent<HTMLElement>) => {
    if (!before.current) return;
    before.current = null;
    setStatus((previous) => (previous ? { ...previous, undo: false } : previous));
  }, []);

  const statusNode: ReactNode = (
    <>
      {status ? (
        <div className="tb-paste-status" key={status.seq}>
          <p className="tb-hint">
            <BilingualText text={status.text} lang={lang} />
          </p>
          {status.undo ? (
            <button type="button" className="tb-button tb-button-secondary tb-paste-undo" onClick={undo}>
              <BilingualText
                text={ui(status.kind === "import" ? "ui.spreadsheet.undoImport" : "ui.spreadsheet.undo")}
                lang={lang}
              />
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="tb-visually-hidden" role="status" aria-live="polite">
        {status ? (
          <span key={status.seq}>
            <BilingualText text={status.text} lang={lang} />
          </span>
        ) : null}
      </div>
    </>
  );

  return { handlers: { onPaste, onKeyDown, onInput }, status: statusNode, apply, show };
}

function joinTexts(texts: Text[]): Text {
  return { zh: texts.map((text) => text.zh).join(""), en: texts.map((text) => text.en).join(" ") };
}

const CONTROLS = "input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea";
const selectable = new Set(["text", "search", "tel", "url", "email"]);

function isCellControl(element: HTMLElement): boolean {
  return element.matches(CONTROLS) && element.closest("td") !== null;
}

/** Controls keep the arrows they use themselves: a select's options, a combobox's list. */
function ownsArrows(element: HTMLElement): boolean {
  return (
    element instanceof HTMLSelectElement ||
    element.getAttribute("role") === "combobox" ||
    element.getAttribute("aria-expanded") === "true"
  );
}

/** Where the caret is: at the start, at the end (both in an empty cell), with no text selected. */
function caret(element: HTMLElement): { start: boolean; end: boolean } {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    return { start: true, end: true };
  }
  const { selectionStart, selectionEnd, value } = element;
  // Inputs without a caret (type=number) move as a whole.
  if (selectionStart === null || selectionEnd === null) return { start: true, end: true };
  if (selectionStart !== selectionEnd) return { start: false, end: false };
  return { start: selectionStart === 0, end: selectionEnd === value.length };
}

function controlsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => !(control as HTMLInputElement).disabled,
  );
}

/** The control an arrow key moves to from `from`, or undefined when the key stays with the control. */
function neighbour(from: HTMLElement, key: string): HTMLElement | undefined {
  if (!isCellControl(from) || ownsArrows(from)) return undefined;
  const cell = from.closest("td");
  const row = cell?.closest("tr");
  const table = row?.closest("table");
  if (!cell || !row || !table) return undefined;
  const at = caret(from);
  if (key === "ArrowLeft" || key === "ArrowRight") {
    if (key === "ArrowLeft" ? !at.start : !at.end) return undefined;
    const inRow = controlsIn(row);
    return inRow[inRow.indexOf(from) + (key === "ArrowLeft" ? -1 : 1)];
  }
  if (key !== "ArrowUp" && key !== "ArrowDown") return undefined;
  if (from instanceof HTMLTextAreaElement && (key === "ArrowUp" ? !at.start : !at.end)) return undefined;
  // The same column in the nearest row above or below that has a control there (heading rows have none).
  const place = controlsIn(cell).indexOf(from);
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")];
  const step = key === "ArrowUp" ? -1 : 1;
  for (let i = rows.indexOf(row as HTMLTableRowElement) + step; i >= 0 && i < rows.length; i += step) {
    const other = rows[i]?.cells[cell.cellIndex];
    if (!other || other.colSpan !== cell.colSpan) continue;
    const controls = controlsIn(other);
    const target = controls[Math.min(place, controls.length - 1)];
    if (target) return target;
  }
  return undefined;
}
