import type { Page } from "playwright-core";

/** Dispatches the paste event Chromium fires for Ctrl+V, with the text a spreadsheet puts on the clipboard. */
export const pasteInto = (page: Page, selector: string, text: string) =>
  page.evaluate(
    ([selector, text]) => {
      const target = document.querySelector<HTMLElement>(selector as string);
      if (!target) throw new Error(`no ${selector}`);
      target.focus();
      const data = new DataTransfer();
      data.setData("text/plain", text as string);
      target.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [selector, text],
  );
