import { describe, expect, it } from "vitest";
import { bindings, bindPath, collect, getAt, isEmpty, setAt, splitPath } from "./paths";

describe("isEmpty", () => {
  it("counts undefined, null, blank strings, empty arrays and empty objects as empty", () => {
    for (const value of [undefined, null, "", "   ", "\u3000".trim(), [], {}, { a: "", b: { c: null } }]) {
      expect(isEmpty(value)).toBe(true);
    }
  });

  it("counts numbers (0 too), booleans (false too), text and non-empty arrays as filled", () => {
    for (const value of [0, false, "无", [""], { a: 0 }, { a: { b: false } }]) {
      expect(isEmpty(value)).toBe(false);
    }
  });

  it("terminates on a cyclic object", () => {
    const cyclic: Record<string, unknown> = { a: "" };
    cyclic.self = cyclic;
    expect(isEmpty(cyclic)).toBe(true);
  });

  it("handles nesting deeper than the call stack", () => {
    let deep: Record<string, unknown> = { leaf: "" };
    for (let i = 0; i < 20_000; i += 1) deep = { next: deep };
    expect(isEmpty(deep)).toBe(true);
  });
});

describe("getAt", () => {
  const data = { a: { b: 1 }, rows: [{ x: 1 }, { x: 2 }, {}], hr: { "401": { current: 5 } } };

  it("reads dotted paths, row indexes and matrix cells", () => {
    expect(getAt(data, "a.b")).toBe(1);
    expect(getAt(data, "rows.1.x")).toBe(2);
    expect(getAt(data, "hr.401.current")).toBe(5);
    expect(getAt(data, "a.missing.deeper")).toBeUndefined();
    expect(getAt(data, "")).toBe(data);
  });

  it("returns every value a `*` reaches", () => {
    expect(getAt(data, "rows.*.x")).toEqual([1, 2, undefined]);
    expect(getAt({ rows: "not rows" }, "rows.*.x")).toEqual([]);
  });

  it("never reads through the prototype", () => {
    expect(getAt({}, "__proto__")).toBeUndefined();
    expect(getAt({}, "constructor")).toBeUndefined();
    expect(getAt({ a: {} }, "a.toString")).toBeUndefined();
  });
});

describe("setAt", () => {
  it("returns a copy and leaves the original and untouched branches alone", () => {
    const original = { a: { b: 1 }, c: { d: 2 } };
    const next = setAt(original, "a.b", 3);
    expect(next).toEqual({ a: { b: 3 }, c: { d: 2 } });
    expect(original.a.b).toBe(1);
    expect(next.c).toBe(original.c);
  });

  it("creates missing containers as objects and sets rows of existing arrays", () => {
    expect(setAt({}, "hr.401.current", 7)).toEqual({ hr: { "401": { current: 7 } } });
    expect(setAt({ rows: [{ x: 1 }, {}] }, "rows.1.x", 7)).toEqual({ rows: [{ x: 1 }, { x: 7 }] });
    expect(setAt({ rows: [{ x: 1 }] }, "rows.0.y", 2)).toEqual({ rows: [{ x: 1, y: 2 }] });
  });

  it("sets a `*` path in every existing row", () => {
    expect(setAt({ rows: [{ x: 1 }, { x: 2 }] }, "rows.*.y", 0)).toEqual({
      rows: [
        { x: 1, y: 0 },
        { x: 2, y: 0 },
      ],
    });
  });

  it("refuses to write through the prototype", () => {
    const next = setAt({}, "__proto__.polluted", true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(next.polluted).toBeUndefined();
  });
});

describe("row bindings", () => {
  const data = { outer: [{ inner: [{ v: 1 }, { v: 2 }] }, { inner: [{ v: 3 }] }] };

  it("lists every binding of the `*` segments", () => {
    expect(bindings(data, splitPath("outer.*.inner.*.v"))).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(bindings(data, splitPath("outer"))).toEqual([[]]);
    expect(bindings({}, splitPath("outer.*.v"))).toEqual([]);
  });

  it("reads bound rows and expands the rest", () => {
    expect(collect(data, splitPath("outer.*.inner.*.v"), [0])).toEqual([1, 2]);
    expect(collect(data, splitPath("outer.*.inner.*.v"), [])).toEqual([1, 2, 3]);
    expect(bindPath(splitPath("outer.*.inner.*.v"), [1])).toBe("outer.1.inner.0.v");
  });
});
