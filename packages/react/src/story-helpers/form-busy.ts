/**
 * Throws while a form under `root` is still rendering. A form longer than two screens renders its first
 * screen first and the rest once that is painted, marking its body aria-busy until then; tests and play
 * functions that look past the first screen retry this until it passes.
 */
export function assertFormComplete(root: ParentNode): void {
  if (root.querySelector('.tb-form-body[aria-busy="true"]')) throw new Error("the form is still rendering");
}
