import type { Text } from "@tianbiao/core";

export type Child = Node | string | null | undefined | false;
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** Creates an element: attributes set when not false or undefined (true sets an empty value). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/**
 * A text in both languages, each in a span with its `lang`: the page's stylesheet shows one or
 * both, following the language switch.
 */
export function bilingual(text: Text): DocumentFragment {
  const fragment = document.createDocumentFragment();
  append(fragment, h("span", { lang: "zh-CN" }, text.zh), " ", h("span", { lang: "en" }, text.en));
  return fragment;
}

/** Replaces an element's content. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.textContent = "";
  append(parent, ...children);
}
