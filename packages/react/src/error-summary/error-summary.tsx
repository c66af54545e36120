import type { Finding } from "@tianbiao/core";
import { forwardRef } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useFindingText, useUi } from "../field/use-ui";
import { fieldDomId, useFormContext } from "../table-form/form-context";

export interface ErrorSummaryProps {
  findings: Finding[];
}

/**
 * The GOV.UK pattern: a focused box at the top listing every problem, each a link that moves
 * focus to the field (the first input inside it, for groups).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { findings },
  ref,
) {
  const { lang, idPrefix } = useFormContext();
  const ui = useUi();
  const text = useFindingText({ place: true });
  const titleId = `${idPrefix}-error-summary-title`;
  return (
    <div ref={ref} className="tb-error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="tb-error-summary-title">
        <BilingualText text={ui("ui.errorSummary.title")} lang={lang} />
      </h2>
      <p>
        <BilingualText text={ui("ui.errorSummary.count", { count: findings.length })} lang={lang} />
      </p>
      <ul className="tb-error-summary-list">
        {findings.map((finding) => {
          const id = fieldDomId(idPrefix, finding.path);
          return (
            <li key={`${finding.path}-${finding.rule}`}>
              <a
                href={`#${id}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(id, finding.path);
                }}
              >
                <BilingualText text={text(finding)} lang={lang} />
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

/** Focuses the input with this id, or the first focusable control of the field at this path. */
export function focusField(id: string, path: string): void {
  const direct = document.getElementById(id);
  const container = direct ?? document.querySelector(`[data-path="${path.replace(/["\\]/g, "\\$&")}"]`);
  const target =
    direct && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(direct.tagName)
      ? direct
      : container?.querySelector<HTMLElement>("input, select, textarea, button");
  target?.scrollIntoView?.({ block: "center" });
  target?.focus();
}
