import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarnessPage } from "./harness-server";
import { pasteInto } from "./paste";

/**
 * What keeps a keystroke cheap in a long rows table (rows-field.css): each one-line cell is sized by
 * its column, not its content (size and layout containment), so typing lays out that cell and not the
 * table; rows come in blocks of 25 (<tbody>), and a block off screen skips rendering
 * (content-visibility: auto). What must not be lost with it: text far down the table stays in the
 * page for find in page and screen readers, a focused cell renders with its focus ring, a cell with a
 * message grows to show it, every column is as wide in every row, and phones and print lay every cell
 * out as before. How fast a keystroke is, is the bench's to measure, not this test's.
 */

const ROWS = 300;
/** The wrapper of each cell's field: 城市1表's columns are text, a select, an integer and a decimal. */
const CELLS = "td.tb-rows-cell > *";
const COLUMNS = 7;

let close: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  ({ page, close } = await openHarnessPage());
});
afterAll(() => close());

const cellInput = (row: number, column: string) => `tr[data-row="${row}"] td[data-column="${column}"] input`;

/** 城市1表 with `rows` training rows, pasted as a spreadsheet block (a paste shows every row it adds). */
async function longTable(rows: number): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.tianbiaoShow?.("?table=city-1&lang=zh&filled=1"));
  await page.waitForSelector('.tb-root[data-table="city-1"]');
  const block = Array.from(
    { length: rows },
    (_, i) => `企业${i + 1}\t学校${i + 1}\t内容${i + 1}\t7\t地点${i + 1}\t${i + 1}\t1.5`,
  ).join("\n");
  await pasteInto(page, cellInput(0, "enterpriseName"), block);
  await page.waitForFunction((n) => document.querySelectorAll("tr[data-row]").length === n, rows);
  await page.locator(cellInput(0, "enterpriseName")).blur();
}

