import { type Section, walkFields } from "@tianbiao/core";
import { startTransition, useEffect, useMemo, useState } from "react";

/** Tables with more fields than this paint their first sections first and render the rest right after. */
export const PROGRESSIVE_FIELDS = 300;
/** About the fields of a few screens: what a filer can see and start on before the rest arrives. */
export const FIRST_PAINT_FIELDS = 150;

/**
 * How many of a table's sections to render. Every official form renders whole. A very large table
 * (a generated one, a province's own) renders its first sections in the first commit and the rest
 * in a transition started right after it: React renders that in slices between frames, so the first
 * screen shows and takes input in a fraction of the time the whole tree needs, and typing in it is
 * never blocked. Everything is rendered a moment later, before anyone can print or search the page.
 */
export function useProgressiveSections(sections: readonly Section[]): number {
  const first = useMemo(() => firstPaintSections(sections), [sections]);
  const [complete, setComplete] = useState(first === sections.length);
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true));
  }, [complete]);
  return complete ? sections.length : first;
}

function firstPaintSections(sections: readonly Section[]): number {
  const counts = sections.map((section) => {
    let n = 0;
    walkFields({ sections: [section] }, () => {
      n += 1;
    });
    return n;
  });
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total <= PROGRESSIVE_FIELDS) return sections.length;
  let shown = 0;
  let fields = 0;
  while (shown < sections.length && (shown === 0 || fields + (counts[shown] ?? 0) <= FIRST_PAINT_FIELDS)) {
    fields += counts[shown] ?? 0;
    shown += 1;
  }
  return shown;
}
