import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// A path, not a URL object: under jsdom the global URL is not the one node:fs accepts.
const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "print.css"), "utf8");

interface Block {
  prelude: string;
  /** Declarations of a style rule, or the nested blocks of an at-rule. */
  declarations: Map<string, string>;
  children: Block[];
}

/** A small CSS reader: enough to find rules, their selectors and declarations in this stylesheet. */
function parse(source: string): Block[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "");
  let at = 0;
  const readBlocks = (): Block[] => {
    const blocks: Block[] = [];
    let start = at;
    while (at < text.length) {
      const char = text[at];
      if (char === "{") {
        const prelude = text
          .slice(start, at)
          .replace(/[^;]*;/g, "")
          .trim();
        at += 1;
        const bodyStart = at;
        const children = readBlocks();
        const body = text.slice(bodyStart, at).replace(/[^{};]*\{[\s\S]*\}/g, "");
        at += 1;
        blocks.push({ prelude, declarations: declarations(body), children });
        start = at;
      } else if (char === "}") {
        return blocks;
      } else at += 1;
    }
    return blocks;
  };
  return readBlocks();
}

function declarations(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of body.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    // The formatter may break a long value over lines: compare values with blanks collapsed.
    const value = part
      .slice(colon + 1)
      .replace(/\s+/g, " ")
      .replace(/\( /g, "(")
      .replace(/ \)/g, ")")
      .trim();
    out.set(part.slice(0, colon).trim(), value);
  }
  return out;
}

const blocks = parse(css);
const page = blocks.find((b) => b.prelude === "@page");
const printRules = blocks.find((b) => b.prelude === "@media print")?.children ?? [];
const selectorsWith = (property: string, value: RegExp) =>
  printRules
    .filter((rule) => value.test(rule.declarations.get(property) ?? ""))
    .flatMap((rule) => rule.prelude.split(",").map((s) => s.trim()));

describe("print.css", () => {
  it("sets up A4 portrait pages with millimetre margins and page numbers", () => {
    expect(page?.declarations.get("size")).toBe("A4 portrait");
    const margins = page?.declarations.get("margin")?.split(/\s+/) ?? [];
    expect(margins.length).toBeGreaterThan(0);
    for (const margin of margins) expect(margin).toMatch(/^\d+mm$/);
    expect(page?.children.find((b) => b.prelude === "@bottom-center")?.declarations.get("content")).toContain(
      "counter(page)",
    );
  });

  it("prints in the print font stack from the tokens, falling back to 仿宋", () => {
    const root = printRules.find(
      (rule) => rule.prelude === ".tb-root" && rule.declarations.has("font-family"),
    );
    expect(root?.declarations.get("font-family")).toMatch(
      /^var\(--tb-font-family-print, FangSong,.*serif\)$/,
    );
  });

  it("hides every interactive part", () => {
    const hidden = selectorsWith("display", /^none$/);
    for (const selector of [
      ".tb-root button",
      ".tb-root summary",
      ".tb-actions",
      ".tb-button",
      ".tb-help",
      ".tb-error-summary",
      ".tb-message",
      ".tb-rows-actions-cell",
      ".tb-rows-more",
      ".tb-reference-search",
    ]) {
      expect(hidden, selector).toContain(selector);
    }
  });

  it("keeps field numbers, inputs and tables visible", () => {
    const hidden = selectorsWith("display", /^none$/);
    for (const selector of [
      ".tb-field-code",
      ".tb-input",
      ".tb-label",
      ".tb-matrix",
      ".tb-rows",
      ".tb-code-boxes",
    ]) {
      expect(
        hidden.some((h) => h.split(/\s+/).at(-1) === selector),
        selector,
      ).toBe(false);
    }
  });

  it("keeps fields and table rows whole across pages and repeats table headers", () => {
    const whole = selectorsWith("break-inside", /^avoid$/);
    expect(whole).toContain(".tb-field");
    expect(whole).toContain(".tb-matrix tr");
    expect(whole).toContain(".tb-rows-table tr");
    expect(selectorsWith("display", /^table-header-group$/)).toContain(".tb-matrix thead");
  });

  it("rules inputs as lines, code boxes and matrices with borders, signature and stamp as boxes", () => {
    expect(selectorsWith("border-bottom", /solid/)).toContain(".tb-root .tb-input");
    expect(selectorsWith("border", /solid/)).toEqual(
      expect.arrayContaining([
        ".tb-matrix th",
        ".tb-matrix td",
        ".tb-section-signature",
        ".tb-section-stamp",
      ]),
    );
    expect(selectorsWith("border-color", /--tb-print-color-border/)).toContain(".tb-code-box");
  });

  it("never clips: scrolling containers open up and long words wrap", () => {
    expect(selectorsWith("overflow", /^visible$/)).toEqual(
      expect.arrayContaining([".tb-matrix-scroll", ".tb-rows-scroll", ".tb-reference-scroll"]),
    );
    expect(selectorsWith("overflow-wrap", /^anywhere$/)).toContain(".tb-root");
  });

  it("applies only to print: every style rule is inside @page or @media print", () => {
    expect(blocks.map((b) => b.prelude)).toEqual(["@page", "@media print"]);
  });

  it("hides the interactive parts of a rendered form when applied", () => {
    const style = document.createElement("style");
    // jsdom does not print: the @media print rules are applied as screen rules to check their effect.
    style.textContent = css
      .slice(css.indexOf("@media print") + "@media print".length)
      .trim()
      .slice(1, -1);
    document.head.append(style);
    document.body.innerHTML = `
      <div class="tb-root tb-form">
        <div class="tb-field"><label class="tb-label"><span class="tb-field-code">101</span>名称</label>
          <details class="tb-help"><summary>指标解释</summary><p>…</p></details>
          <input class="tb-input" value="x"><p class="tb-message">错误</p></div>
        <div class="tb-actions"><button type="button" class="tb-button">打印</button></div>
      </div>`;
    const display = (selector: string) =>
      getComputedStyle(document.querySelector(selector) as Element).display;
    expect(display(".tb-help")).toBe("none");
    expect(display(".tb-actions")).toBe("none");
    expect(display("button")).toBe("none");
    expect(display(".tb-message")).toBe("none");
    expect(display(".tb-field-code")).not.toBe("none");
    expect(display(".tb-input")).not.toBe("none");
    style.remove();
    document.body.innerHTML = "";
  });
});
