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
.tb-sign-in__status { margin: 0; flex: 1 1 20rem; }
.tb-sign-in__button { font: inherit; padding: 0.25rem 1rem; }`;

/** Host-isolated styles: the tokens' variables on :host, the renderer's rules inside the shadow root. */
export function styleText(): string {
  return remToPx(`${hostReset}\n${tokensCss}\n${rendererCss}\n${signInBar}`);
}
