import { configure, waitFor } from "@testing-library/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import "./index";

// waitFor waits for the form to render; the limit only stops a hang (the default 1 s is less than a
// loaded machine can take to load a table's module the first time).
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => {
  document.body.innerHTML = "";
  window.localStorage.clear();
  vi.restoreAllMocks();
});

function place(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement("tianbiao-form");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

/** An input of the form, once it is drawn: a long form draws its first screen first, the rest after. */
async function input(element: HTMLElement, name: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const found = element.shadowRoot?.querySelector<HTMLInputElement>(`input[name=${name}]`);
    if (!found) throw new Error(`no input ${name} yet`);
    return found;
  });
}

async function heading(element: HTMLElement): Promise<string> {
  return waitFor(() => {
    const h1 = element.shadowRoot?.querySelector("h1");
    if (!h1) throw new Error("not rendered yet");
    return h1.textContent ?? "";
  });
}

describe("<tianbiao-form>", () => {
  it("is defined on load and renders its table in a shadow root", async () => {
    expect(customElements.get("tianbiao-form")).toBeDefined();
    const element = place({ table: "enterprise-3", lang: "zh" });
    expect(await heading(element)).toContain("服务外包合同执行情况登记表");
    expect(element.shadowRoot?.querySelector("style, .tb-root")).not.toBeNull();
    expect(document.querySelector(".tb-root")).toBeNull();
  });

  it("switches language when the lang attribute changes, keeping what was typed", async () => {
    const element = place({ table: "enterprise-3", lang: "zh" });
    await heading(element);
    const contract = await input(element, "contractNumber");
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(contract, "HT-1");
    contract.dispatchEvent(new Event("input", { bubbles: true }));
    element.setAttribute("lang", "en");
    await waitFor(() =>
      expect(element.shadowRoot?.querySelector("h1")?.textContent).toMatch(/contract execution/i),
    );
    expect(element.shadowRoot?.querySelector<HTMLInputElement>("input[name=contractNumber]")?.value).toBe(
      "HT-1",
    );
  });

  it("tells the host about changes with a tianbiao:change event", async () => {
    const element = place({ table: "enterprise-3", lang: "zh" });
    await heading(element);
    const seen = vi.fn();
    element.addEventListener("tianbiao:change", (event) => seen((event as CustomEvent).detail));
    const contract = await input(element, "contractNumber");
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
    setter?.call(contract, "X");
    contract.dispatchEvent(new Event("input", { bubbles: true }));
    await waitFor(() => expect(seen).toHaveBeenCalled());
    expect(Object.values(seen.mock.calls[0]?.[0].values ?? {})).toContain("X");
  });

  it("fires tianbiao:error for an unknown table", async () => {
    const seen = vi.fn();
    document.addEventListener("tianbiao:error", (event) => seen((event as CustomEvent).detail), {
      once: true,
    });
    place({ table: "enterprise-9" });
    await waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.calls[0]?.[0]).toMatchObject({ kind: "table", table: "enterprise-9" });
  });
});
