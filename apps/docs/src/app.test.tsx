import { render, screen } from "@testing-library/react";
import { tableModules } from "@tianbiao/tables";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { App } from "./app";
import { go } from "./go.test-helper";

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

  it("renders the reporting API from the service's OpenAPI document", async () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "tianbiao reporting service", version: "0.1.0" },
      paths: {
        "/api/submissions/{id}/review": {
          post: {
            summary: "Approve, or return with a reason",
            tags: ["review"],
            responses: { 200: {}, 404: {} },
          },
        },
      },
    };
    const fetched = vi.spyOn(globalThis, "fetch").mockResolvedValue(Response.json(document));
    try {
      const { container } = render(<App />);
      await go("#/api");
      await screen.findByRole("table", { name: /Routes: review/ });
      expect(fetched).toHaveBeenCalledWith("/api/openapi.json", expect.anything());
      expect(container.textContent).toContain("POST /api/submissions/{id}/review");
      expect(container.textContent).toContain("200, 404");
      expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
    } finally {
      fetched.mockRestore();
    }
  });
});
