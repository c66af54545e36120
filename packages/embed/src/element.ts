import type { LangMode } from "@tianbiao/core";
import { type MountedForm, mount } from "./mount";

const LANGS: readonly string[] = ["zh", "en", "bilingual"];

function langOf(value: string | null): LangMode {
  return value && LANGS.includes(value) ? (value as LangMode) : "zh";
}

/**
 * `<tianbiao-form table="enterprise-1" lang="zh|en|bilingual" theme="national" draft-key="…" action="/api/…">`
 * Renders an official table inside a shadow root; fires tianbiao:change, tianbiao:submit and tianbiao:error.
 */
export class TianbiaoFormElement extends HTMLElement {
  static observedAttributes = ["table", "lang", "theme", "draft-key", "action"];
  private form: MountedForm | undefined;

  connectedCallback(): void {
    const table = this.getAttribute("table");
    if (!table) {
      this.dispatchEvent(
        new CustomEvent("tianbiao:error", {
          detail: { kind: "table", message: "missing table attribute" },
          bubbles: true,
        }),
      );
      return;
    }
    this.form ??= mount(this, this.options(table));
  }

  disconnectedCallback(): void {
    this.form?.unmount();
    this.form = undefined;
  }

  attributeChangedCallback(): void {
    const table = this.getAttribute("table");
    if (this.form && table) this.form.update(this.options(table));
  }

  private options(table: string) {
    return {
      table,
      lang: langOf(this.getAttribute("lang")),
      theme: this.getAttribute("theme") ?? undefined,
      draftKey: this.getAttribute("draft-key") ?? undefined,
      action: this.getAttribute("action") ?? undefined,
    };
  }
}

/** Registers the element once, under its standard name. */
export function defineTianbiaoForm(name = "tianbiao-form"): void {
  if (!customElements.get(name)) customElements.define(name, TianbiaoFormElement);
}
