import rendererCss from "@tianbiao/react/styles.css?inline";
import { css as tokensCss } from "@tianbiao/tokens";

/**
 * rem is relative to the host document's root font size, which the form must not inherit: a host
 * rule such as `* { font-size: 40px }` would scale every rem. Inside the shadow root each rem is
 * fixed at 16px; hosts resize the form through --tb-font-size-base instead.
 */
export function remToPx(css: string, rootPx = 16): string {
  return css.replace(
    /(^|[^\w.-])(-?\d*\.?\d+)rem\b/g,
    (_, before: string, n: string) => `${before}${+(Number(n) * rootPx).toFixed(3)}px`,
  );
}

// Inherited properties a host page may set on the element itself; the form starts from its own.
const hostReset = `:host { all: initial; display: block; }
.tb-root { letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: start;
  text-indent: 0; white-space: normal; font-style: normal; font-weight: 400; visibility: visible; }`;

// The sign-in line above a form that files to a reporting service on another origin.
const signInBar = `.tb-sign-in { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem;
  margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 1px solid currentColor; border-radius: 4px; }
.tb-sign-in__status { margin: 0; flex: 1 1 20rem; }`;

/** Host-isolated styles: the tokens' variables on :host, the renderer's rules inside the shadow root. */
export function styleText(): string {
  return remToPx(`${hostReset}\n${tokensCss}\n${rendererCss}\n${signInBar}`);
}

// The page's stylesheet, then the CSS each chunk of components brought when it arrived (the grid
// fields' in the module script, where they are a chunk of their own), each parsed once for every form.
const texts: string[] = [];
const sheets: CSSStyleSheet[] = [];

/** A chunk's CSS, for every form from the next adoptStyles on: it comes with the chunk, not the page. */
export function addStyles(css: string): void {
  texts.push(remToPx(css));
}

const constructable = (shadow: ShadowRoot): boolean =>
  "adoptedStyleSheets" in shadow &&
  typeof CSSStyleSheet !== "undefined" &&
  "replaceSync" in CSSStyleSheet.prototype;

/**
 * Gives a form's shadow root every stylesheet there is so far: constructed sheets where the browser
 * has them (a page's CSP for style elements does not apply), style elements elsewhere. Called again
 * once a table's chunks are there, it adds what they brought.
 */
export function adoptStyles(shadow: ShadowRoot): void {
  if (texts.length === 0) texts.push(styleText());
  if (constructable(shadow)) {
    for (const text of texts.slice(sheets.length)) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      sheets.push(sheet);
    }
    if (shadow.adoptedStyleSheets.length !== sheets.length) shadow.adoptedStyleSheets = [...sheets];
    return;
  }
  const present = shadow.querySelectorAll("style[data-tianbiao]").length;
  for (const text of texts.slice(present)) {
    const style = document.createElement("style");
    style.dataset.tianbiao = "";
    style.textContent = text;
    shadow.append(style);
  }
}
