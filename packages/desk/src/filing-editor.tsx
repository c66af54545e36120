import type { FormTable, Submission } from "@tianbiao/core";
import { type SubmitDetails, type SubmitOutcome, TableForm } from "@tianbiao/react";
import { useEffect, useId, useMemo, useRef } from "react";
import { Bi, Say, useLang, when } from "./context";
import { plainText, t } from "./messages";
import { fieldsNamed } from "./named-fields";
import { StatusBadge } from "./status-badge";
import type { Filing } from "./types";

export interface FilingEditorProps {
  table: FormTable;
  /** The filing being amended (its values fill the form); absent for a first filing. */
  filing?: Filing;
  /** Initial values for a first filing. */
  value?: Submission;
  /** Where the browser keeps the draft (per enterprise, table and filing). */
  draftKey?: string;
  onSubmit: (values: Submission, details: SubmitDetails) => Promise<SubmitOutcome>;
  /** Each change of a value (the desk keeps a draft on the server from it). */
  onChange?: (values: Submission) => void;
  onViewRevision?: (number: number) => void;
  /** A revision opened for reading. */
  viewing?: { number: number; values: Submission };
  onCloseRevision?: () => void;
}

/**
 * A filing to file or amend: a returned filing opens with the reviewer's reason, the fields it
 * names marked beside them, and the form filled with the filed values; every revision is listed.
 */
export function FilingEditor({
  table,
  filing,
  value,
  draftKey,
  onSubmit,
  onChange,
  onViewRevision,
  viewing,
  onCloseRevision,
}: FilingEditorProps) {
  const id = useId();
  const lang = useLang();
  const formRef = useRef<HTMLDivElement>(null);
  const returned =
    filing?.status === "returned" ? filing.reviews.filter((r) => r.action === "return").at(-1) : undefined;
  const comments = filing?.status === "returned" ? filing.comments : [];
  const named = useMemo(
    () => fieldsNamed(table, [returned?.reason ?? "", ...comments.map((c) => c.body)].join("\n")),
    [table, returned, comments],
  );
  const reasonText = returned?.reason ?? "";

  // The reason shown beside each field it names (CSS draws it from the attribute; no inline styles).
  useEffect(() => {
    const root = formRef.current;
    if (!root) return;
    const marked: Element[] = [];
    for (const field of named) {
      const element = root.querySelector(`[data-path="${field.path.replace(/["\\]/g, "\\$&")}"]`);
      if (!element) continue;
      element.setAttribute(
        "data-desk-flagged",
        plainText(t("editor.fieldReason", { reason: reasonText }), lang),
      );
      marked.push(element);
    }
    return () => {
      for (const element of marked) element.removeAttribute("data-desk-flagged");
    };
  }, [named, reasonText, lang]);

  const editable = filing === undefined || filing.status === "returned" || filing.status === "draft";
  return (
    <article className="desk-filing" aria-labelledby={`${id}-title`}>
      <header className="desk-filing-header">
        <h2 id={`${id}-title`}>
          <Bi text={table.title} />
        </h2>
        {filing ? (
          <p>
            <Say k="review.revision" p={{ revision: filing.revision, at: when(filing.receivedAt) }} />{" "}
            <StatusBadge status={filing.status} />
          </p>
        ) : null}
      </header>
      {returned ? (
        <section className="desk-panel desk-returned" aria-labelledby={`${id}-reason`}>
          <h3 id={`${id}-reason`}>
            <Say k="editor.returned" />
          </h3>
          <p className="desk-muted">
            <Say k="editor.returnedBy" p={{ level: t(`level.${returned.level}`), at: when(returned.at) }} />
          </p>
          <p className="desk-reason">{returned.reason}</p>
          {named.length > 0 ? (
            <ul className="desk-list">
              {named.map((field) => (
                <li key={field.path}>
                  <a
                    href={`#${field.path}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const element = formRef.current?.querySelector(
                        `[data-path="${field.path.replace(/["\\]/g, "\\$&")}"]`,
                      );
                      const target = element?.querySelector<HTMLElement>("input, select, textarea, button");
                      (target ?? (element as HTMLElement | null))?.focus();
                    }}
                  >
                    {field.code ? <span className="tb-field-code">{field.code} </span> : null}
                    <Bi text={field.label} />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {comments.length > 0 ? (
            <>
              <h4>
                <Say k="editor.comments" />
              </h4>
              <ul className="desk-list">
                {comments.map((comment) => (
                  <li key={comment.id}>
                    <time dateTime={comment.at}>{when(comment.at)}</time> {comment.author}
                    <p className="desk-reason">{comment.body}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {filing && filing.revisions.length > 0 ? (
        <section className="desk-panel" aria-labelledby={`${id}-revisions`}>
          <h3 id={`${id}-revisions`}>
            <Say k="editor.revisions" />
          </h3>
          <ol className="desk-list">
            {filing.revisions.map((revision) => (
              <li key={revision.number}>
                <Say k="editor.revision" p={{ number: revision.number }} />{" "}
                <time dateTime={revision.filedAt}>{when(revision.filedAt)}</time>{" "}
                {onViewRevision ? (
                  <button
                    type="button"
                    className="tb-link-button"
                    onClick={() => onViewRevision(revision.number)}
                  >
                    <Say k="editor.view" p={{ number: revision.number }} />
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {viewing ? (
        <section className="desk-panel desk-revision" aria-labelledby={`${id}-viewing`}>
          <h3 id={`${id}-viewing`}>
            <Say k="editor.viewing" p={{ number: viewing.number }} />
          </h3>
          <button type="button" className="tb-button" onClick={onCloseRevision}>
            <Say k="editor.close" />
          </button>
          <TableForm
            key={`rev${viewing.number}:${lang}`}
            table={table}
            lang={lang}
            value={viewing.values}
            readOnly
          />
        </section>
      ) : null}
      <div ref={formRef} className="desk-editor-form" hidden={viewing !== undefined}>
        <TableForm
          table={table}
          lang={lang}
          value={filing?.values ?? value}
          readOnly={!editable}
          {...(draftKey && editable ? { draftKey } : {})}
          onSubmit={onSubmit}
          {...(onChange && editable ? { onChange } : {})}
        />
      </div>
    </article>
  );
}