/** The computed containment of each element a selector finds: "content-visibility|contain", counted. */
const containment = (selector = CELLS) =>
  page.evaluate((selector) => {
    const counts: Record<string, number> = {};
    for (const cell of document.querySelectorAll(selector)) {
      const style = getComputedStyle(cell);
      const key = `${style.contentVisibility}|${style.contain}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }, selector);
const BLOCKS = "tbody.tb-rows-block";

/**
 * Chromium's own accessibility tree, what a screen reader is given, read over the DevTools protocol:
 * the nodes with a role (and a name) inside the rows table that it does not ignore.
 */
async function inRowsTable(role: string, accessibleName?: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: ".tb-rows-table",
    });
    const { node } = await cdp.send("DOM.describeNode", { nodeId });
    const { nodes } = await cdp.send("Accessibility.queryAXTree", {
      backendNodeId: node.backendNodeId,
      role,
      ...(accessibleName === undefined ? {} : { accessibleName }),
    });
    return nodes.filter((found) => !found.ignored);
  } finally {
    await cdp.detach();
  }
}

describe("城市1表 with 100 rows", () => {
  beforeAll(() => longTable(100));

  it("draws every block, so every row reaches screen readers", async () => {
    expect(await containment(BLOCKS)).toEqual({ "visible|none": 4 });
    expect(await page.locator(".tb-rows-table").getAttribute("aria-rowcount")).toBeNull();
    expect(await inRowsTable("table")).toHaveLength(1);
    // 序号, the seven columns and the actions column.
    expect(await inRowsTable("columnheader")).toHaveLength(2 + COLUMNS);
    // The header, the 甲 乙 … marks and every row, each headed by its number, the last one too.
    expect(await inRowsTable("row")).toHaveLength(2 + 100);
    expect(await inRowsTable("rowheader")).toHaveLength(100);
    expect(await inRowsTable("rowheader", "100")).toHaveLength(1);
  });
});

describe(`城市1表 with ${ROWS} rows`, () => {
  beforeAll(() => longTable(ROWS));

  it("contains every one-line cell and skips rendering the blocks of rows off screen", async () => {
    expect(await containment()).toEqual({ "visible|size layout style": ROWS * COLUMNS });
    expect(await containment(BLOCKS)).toEqual({ "auto|none": ROWS / 25 });
    expect(await page.locator(`${BLOCKS}:nth-of-type(2) tr[data-row]`).count()).toBe(25);
    const far = page.locator(cellInput(ROWS - 1, "enterpriseName"));
    // Off screen: laid out at the size the CSS gives it, not measured from its contents.
    expect(await far.evaluate((input) => input.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
    await far.scrollIntoViewIfNeeded();
    // The browser renders it from the next frame on.
    await far.evaluate(
      (input) =>
        new Promise<void>((resolve) => {
          const check = () =>
            input.checkVisibility({ contentVisibilityAuto: true }) ? resolve() : requestAnimationFrame(check);
          check();
        }),
    );
  });

  it("hides each cell's label and unit without making them scroll containers", async () => {
    // overflow: hidden would make each of them a scroll container, which the browser keeps and
    // visits on a keystroke's layout: 10 a row in 城市1表. overflow: clip hides them as well.
    const scrollers = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll(".tb-rows-table *")) {
        const style = getComputedStyle(element);
        if (/hidden|auto|scroll/.test(`${style.overflowX} ${style.overflowY}`)) found.push(element.className);
      }
      return found;
    });
    expect(scrollers).toEqual([]);
    const hidden = await page.evaluate(() =>
      Array.from(document.querySelectorAll('tr[data-row="0"] :is(.tb-label, .tb-unit)'), (element) => {
        const box = element.getBoundingClientRect();
        return `${getComputedStyle(element).overflow} ${box.width}×${box.height}`;
      }),
    );
    expect(hidden.length).toBeGreaterThanOrEqual(COLUMNS);
    expect(new Set(hidden)).toEqual(new Set(["clip 1×1"]));
  });

  it("keeps text far down the table findable and every cell labelled", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    // The last row's label and value are in the page, though the browser has not rendered them.
    const last = page.locator(cellInput(ROWS - 1, "institutionName"));
    expect(await last.inputValue()).toBe(`学校${ROWS}`);
    expect(await last.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toBe(
      `培训机构名称（第 ${ROWS} 行） *`,
    );
    // Find in page (window.find searches as Ctrl+F does) reaches the hidden label of the last row.
    expect(
      await page.evaluate(
        (n) => (window as unknown as { find(text: string): boolean }).find(`（第 ${n} 行）`),
        ROWS,
      ),
    ).toBe(true);
  });

  it("lays out only the cell typed in, not the table", async () => {
    const input = page.locator(cellInput(1, "content"));
    await input.click();
    await page.keyboard.press("x"); // warm-up: the first keystroke may lay out the focused cell's row
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const browser = page.context().browser();
    if (!browser) throw new Error("no browser");
    await browser.startTracing(page, { categories: ["devtools.timeline"] });
    for (const key of "abc") {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise(requestAnimationFrame));
    }
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: { name: string; args?: { beginData?: { totalObjects?: number } } }[];
    };
    const laidOut = trace.traceEvents
      .filter((event) => event.name === "Layout")
      .map((event) => event.args?.beginData?.totalObjects ?? 0);
    expect(laidOut.length).toBeGreaterThan(0);
    // A cell is its input, its hidden label and their text: a few objects, where the whole table of
    // 300 rows is about 26,000.
    expect(Math.max(...laidOut)).toBeLessThan(50);
    expect(await input.inputValue()).toMatch(/xabc$/);
  });

  it("renders a focused cell whole, focus ring included", async () => {
    const far = page.locator(cellInput(ROWS - 2, "location"));
    await far.focus();
    const block = await far.evaluate(
      (input) => getComputedStyle(input.closest("tbody") as Element).contentVisibility,
    );
    // content-visibility: auto clips painting to the block, which would cut the focus ring off at its edge.
    expect(block).toBe("visible");
    expect(await far.evaluate((input) => input.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
    await far.blur();
  });

  it("lets a cell with a message grow to show it", async () => {
    const hours = page.locator(cellInput(2, "personHours"));
    const rowHeight = () =>
      page.locator('tr[data-row="2"]').evaluate((row) => row.getBoundingClientRect().height);
    const before = await rowHeight();
    await hours.fill("四十");
    await hours.blur();
    const message = page.locator('tr[data-row="2"] td[data-column="personHours"] .tb-message');
    await message.first().waitFor();
    expect(
      await hours.evaluate(
        (input) => getComputedStyle(input.closest("td")?.firstElementChild as Element).contain,
      ),
    ).toBe("none");
    expect(await rowHeight()).toBeGreaterThan(before);
    await hours.fill("40");
    await hours.blur();
    await message.first().waitFor({ state: "detached" });
  });

  it("tells screen readers the table's size and each row's place, and gives them the rows in view whole", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    // Chromium leaves the rows of a skipped block out of its accessibility tree: the table says how many
    // rows it has, and each row which one it is, as a virtual grid does.
    expect(await page.locator(".tb-rows-table").getAttribute("aria-rowcount")).toBe(String(2 + ROWS));
    const indexes = await page.evaluate(() =>
      Array.from(document.querySelectorAll(".tb-rows-table tr"), (row) =>
        Number(row.getAttribute("aria-rowindex")),
      ),
    );
    expect(indexes).toEqual(Array.from({ length: 2 + ROWS }, (_, i) => i + 1));
    expect(await inRowsTable("table")).toHaveLength(1);
    expect(await inRowsTable("columnheader")).toHaveLength(2 + COLUMNS);
    const rows = await inRowsTable("row");
    expect(rows.length).toBeLessThan(2 + ROWS);
    expect(rows.length).toBeGreaterThanOrEqual(2 + 25);
    expect(await inRowsTable("rowheader", "1")).toHaveLength(1);
    expect(await inRowsTable("rowheader", String(ROWS))).toHaveLength(0);
    // A row a filer moves to (here by focus, as Tab does) is drawn and reaches screen readers whole.
    const last = page.locator(cellInput(ROWS - 1, "enterpriseName"));
    await last.focus();
    await page.waitForFunction(
      (selector) =>
        document.querySelector(selector)?.checkVisibility({ contentVisibilityAuto: true }) === true,
      cellInput(ROWS - 1, "enterpriseName"),
      { polling: "raf" },
    );
    expect(await inRowsTable("rowheader", String(ROWS))).toHaveLength(1);
    expect(await inRowsTable("textbox", `培训机构名称（第 ${ROWS} 行）`)).toHaveLength(1);
    await last.blur();
  });

  it("gives a column the same left and right edges in the header and in every row", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const edges = await page.evaluate(() =>
      Array.from(document.querySelectorAll(".tb-rows-table tr"), (row) =>
        Array.from(row.children, (cell) => {
          const box = cell.getBoundingClientRect();
          return `${Math.round(box.left)}-${Math.round(box.right)}`;
        }).join(" "),
      ),
    );
    // The header, the 甲 乙 … marks and ROWS rows, every one with the header's edges.
    expect(edges).toHaveLength(2 + ROWS);
    expect(new Set(edges)).toEqual(new Set([edges[0]]));
  });

  it("lays every cell out as before on a phone and on paper", async () => {
    await page.setViewportSize({ width: 400, height: 800 });
    expect(await containment()).toEqual({ "visible|none": ROWS * COLUMNS });
    expect(await containment(BLOCKS)).toEqual({ "visible|none": ROWS / 25 });
    // Each card shows its fields' labels.
    expect(
      await page
        .locator(`tr[data-row="${ROWS - 1}"] .tb-label`)
        .first()
        .isVisible(),
    ).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: "print" });
    expect(await containment()).toEqual({ "visible|none": ROWS * COLUMNS });
    expect(await containment(BLOCKS)).toEqual({ "visible|none": ROWS / 25 });
    await page.emulateMedia({ media: "screen" });
  });
});
