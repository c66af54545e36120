import type { FormTable } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { describe, expect, it } from "vitest";
import { fieldsNamed } from "./named-fields";

const table = getTableModule("enterprise-2")?.table as FormTable;

describe("fieldsNamed", () => {
  it("finds a field by the code printed on the form, and by its path", () => {
    expect(fieldsNamed(table, "203 合同内容过于简略").map((f) => f.path)).toContain("contractContent");
    expect(fieldsNamed(table, "see contractContent").map((f) => f.code)).toContain("203");
  });

  it("does not read a code inside a longer number", () => {
    expect(fieldsNamed(table, "合同金额 12030 万美元").map((f) => f.code)).not.toContain("203");
  });
});
