import type { FormTable } from "@tianbiao/core";
import { TableForm } from "@tianbiao/react";
import { useId, useState } from "react";
import { Bi, ColumnHeads, Panel, Say, useLang, when } from "./context";
import { plainText, t } from "./messages";
import { StatusBadge } from "./status-badge";
import type { FieldChange, FiledWarning, Filing, FilingStatus, ReviewLevel } from "./types";

export interface FilingReviewProps {
  filing: Filing;
  table: FormTable;
  /** Changes since the previous revision; undefined for a first revision. */
  changes?: FieldChange[];
  /** The reviewer's level: it may act when the filing awaits that level. */
  level?: ReviewLevel | null;
  onApprove?: () => void;
  onReturn?: (reason: string) => void;
  onComment?: (body: string) => void;
  busy?: boolean;
  /** What the last action did, announced politely. */
  notice?: { zh: string; en: string };
}

/** A filing as a reviewer sees it: the official form read-only, warnings, changes, actions, history. */
export function FilingReview({
  filing,
  table,
  changes,
  level,
  onApprove,
  onReturn,
  onComment,
  busy = false,
  notice,
}: FilingReviewProps) {
  const id = useId();
  const lang = useLang();
  const mine = level !== undefined && level !== null && filing.status === (level as FilingStatus);
  return (
    <article className="desk-filing" aria-labelledby={`${id}-title`}>
      <header className="desk-filing-header">
        <h2 id={`${id}-title`}>
          <Bi text={table.title} />
        </h2>
        <p>
          <Say k="review.filer" p={{ name: filing.filer.name, region: filing.filer.regionCode }} />
        </p>
        <p>
          <Say k="review.revision" p={{ revision: filing.revision, at: when(filing.receivedAt) }} />{" "}
          <StatusBadge status={filing.status} />
        </p>
      </header>
      <div className="desk-filing-layout">
        <div className="desk-filing-side">
          <div aria-live="polite" className="desk-live">
            {notice ? (
              <p className="desk-notice">
                <Bi text={notice} />
              </p>
            ) : null}
          </div>
          {mine ? (
            <ReviewActions onApprove={onApprove} onReturn={onReturn} busy={busy} />
          ) : level ? (
            <p className="desk-muted">
              <Say k="review.notYourLevel" />
            </p>
          ) : null}
          <Warnings warnings={filing.warnings ?? []} />
          <Changes revision={filing.revision} changes={changes} />
          {onComment ? <CommentForm onComment={onComment} busy={busy} /> : null}
          <History filing={filing} />
        </div>
        <section className="desk-filing-form" aria-label={plainText(t("review.form"), lang)}>
          <TableForm
            key={`${filing.id}:${filing.revision}:${lang}`}
            table={table}
            lang={lang}
            value={filing.values}
            context={filing.context ?? undefined}
            readOnly
          />
        </section>
      </div>
    </article>
  );
}

