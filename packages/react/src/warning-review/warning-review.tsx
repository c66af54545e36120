import type { Finding } from "@tianbiao/core";
import { useState } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useFindingText, useUi } from "../field/use-ui";
import { useFormContext } from "../table-form/form-context";

export interface WarningResponse {
  rule: string;
  path: string;
  confirmed: boolean;
  explanation: string;
}

export interface WarningReviewProps {
  findings: Finding[];
  onBack: () => void;
  onContinue: (responses: WarningResponse[]) => void;
}

/** Each warning asks the filer to confirm the value or explain it before the answers are checked. */
export function WarningReview({ findings, onBack, onContinue }: WarningReviewProps) {
  const { lang, idPrefix } = useFormContext();
  const ui = useUi();
  const text = useFindingText({ place: true });
  const [responses, setResponses] = useState<WarningResponse[]>(() =>
    findings.map((f) => ({ rule: f.rule, path: f.path, confirmed: false, explanation: "" })),
  );
  const [tried, setTried] = useState(false);
  const answered = (r: WarningResponse) => r.confirmed || r.explanation.trim() !== "";
  const update = (index: number, patch: Partial<WarningResponse>) =>
    setResponses((list) => list.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <section className="tb-panel tb-warning-review" aria-labelledby={`${idPrefix}-warnings-title`}>
      <h2 id={`${idPrefix}-warnings-title`}>
        <BilingualText text={ui("ui.warningReview.title")} lang={lang} />
      </h2>
      <p>
        <BilingualText text={ui("ui.warningReview.count", { count: findings.length })} lang={lang} />
      </p>
      <p>
        <BilingualText text={ui("ui.warningReview.intro")} lang={lang} />
      </p>
      <ol className="tb-warning-list">
        {findings.map((finding, index) => {
          const response = responses[index];
          const base = `${idPrefix}-warning-${index}`;
          const missing = tried && response && !answered(response);
          return (
            <li key={`${finding.path}-${finding.rule}`} className="tb-warning-item">
              <p className="tb-message tb-message-warning" id={`${base}-message`}>
                <BilingualText text={text(finding)} lang={lang} />
              </p>
              {missing ? (
                <p className="tb-message tb-message-error" id={`${base}-missing`}>
                  <BilingualText text={ui("ui.warningReview.answerRequired")} lang={lang} />
                </p>
              ) : null}
              <div className="tb-checkbox">
                <input
                  type="checkbox"
                  id={`${base}-confirm`}
                  checked={response?.confirmed ?? false}
                  aria-describedby={missing ? `${base}-message ${base}-missing` : `${base}-message`}
                  onChange={(event) => update(index, { confirmed: event.target.checked })}
                />
                <label htmlFor={`${base}-confirm`}>
                  <BilingualText text={ui("ui.warningReview.confirm")} lang={lang} />
                </label>
              </div>
              <label htmlFor={`${base}-explain`} className="tb-label">
                <BilingualText text={ui("ui.warningReview.explain")} lang={lang} />
              </label>
              <textarea
                id={`${base}-explain`}
                className="tb-input tb-textarea"
                rows={2}
                value={response?.explanation ?? ""}
                onChange={(event) => update(index, { explanation: event.target.value })}
              />
            </li>
          );
        })}
      </ol>
      <div className="tb-actions">
        <button type="button" className="tb-button" onClick={onBack}>
          <BilingualText text={ui("ui.action.back")} lang={lang} />
        </button>
        <button
          type="button"
          className="tb-button tb-button-primary"
          onClick={() => {
            setTried(true);
            if (responses.every(answered)) onContinue(responses);
          }}
        >
          <BilingualText text={ui("ui.action.continue")} lang={lang} />
        </button>
      </div>
    </section>
  );
}
