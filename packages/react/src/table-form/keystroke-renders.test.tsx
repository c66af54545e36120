import { fireEvent, render, waitFor, within } from "@testing-library/react";
import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import type { ComponentType } from "react";
import { describe, expect, it, vi } from "vitest";
import { formComplete } from "../story-helpers/form-complete";
import { TableForm } from "./table-form";

// Counts, by path, the commits in which anything inside a field's frame rendered: its label, messages,
// control, or a library component under them that re-renders from a context (as Radix Form's did).
const frameRenders = vi.hoisted(() => new Map<string, number>());
vi.mock("../field/field-frame", async (importOriginal) => {
  const original = await importOriginal<typeof import("../field/field-frame")>();
  const { createElement, Profiler } = await import("react");
  const count = (path: string) => frameRenders.set(path, (frameRenders.get(path) ?? 0) + 1);
  const Counted: ComponentType<Parameters<typeof original.FieldFrame>[0]> = (props) =>
    createElement(Profiler, { id: props.path, onRender: count }, createElement(original.FieldFrame, props));
  return { ...original, FieldFrame: Counted };
});

function formTable(id: string): FormTable {
  const module = getTableModule(id);
  if (module?.table.kind !== "form") throw new Error(`${id} is not a form`);
  return module.table;
}

function inputAt(container: HTMLElement, path: string): HTMLInputElement | HTMLTextAreaElement {
  const input = container.querySelector<HTMLInputElement>(
    `[data-path="${path}"] input, [data-path="${path}"] textarea`,
  );
  if (!input) throw new Error(`no input at ${path}`);
  return input;
}

describe("a keystroke re-renders only the edited field and the fields that depend on it", () => {
  it("企业2表: typing 20 characters into 202 合同号 renders 202 alone, once per keystroke", async () => {
    const { container } = render(<TableForm table={formTable("enterprise-2")} lang="zh" />);
    await formComplete(container);
    const frames = container.querySelectorAll(".tb-field").length;
    expect(frames).toBeGreaterThan(20);
    const input = inputAt(container, "contractNumber");
    frameRenders.clear();
    const typed = "SO-2026-000123-ABCDEF";
    for (let n = 1; n <= 20; n += 1) fireEvent.input(input, { target: { value: typed.slice(0, n) } });
    expect(input.value).toBe(typed.slice(0, 20));
    expect(Object.fromEntries(frameRenders)).toEqual({ contractNumber: 20 });
  });

  it("企业2表: an error appearing on the edited field renders that field alone", async () => {
    const { container } = render(<TableForm table={formTable("enterprise-2")} lang="en" />);
    await formComplete(container);
    const input = inputAt(container, "contractTerm");
    fireEvent.input(input, { target: { value: "12" } });
    fireEvent.blur(input);
    const messages = () => container.querySelector('[data-path="contractTerm"] .tb-message-error');
    expect(messages()).toBeNull();
    frameRenders.clear();
    fireEvent.input(input, { target: { value: "12x" } });
    await waitFor(() => expect(messages()?.textContent).toMatch(/number/i));
    expect(Object.keys(Object.fromEntries(frameRenders))).toEqual(["contractTerm"]);
    // The control points at its message and says it is invalid, without Radix's Form.Control.
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = input.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(describedBy.some((id) => document.getElementById(id)?.contains(messages()))).toBe(true);
  });

  // How long a keystroke takes, and how many components it renders, is measured by `pnpm bench`.
  it("企业2表 in both languages: a keystroke renders the edited field alone", async () => {
    const { container } = render(<TableForm table={formTable("enterprise-2")} lang="bilingual" />);
    await formComplete(container);
    const input = inputAt(container, "entityName");
    frameRenders.clear();
    fireEvent.input(input, { target: { value: "深圳市某某信息技术有限公司" } });
    expect(input.value).toBe("深圳市某某信息技术有限公司");
    expect(Object.fromEntries(frameRenders)).toEqual({ entityName: 1 });
  });

  it("企业2表: choosing 合同服务交付地 shows and hides the fields its answer governs, and renders no other", async () => {
    const { container } = render(<TableForm table={formTable("enterprise-2")} lang="zh" />);
    await formComplete(container);
    const shown = (path: string) => container.querySelector(`[data-path="${path}"]`) !== null;
    expect([shown("deliveryCity"), shown("deliveryCountry"), shown("deliveryState")]).toEqual([
      false,
      false,
      false,
    ]);
    const place = container.querySelector<HTMLElement>('[data-path="deliveryPlace"]') as HTMLElement;
    frameRenders.clear();
    fireEvent.click(within(place).getByRole("radio", { name: /境外/ }));
    expect([shown("deliveryCity"), shown("deliveryCountry"), shown("deliveryState")]).toEqual([
      false,
      true,
      true,
    ]);
    fireEvent.click(within(place).getByRole("radio", { name: /境内/ }));
    expect([shown("deliveryCity"), shown("deliveryCountry"), shown("deliveryState")]).toEqual([
      true,
      false,
      false,
    ]);
    expect(Object.keys(Object.fromEntries(frameRenders)).sort()).toEqual([
      "deliveryCity",
      "deliveryCountry",
      "deliveryPlace",
      "deliveryState",
    ]);
    // Typing in a field no condition reads leaves the conditional fields as they are.
    frameRenders.clear();
    fireEvent.input(inputAt(container, "deliveryCity"), { target: { value: "郑州" } });
    expect(Object.fromEntries(frameRenders)).toEqual({ deliveryCity: 1 });
    expect(shown("deliveryCity")).toBe(true);
  });
});
