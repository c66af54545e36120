import type { Field, Section } from "@tianbiao/core";
import { createContext, useContext, useEffect, useMemo, useState } from "react";
import { choiceMode, leafOptions } from "../choice-field/choice-options";
import { afterPaint } from "./after-paint";

/**
 * About the inputs of one screen: at 1280 × 900, under an official table's header and its contents,
 * six or seven fields show (five on a 390 px phone); eight fill it, and a filer can start on them
 * before the rest arrives.
 */
export const FIRST_PAINT_FIELDS = 8;
/** Tables with more inputs than this paint their first screen first; a shorter one has little to gain. */
export const PROGRESSIVE_FIELDS = 16;

/** How much of a table to render: its first `sections` sections, the last of them up to `fields` fields. */
export interface RenderedPart {
  sections: number;
  /** How many of the last rendered section's fields; undefined for all of them. */
  fields: number | undefined;
  /** Whether every section and field is rendered. */
  complete: boolean;
  /** The last rendered field, when it is an indicator matrix the first screen holds only the top of. */
  partial?: PartialField;
}

/** A matrix drawn down to `rows` indicator rows in the first screen (平台1表's 26 × 2 under six fields). */
export interface PartialField {
  path: string;
  rows: number;
}

/** The field of the first screen drawn in part, if any; TableForm provides it until the form is complete. */
export const PartialFieldContext = createContext<PartialField | undefined>(undefined);

/** How many indicator rows the matrix at `path` draws now: all (undefined) but in the first screen. */
export function useFirstScreenRows(path: string): number | undefined {
  const partial = useContext(PartialFieldContext);
  return partial?.path === path ? partial.rows : undefined;
}

/**
 * How much of a table to render. A table longer than a couple of screens (企业1表, 企业2表, the 360号
 * application, a province's own 1,000-field table) renders its first screen of fields in the first
 * commit, and the rest in one render right after that screen is painted: the filer sees the form in a
 * fraction of the time the whole tree needs. Everything is rendered a moment later, before anyone can
 * print or search the page; until then the form says it is busy. The form is complete a little later
 * than when drawn in one commit (a frame, and the page laid out twice), which nobody sees below the
 * first screen; the first screen is what a filer waits for.
 */
export function useProgressiveSections(sections: readonly Section[]): RenderedPart {
  const first = useMemo(() => firstPaint(sections), [sections]);
  const [complete, setComplete] = useState(first.complete);
  useEffect(() => {
    if (complete) return;
    // After the first screen is painted, the rest in one render. (A transition would render it in 5 ms
    // slices with a frame between each: three times as long before the form is complete.)
    return afterPaint(() => setComplete(true));
  }, [complete]);
  return complete ? { sections: sections.length, fields: undefined, complete: true } : first;
}

/**
 * Inputs a field puts in the page, roughly: a group's fields, a matrix's cells, a rows field's columns,
 * a box per option of a choice drawn as radio buttons or checkboxes (企业5表's 33 certification types).
 */
function weight(field: Field): number {
  if (field.kind === "group") return field.fields.reduce((sum, child) => sum + weight(child), 0);
  if (field.kind === "rows") return field.columns.reduce((sum, child) => sum + weight(child), 0);
  if (field.kind === "matrix") return Math.max(1, field.rows.length * field.columns.length);
  if (field.kind === "choice") {
    const mode = choiceMode(field);
    return mode === "radio" || mode === "checkbox" ? Math.max(1, leafOptions(field.options).length) : 1;
  }
  return 1;
}

function firstPaint(sections: readonly Section[]): RenderedPart {
  const weights = sections.map((section) => section.fields.map(weight));
  const total = weights.flat().reduce((sum, n) => sum + n, 0);
  if (total <= PROGRESSIVE_FIELDS) return { sections: sections.length, fields: undefined, complete: true };
  let inputs = 0;
  for (const [s, fields] of weights.entries()) {
    for (const [f, n] of fields.entries()) {
      inputs += n;
      // The field that fills the screen is the last one in; the first field always is.
      if (inputs < FIRST_PAINT_FIELDS) continue;
      const whole = f === fields.length - 1;
      const field = sections[s]?.fields[f];
      // A matrix taller than the room left: its top rows, as many as fill the screen (one at least).
      if (field?.kind === "matrix") {
        const room = FIRST_PAINT_FIELDS - (inputs - n);
        const rows = Math.max(1, Math.ceil(room / Math.max(1, field.columns.length)));
        if (rows < field.rows.filter((row) => !row.heading).length) {
          return {
            sections: s + 1,
            fields: whole ? undefined : f + 1,
            complete: false,
            partial: { path: field.id, rows },
          };
        }
      }
      return {
        sections: s + 1,
        fields: whole ? undefined : f + 1,
        complete: whole && s === sections.length - 1,
      };
    }
  }
  return { sections: sections.length, fields: undefined, complete: true };
}
