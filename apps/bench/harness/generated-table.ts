import type { Field, FormTable } from "@tianbiao/core";

/** A synthetic table of 1,000 fields (text and integer, alternating) in 10 sections, for load testing. */
export function generatedTable(fieldCount = 1000, sectionCount = 10): FormTable {
  const perSection = fieldCount / sectionCount;
  return {
    id: "generated-1000",
    kind: "form",
    title: { zh: `生成表（${fieldCount}项）`, en: `Generated table (${fieldCount} fields)` },
    source: { document: { zh: "性能基准", en: "Benchmark" }, seed: "generated" },
    sections: Array.from({ length: sectionCount }, (_, s) => ({
      id: `s${s}`,
      title: { zh: `第${s + 1}部分`, en: `Part ${s + 1}` },
      fields: Array.from({ length: perSection }, (_, i): Field => {
        const n = s * perSection + i + 1;
        return n % 2 === 1
          ? { id: `f${n}`, code: String(n), kind: "text", label: { zh: `文本项${n}`, en: `Text item ${n}` } }
          : {
              id: `f${n}`,
              code: String(n),
              kind: "integer",
              min: 0,
              label: { zh: `数值项${n}`, en: `Number item ${n}` },
            };
      }),
    })),
    rules: [],
  };
}
