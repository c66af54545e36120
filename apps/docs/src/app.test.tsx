import { act, render, screen } from "@testing-library/react";
import { tableModules } from "@tianbiao/tables";
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "./app";

afterEach(() => {
  window.location.hash = "";
});

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

describe("the docs", () => {
  it("has no axe violations on the getting-started page", async () => {
    const { container } = render(<App />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/Getting started/);
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });

  it("lists every table of the catalogue", async () => {
    render(<App />);
    await go("#/catalogue");
    for (const { table } of tableModules)
      expect(screen.getByRole("link", { name: table.title.zh })).toBeTruthy();
  });

  it("shows a table's fields with their printed codes and its rules", async () => {
    const { container } = render(<App />);
    await go("#/catalogue/enterprise-4");
    expect(container.textContent).toContain("401");
    expect(container.textContent).toContain("426");
    expect(screen.getByRole("table", { name: /Rules/ })).toBeTruthy();
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });

  it("renders a live example from the fixtures", async () => {
    const { container } = render(<App />);
    await go("#/examples");
    expect(container.querySelector(".tb-form")).not.toBeNull();
  });
});
