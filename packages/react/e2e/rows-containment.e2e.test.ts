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

/** 城市1表 with ROWS training rows, pasted as a spreadsheet block (a paste shows every row it adds). */
async function longTable(): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.tianbiaoShow?.("?table=city-1&lang=zh&filled=1"));
  await page.waitForSelector('.tb-root[data-table="city-1"]');
  const block = Array.from(
    { length: ROWS },
    (_, i) => `企业${i + 1}\t学校${i + 1}\t内容${i + 1}\t7\t地点${i + 1}\t${i + 1}\t1.5`,
  ).join("\n");
  await pasteInto(page, cellInput(0, "enterpriseName"), block);
  await page.waitForFunction((n) => document.querySelectorAll("tr[data-row]").length === n, ROWS);
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

describe(`城市1表 with ${ROWS} rows`, () => {
  beforeAll(longTable);

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

  it("keeps the table's structure for screen readers: a table, its column headers, a row for each row", async () => {
    const tree = await page.locator(".tb-rows-table").ariaSnapshot();
    expect(tree.startsWith("- table")).toBe(true);
    // 序号, the seven columns and the actions column.
    expect(tree.match(/- columnheader /g)).toHaveLength(2 + COLUMNS);
    // The header, the 甲 乙 … marks and every row, each row headed by its number.
    expect(tree.match(/- row /g)).toHaveLength(2 + ROWS);
    expect(tree).toContain(`- rowheader "${ROWS}"`);
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
