import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formComplete } from "../story-helpers/form-complete";
import { TableForm } from "./table-form";

function city1(): FormTable {
  const module = getTableModule("city-1");
  if (module?.table.kind !== "form") throw new Error("city-1 is not a form");
  return module.table;
}

/** The DOM elements of the host components between a node and React's root, read from React's fiber. */
function reactHostAncestors(node: Element): Element[] {
  const key = Object.keys(node).find((k) => k.startsWith("__reactFiber$"));
  if (!key) throw new Error("not rendered by React");
  type Fiber = { stateNode: unknown; return: Fiber | null };
  const hosts: Element[] = [];
  for (let fiber = (node as unknown as Record<string, Fiber>)[key] ?? null; fiber; fiber = fiber.return) {
    if (fiber.stateNode instanceof Element) hosts.push(fiber.stateNode);
  }
  return hosts;
}

describe("the form holds its fields in the page, not in React's tree", () => {
  it("every control belongs to the form, and no <form> is between a control and React's root", async () => {
    const { container } = render(<TableForm table={city1()} lang="zh" />);
    await formComplete(container);
    const form = screen.getByRole("form", { name: /城市1表|服务外包/ });
    const controls = container.querySelectorAll<HTMLInputElement>(".tb-field input, .tb-field select");
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      expect(control.form).toBe(form);
      expect(reactHostAncestors(control).some((element) => element.tagName === "FORM")).toBe(false);
    }
    // The fields come before the form's actions, as before.
    const actions = form.querySelector(".tb-actions");
    const firstField = form.querySelector(".tb-field");
    if (!actions || !firstField) throw new Error("the form has no fields or no actions");
    expect(firstField.compareDocumentPosition(actions)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it("the form's own button still submits it: review on an empty form lists what is missing", async () => {
    const user = userEvent.setup();
    const { container } = render(<TableForm table={city1()} lang="en" />);
    await formComplete(container);
    await user.click(screen.getByRole("button", { name: /review answers/i }));
    const summary = await screen.findByRole("alert");
    expect(summary.querySelectorAll("a").length).toBeGreaterThan(0);
  });

  it("renders on a server (no portals there) with its fields inside the form", () => {
    const html = renderToString(<TableForm table={city1()} lang="zh" />);
    const page = new DOMParser().parseFromString(html, "text/html");
    expect(page.querySelectorAll("form .tb-field").length).toBeGreaterThan(0);
    expect(page.querySelector(".tb-form-fields-slot")).toBeNull();
  });
});
