import type { Field, FormTable, Rule } from "@tianbiao/core";

/**
 * A one-section table around the given fields, for a component's own stories and tests. Official
 * tables come from @tianbiao/tables; this only frames a component so it can be shown alone.
 */
export function singleFieldTable(fields: Field[], rules: Rule[] = [], id = "component-demo"): FormTable {
  return {
    id,
    kind: "form",
    title: { zh: "组件示例", en: "Component example" },
    source: { document: { zh: "组件示例", en: "Component example" }, seed: "none" },
    sections: [{ id: "main", fields }],
    rules,
  };
}
