import { execFileSync } from "node:child_process";
import { allFields, type FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHarness } from "./harness-server";

let browser: Browser;
let url: string;
let close: () => Promise<void>;

/** The CJK fonts fontconfig knows; Chromium prints Chinese as empty glyphs without one. */
function chineseFonts(): string {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

beforeAll(async () => {
  if (chineseFonts() === "") {
    throw new Error(
      "No Chinese font is installed (`fc-list :lang=zh` finds none), so Chromium would print every Chinese " +
        "character as an empty box. Install one, e.g. Debian's fonts-noto-cjk; `bash .ci/bootstrap.sh --browser` does.",
    );
  }
  ({ browser, url, close } = await openHarness());
});
afterAll(() => close?.());

/** The text of every page of a PDF, and how many pages it has. */
async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  let text = "";
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    text += `${content.items.map((item) => ("str" in item ? item.str : "")).join(" ")}\n`;
  }
  return { pages: pdf.numPages, text };
}

const printedCodes = (table: FormTable) =>
  allFields(table)
    .flatMap(({ field }) => [field.code, ...(field.kind === "matrix" ? field.rows.map((r) => r.code) : [])])
    .filter((code): code is string => Boolean(code));

describe.each(["enterprise-1", "key-enterprise-application"])("printing %s to PDF", (id) => {
  it("fits A4 with nothing clipped and every printed field code on paper", async () => {
    const table = getTableModule(id)?.table as FormTable;
    const page = await browser.newPage();
    await page.goto(`${url}?table=${id}&lang=zh&filled=1`);
    await page.waitForSelector(".tb-form");
    await page.emulateMedia({ media: "print" });
    // Nothing wider than the printable A4 width (210 mm less 45 mm of margins ≈ 624 CSS px).
    const overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      return [...document.querySelectorAll(".tb-form *")]
        .filter(
          (el) => el.getBoundingClientRect().right > limit + 1 && (el as HTMLElement).offsetParent !== null,
        )
        .map((el) => el.className || el.tagName)
        .slice(0, 5);
    });
    await page.setViewportSize({ width: 624, height: 900 });
    const narrowOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    const bytes = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    await page.close();
    const { pages, text } = await pdfText(new Uint8Array(bytes));
    const squeezed = text.replace(/\s+/g, "");
    expect(overflow).toEqual([]);
    expect(narrowOverflow).toBeLessThanOrEqual(0);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(12);
    const missing = printedCodes(table).filter((code) => !squeezed.includes(code));
    expect(missing).toEqual([]);
    expect(squeezed).toContain(table.title.zh.replace(/\s+/g, ""));
    console.log(`${id}: ${pages} A4 pages, ${printedCodes(table).length} printed codes found`);
  });
});