function ReviewActions({
  onApprove,
  onReturn,
  busy,
}: {
  onApprove?: () => void;
  onReturn?: (reason: string) => void;
  busy: boolean;
}) {
  const id = useId();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <section className="desk-panel desk-actions" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <Say k="review.actions" />
      </h3>
      {returning ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() === "") {
              setMissing(true);
              document.getElementById(`${id}-reason`)?.focus();
              return;
            }
            onReturn?.(reason.trim());
          }}
        >
          <div className="desk-field">
            <label htmlFor={`${id}-reason`}>
              <Say k="review.reason" />
            </label>
            {missing ? (
              <p id={`${id}-reason-error`} className="desk-error">
                <Say k="review.reasonRequired" />
              </p>
            ) : null}
            <textarea
              id={`${id}-reason`}
              rows={4}
              required
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${id}-reason-error` : undefined}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                if (event.target.value.trim() !== "") setMissing(false);
              }}
            />
          </div>
          <div className="desk-buttons">
            <button type="submit" className="tb-button tb-button-primary" disabled={busy}>
              <Say k="review.confirmReturn" />
            </button>
            <button type="button" className="tb-button" onClick={() => setReturning(false)}>
              <Say k="review.cancel" />
            </button>
          </div>
        </form>
      ) : (
        <div className="desk-buttons">
          <button type="button" className="tb-button tb-button-primary" disabled={busy} onClick={onApprove}>
            <Say k="review.approve" />
          </button>
          <button type="button" className="tb-button" disabled={busy} onClick={() => setReturning(true)}>
            <Say k="review.return" />
          </button>
        </div>
      )}
    </section>
  );
}

function Warnings({ warnings }: { warnings: FiledWarning[] }) {
  return (
    <Panel title="review.warnings">
      {warnings.length === 0 ? (
        <p>
          <Say k="review.noWarnings" />
        </p>
      ) : (
        <ul className="desk-list">
          {warnings.map((warning) => (
            <li key={`${warning.rule}:${warning.path}`}>
              <p>
                {typeof warning.code === "string" ? (
                  <span className="tb-field-code">{warning.code} </span>
                ) : null}
                {warning.message ? <Bi text={warning.message} /> : warning.rule}
              </p>
              <p className="desk-muted">
                {warning.explanation ? (
                  <Say k="review.explanation" p={{ text: warning.explanation }} />
                ) : warning.confirmed ? (
                  <Say k="review.confirmed" />
                ) : (
                  <Say k="review.unanswered" />
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

/** A changed value as text: numbers and text as they are, anything else as JSON. */
function shown(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

function Changes({ revision, changes }: { revision: number; changes?: FieldChange[] }) {
  return (
    <Panel title="review.changes">
      {revision <= 1 || changes === undefined ? (
        <p>
          <Say k="review.noChanges" />
        </p>
      ) : changes.length === 0 ? (
        <p>
          <Say k="review.unchanged" />
        </p>
      ) : (
        <div className="desk-table-scroll">
          <table className="desk-table desk-changes">
            <thead>
              <tr>
                <ColumnHeads keys={["review.field", "review.before", "review.after"]} />
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.path} data-path={change.path}>
                  <th scope="row">
                    {change.code ? <span className="tb-field-code">{change.code} </span> : null}
                    <Bi text={change.label} />
                  </th>
                  <td>
                    <del>{shown(change.before) ?? <Say k="review.empty" />}</del>
                  </td>
                  <td>
                    <ins>{shown(change.after) ?? <Say k="review.empty" />}</ins>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

function CommentForm({ onComment, busy }: { onComment: (body: string) => void; busy: boolean }) {
  const id = useId();
  const [body, setBody] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <form
      className="desk-panel"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim() === "") {
          setMissing(true);
          return;
        }
        onComment(body.trim());
        setBody("");
      }}
    >
      <h3 id={`${id}-title`}>
        <Say k="review.comment" />
      </h3>
      <div className="desk-field">
        <label htmlFor={`${id}-body`}>
          <Say k="review.comment" />
        </label>
        {missing ? (
          <p id={`${id}-error`} className="desk-error">
            <Say k="review.commentRequired" />
          </p>
        ) : null}
        <textarea
          id={`${id}-body`}
          rows={3}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            if (event.target.value.trim() !== "") setMissing(false);
          }}
        />
      </div>
      <button type="submit" className="tb-button" disabled={busy}>
        <Say k="review.addComment" />
      </button>
    </form>
  );
}

/** Reviews and comments in the order they happened. */
export function History({ filing }: { filing: Filing }) {
  const entries = [
    ...filing.reviews.map((review) => ({ at: review.at, review, comment: undefined })),
    ...filing.comments.map((comment) => ({ at: comment.at, review: undefined, comment })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Panel title="review.history">
      {entries.length === 0 ? (
        <p>
          <Say k="review.noHistory" />
        </p>
      ) : (
        <ol className="desk-list desk-history">
          {entries.map((entry) =>
            entry.review ? (
              <li key={`r${entry.at}${entry.review.level}`}>
                <time dateTime={entry.at}>{when(entry.at)}</time>{" "}
                <Say
                  k="review.historyEntry"
                  p={{
                    level: t(`level.${entry.review.level}`),
                    reviewer: entry.review.reviewer,
                    action: t(entry.review.action === "approve" ? "review.approve" : "review.return"),
                    revision: entry.review.revision,
                  }}
                />
                {entry.review.reason ? <p className="desk-reason">{entry.review.reason}</p> : null}
              </li>
            ) : entry.comment ? (
              <li key={`c${entry.comment.id}`}>
                <time dateTime={entry.at}>{when(entry.at)}</time> {entry.comment.author}
                <p className="desk-reason">{entry.comment.body}</p>
              </li>
            ) : null,
          )}
        </ol>
      )}
    </Panel>
  );
}
