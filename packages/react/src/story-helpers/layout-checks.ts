/** What {@link measureLayout} found wrong on the page; every list empty when the layout holds. */
export interface LayoutFindings {
  /** How far the page scrolls sideways, in px. */
  sideways: number;
  /** Matrix or rows grids scrolling sideways inside their own box. */
  clipped: string[];
  /** Controls (inputs, selects, buttons, help toggles, radio and checkbox rows) under 44px tall, on phones. */
  short: string[];
  /**
   * Controls under 120px wide (a date's 年/月/日 parts counted as one control), and date parts too
   * narrow for their digits.
   */
  narrow: string[];
  /** Matrix cells (desktop) or indicator cards (phone) missing a rule on some side. */
  unruled: string[];
  /** Indicator names not at the left of their cell, or not indented below the row above at a lower level. */
  misaligned: string[];
  /** How many matrix cells and indicator names were looked at. */
  matrixCells: number;
  names: number;
}

/** The widest a phone layout is: up to 600px each rows table and matrix is a list of cards. */
export const phoneMaxWidth = 600;

/**
 * Measures the form's layout in a real browser: no sideways scrolling, 44px controls on phones,
 * 120px-wide controls, ruled matrix cells, indicator names left-aligned and indented by level.
 * Self-contained (no imports, no outer names), so a browser test can also hand it to
 * Playwright's `page.evaluate`.
 */
export function measureLayout(phone: boolean): LayoutFindings {
  const root = document.querySelector(".tb-root") ?? document.body;
  const name = (element: Element, extra: string) => {
    const path = element.closest("[data-path]")?.getAttribute("data-path") ?? "";
    const classes = String(element.className || "")
      .split(" ")
      .filter(Boolean)
      .map((c) => `.${c}`)
      .join("");
    return `${element.tagName.toLowerCase()}${classes} ${path} ${extra}`.trim();
  };
  const visible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== "hidden";
  };
  const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;

  const clipped = Array.from(root.querySelectorAll(".tb-matrix-scroll, .tb-rows-scroll"))
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => name(element, `${element.scrollWidth} > ${element.clientWidth}`));

  const controls = Array.from(
    root.querySelectorAll(
      "input:not([type=radio]):not([type=checkbox]), select, textarea, button, summary, .tb-radio, .tb-checkbox",
    ),
  ).filter(visible);
  const short = phone
    ? controls
        .filter((element) => element.getBoundingClientRect().height < 44 - 0.5)
        .map((element) => name(element, `${element.getBoundingClientRect().height.toFixed(1)}px tall`))
    : [];

  // A date's 年/月/日 parts are one control, as printed (____年__月__日): the group is measured, and
  // each part only has to show its digits whole.
  const dateParts = ".tb-date-input";
  const narrow = [
    ...controls.filter((element) => !element.matches(dateParts)),
    ...Array.from(root.querySelectorAll(".tb-date")).filter(visible),
  ]
    .filter((element) => element.getBoundingClientRect().width < 120 - 0.5)
    .map((element) => name(element, `${element.getBoundingClientRect().width.toFixed(1)}px wide`));
  for (const part of controls.filter((element) => element.matches(dateParts))) {
    if (part.scrollWidth > part.clientWidth + 1) {
      narrow.push(name(part, `digits cut: ${part.scrollWidth} > ${part.clientWidth}px`));
    }
  }

  const ruled = (element: Element) => {
    const style = getComputedStyle(element);
    return ["top", "right", "bottom", "left"].every(
      (side) =>
        style.getPropertyValue(`border-${side}-style`) !== "none" &&
        Number.parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1,
    );
  };
  const matrixCells = Array.from(root.querySelectorAll(".tb-matrix th, .tb-matrix td")).filter(visible);
  const unruled = (phone ? Array.from(root.querySelectorAll(".tb-matrix tbody tr")) : matrixCells)
    .filter(visible)
    .filter((element) => !ruled(element))
    .map((element) => name(element, (element.textContent ?? "").slice(0, 20)));

  // Where a name's text starts: from the left of its cell, and from the left of the matrix.
  const textLeft = (cell: Element, from: Element) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return range.getBoundingClientRect().left - from.getBoundingClientRect().left;
  };
  const misaligned: string[] = [];
  const names = Array.from(root.querySelectorAll(".tb-matrix tbody .tb-matrix-name")).filter(visible);
  let previous: { level: number; left: number } | undefined;
  for (const cell of names) {
    const align = getComputedStyle(cell).textAlign;
    if (align !== "start" && align !== "left") misaligned.push(name(cell, `text-align: ${align}`));
    const level = Number(cell.closest("tr")?.getAttribute("data-level") ?? 0);
    const inCell = textLeft(cell, cell);
    const left = textLeft(cell, cell.closest("table") ?? cell);
    if (level === 0 && inCell > 24) misaligned.push(name(cell, `level 0 text ${inCell.toFixed(1)}px in`));
    if (previous && level > previous.level && left <= previous.left) {
      misaligned.push(
        name(cell, `level ${level} at ${left.toFixed(1)}px, the row above at ${previous.left}`),
      );
    }
    previous = { level, left };
  }

  return {
    sideways,
    clipped,
    short,
    narrow,
    unruled,
    misaligned,
    matrixCells: matrixCells.length,
    names: names.length,
  };
}
