import type { Field, FormTable, Section, Submission } from "@tianbiao/core";
import { useCallback, useMemo, useRef, useSyncExternalStore } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useUi } from "../field/use-ui";
import { useFormContext } from "../table-form/form-context";

/** A form with at least this many sections of questions gets a table of contents with progress. */
export const CONTENTS_MIN_SECTIONS = 4;

interface SectionProgress {
  id: string;
  answered: number;
  total: number;
  errors: number;
}

interface Question {
  parts: string[];
  /** Paths whose showWhen decides whether the question is asked (its field, a group above it). */
  conditions: string[];
}

interface SectionPlan {
  id: string;
  /** The section's own showWhen path, when it has one. */
  condition?: string;
  questions: Question[];
  ids: Set<string>;
}

/** What each section asks, worked out once per table, so a keystroke only reads values. */
export function planSections(sections: Section[], hasCondition: (path: string) => boolean): SectionPlan[] {
  return sections
    .filter((section) => section.fields.length > 0)
    .map((section) => {
      const sectionPath = `#section:${section.id}`;
      const questions = section.fields.flatMap((field) =>
        questionsOf(field, field.id).map((path) => {
          const parts = path.split(".");
          const conditions = parts.map((_, n) => parts.slice(0, n + 1).join(".")).filter(hasCondition);
          return { parts, conditions };
        }),
      );
      return {
        id: section.id,
        condition: hasCondition(sectionPath) ? sectionPath : undefined,
        questions,
        ids: new Set(section.fields.map((field) => field.id)),
      };
    })
    .filter((plan) => plan.questions.length > 0);
}

/** Counts what each section asks and has: answered questions, questions, and the errors the filer can see. */
export function sectionProgress(
  plans: SectionPlan[],
  values: Submission,
  errorPaths: string[],
  isShown: (path: string) => boolean,
): SectionProgress[] {
  const progress: SectionProgress[] = [];
  for (const plan of plans) {
    if (plan.condition && !isShown(plan.condition)) continue;
    let total = 0;
    let answered = 0;
    for (const question of plan.questions) {
      if (question.conditions.length > 0 && !question.conditions.every(isShown)) continue;
      total += 1;
      if (filled(getIn(values, question.parts))) answered += 1;
    }
    if (total === 0) continue;
    const errors = errorPaths.filter((path) => plan.ids.has(path.split(".")[0] ?? "")).length;
    progress.push({ id: plan.id, total, answered, errors });
  }
  return progress;
}

/** The questions a field asks: a group's fields one by one; any other field, rows and matrices too, as one. */
function questionsOf(field: Field, path: string): string[] {
  if (field.readOnly === true) return [];
  if (field.kind === "group")
    return field.fields.flatMap((child) => questionsOf(child, `${path}.${child.id}`));
  return [path];
}

function getIn(values: Submission, parts: string[]): unknown {
  let node: unknown = values;
  for (const key of parts) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function filled(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return false;
  if (Array.isArray(value)) return value.some(filled);
  if (typeof value === "object") return Object.values(value).some(filled);
  return true;
}

/** Not a container: what `filled` says of it does not hang on values inside it. */
function isScalar(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

/** Whether a table is long enough to get a table of contents: sections enough that hold questions. */
export function wantsContents(table: FormTable): boolean {
  return table.sections.filter((section) => section.fields.length > 0).length >= CONTENTS_MIN_SECTIONS;
}

/**
 * A table of contents for a long form: the progress figure (已填 23/46 项), and a link per section
 * with its completion and error count; a link moves focus to the section's heading. It stays in view
 * on a desktop and folds away on a phone. It re-renders only when a count changes, and counts again
 * only after a change that can move one.
 */
export function TableContents({ table }: { table: FormTable }) {
  const { store, compiled, lang, idPrefix } = useFormContext();
  const ui = useUi();
  const cache = useRef<{ key: string; value: SectionProgress[] } | null>(null);
  // A value that stays filled (or empty) and that no showWhen reads moves no count: most keystrokes
  // ask for no count at all.
  const subscribe = useCallback(
    (listener: () => void) =>
      store.subscribeAll((change) => {
        if (
          change.kind === "value" &&
          isScalar(change.before) &&
          isScalar(change.after) &&
          filled(change.before) === filled(change.after) &&
          !compiled.affectsVisibility(change.path)
        )
          return;
        listener();
      }),
    [store, compiled],
  );
  const plans = useMemo(
    () => planSections(table.sections, (path) => compiled.hasCondition(path)),
    [table.sections, compiled],
  );
  const get = useCallback(() => {
    const values = store.getValues();
    const errors: string[] = [];
    for (const finding of store.getFindings()) {
      if (finding.severity === "error" && store.isRevealed(finding.path)) errors.push(finding.path);
    }
    const progress = sectionProgress(plans, values, errors, (path) => compiled.isShown(path, values));
    const key = progress.map((p) => `${p.id}:${p.answered}/${p.total}/${p.errors}`).join(" ");
    if (cache.current?.key !== key) cache.current = { key, value: progress };
    return cache.current.value;
  }, [store, compiled, plans]);
  const progress = useSyncExternalStore(subscribe, get, get);
  // A section printed without a title is named by its first question, as a filer would look for it.
  const titles = useMemo(
    () => new Map(table.sections.map((section) => [section.id, section.title ?? section.fields[0]?.label])),
    [table.sections],
  );
  const answeredCount = progress.reduce((sum, p) => sum + p.answered, 0);
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  const headingId = `${idPrefix}-contents`;

  const jump = (sectionId: string, from: HTMLElement) => {
    const heading = document.getElementById(`${idPrefix}-section-${sectionId}`);
    // Headings are not in the tab order; a jump link still moves focus there, so reading goes on from
    // it. A section printed without a title has no heading: its first control takes the focus.
    const target =
      heading ??
      from
        .closest(".tb-root")
        ?.querySelector<HTMLElement>(`[data-section="${sectionId}"] :is(input, select, textarea)`);
    if (!target) return;
    if (heading) heading.setAttribute("tabindex", "-1");
    target.focus();
    target.scrollIntoView?.({ block: "start" });
  };

  return (
    <nav className="tb-contents" aria-labelledby={headingId}>
      <details className="tb-contents-details">
        <summary className="tb-contents-summary">
          <span id={headingId} className="tb-contents-title">
            <BilingualText text={ui("ui.contents.title")} lang={lang} />
          </span>
          <span className="tb-contents-progress">
            <BilingualText
              text={ui("ui.contents.progress", { answered: answeredCount, total })}
              lang={lang}
            />
          </span>
        </summary>
        <ol className="tb-contents-list">
          {progress.map((p) => {
            const title = titles.get(p.id);
            if (!title) return null;
            return (
              <li key={p.id} className="tb-contents-item" data-section={p.id}>
                <a
                  href={`#${idPrefix}-section-${p.id}`}
                  className="tb-contents-link"
                  onClick={(event) => {
                    event.preventDefault();
                    jump(p.id, event.currentTarget);
                  }}
                >
                  <BilingualText text={title} lang={lang} />
                </a>
                <span className="tb-contents-count">
                  <BilingualText
                    text={ui("ui.contents.section", { answered: p.answered, total: p.total })}
                    lang={lang}
                  />
                </span>
                {p.errors > 0 ? (
                  <span className="tb-contents-errors">
                    <BilingualText text={ui("ui.contents.errors", { count: p.errors })} lang={lang} />
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
