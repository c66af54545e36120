import reference from "virtual:api-reference";
import { render, screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { App } from "../app";
import { go } from "../go.test-helper";

describe("the API reference", () => {
  it("is generated for core, tables, react and embed", () => {
    expect(reference.packages).toEqual([
      "@tianbiao/core",
      "@tianbiao/tables",
      "@tianbiao/react",
      "@tianbiao/embed",
    ]);
    for (const name of reference.packages)
      expect(reference.entries.filter((e) => e.package === name).length).toBeGreaterThan(0);
  });

  it("lists known exports with their signatures and JSDoc", () => {
    const find = (pkg: string, name: string) =>
      reference.entries.find((e) => e.package === pkg && e.name === name);
    expect(find("@tianbiao/core", "compileTable")?.declaration).toMatch(/table: FormTable.*=> CompiledTable/);
    expect(find("@tianbiao/core", "compileTable")?.summary).toMatch(/zod schema/);
    expect(find("@tianbiao/react", "TableForm")?.kind).toBe("function");
    expect(find("@tianbiao/react", "TableFormProps")?.members.map((m) => m.name)).toContain("onSubmit");
    expect(find("@tianbiao/tables", "getTableModule")).toBeDefined();
    expect(find("@tianbiao/embed", "mount")?.declaration).toMatch(/MountOptions/);
    expect(find("@tianbiao/embed", "TianbiaoFormElement")?.kind).toBe("class");
  });

  it("shows one export from a link, without axe violations", async () => {
    const { container } = render(<App />);
    await go("#/reference/core.compileTable");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toMatch(/API reference/);
    const heading = screen.getByRole("heading", { level: 3, name: /^compileTable/ });
    expect(document.activeElement?.contains(heading)).toBe(true);
    expect(screen.queryByRole("heading", { level: 2, name: "@tianbiao/react" })).toBeNull();
    expect((await axe.run(container)).violations.map((v) => v.id)).toEqual([]);
  });
});
