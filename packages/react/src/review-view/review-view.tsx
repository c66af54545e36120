import type { Field, LangMode, Section } from "@tianbiao/core";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useUi } from "../field/use-ui";
import { useFormContext } from "../table-form/form-context";
import { formatLeaf } from "./format-value";

export interface ReviewViewProps {
  sending: boolean;
  error?: { zh: string; en: string };
  onEdit: (path?: string) => void;
  onSend: () => void;
}

/** "Check your answers": every answer with a link back to change it, then send. */
export function ReviewView({ sending, error, onEdit, onSend }: ReviewViewProps) {
  const { table, lang, store, compiled, idPrefix } = useFormContext();
  const ui = useUi();
  const values = store.getValues();
  const shownSections = table.sections.filter((s) => compiled.isShown(`#section:${s.id}`, values));
  return (
    <section className="tb-panel tb-review" aria-labelledby={`${idPrefix}-review-title`}>
      <h2 id={`${idPrefix}-review-title`}>
        <BilingualText text={ui("ui.review.title")} lang={lang} />
      </h2>
      {error ? (
        <div className="tb-error-summary" role="alert">
          <p>
            <BilingualText text={error} lang={lang} />
          </p>
        </div>
      ) : null}
      {shownSections.map((section) => (
        <ReviewSection key={section.id} section={section} lang={lang} onEdit={onEdit} />
      ))}
      <div className="tb-actions">
        <button type="button" className="tb-button" onClick={() => onEdit()} disabled={sending}>
          <BilingualText text={ui("ui.action.edit")} lang={lang} />
        </button>
        <button type="button" className="tb-button tb-button-primary" onClick={onSend} disabled={sending}>
          <BilingualText text={ui(sending ? "ui.submit.sending" : "ui.action.submit")} lang={lang} />
        </button>
      </div>
    </section>
  );
}

function ReviewSection({
  section,
  lang,
  onEdit,
}: {
  section: Section;
  lang: LangMode;
  onEdit: (path?: string) => void;
}) {
  return (
    <div className="tb-review-section">
      {section.title ? (
        <h3>
          <BilingualText text={section.title} lang={lang} />
        </h3>
      ) : null}
      <dl className="tb-review-list">
        {section.fields.map((field) => (
          <ReviewField key={field.id} field={field} path={field.id} lang={lang} onEdit={onEdit} />
        ))}
      </dl>
    </div>
  );
}

function ReviewField({
  field,
  path,
  lang,
  onEdit,
}: {
  field: Field;
  path: string;
  lang: LangMode;
  onEdit: (path?: string) => void;
}) {
  const { store, compiled } = useFormContext();
  const ui = useUi();
  const values = store.getValues();
  if (!compiled.isShown(path, values)) return null;
  const label = (
    <>
      {field.code ? <span className="tb-field-code">{field.code} </span> : null}
      <BilingualText text={field.label} lang={lang} />
    </>
  );
  if (field.kind === "group") {
    return (
      <>
        {field.fields.map((child) => (
          <ReviewField
            key={child.id}
            field={child}
            path={`${path}.${child.id}`}
            lang={lang}
            onEdit={onEdit}
          />
        ))}
      </>
    );
  }
  if (field.kind === "rows" || field.kind === "matrix") {
    const count =
      field.kind === "rows"
        ? (((store.get(path) as unknown[] | undefined) ?? []).length as number)
        : Object.keys((store.get(path) as object | undefined) ?? {}).length;
    return (
      <div className="tb-review-row">
        <dt>{label}</dt>
        <dd>
          <BilingualText text={ui("ui.review.entries", { count })} lang={lang} />
        </dd>
        <dd>
          <ChangeButton path={path} onEdit={onEdit} labelText={field.label} />
        </dd>
      </div>
    );
  }
  const parentPath = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : "";
  const siblings = (parentPath ? store.get(parentPath) : values) as Record<string, unknown> | undefined;
  const text = formatLeaf(field, store.get(path), ui, siblings);
  return (
    <div className="tb-review-row">
      <dt>{label}</dt>
      <dd>
        {text ? (
          <BilingualText text={text} lang={lang} />
        ) : (
          <BilingualText text={ui("ui.review.empty")} lang={lang} />
        )}
      </dd>
      <dd>
        <ChangeButton path={path} onEdit={onEdit} labelText={field.label} />
      </dd>
    </div>
  );
}

function ChangeButton({
  path,
  onEdit,
  labelText,
}: {
  path: string;
  onEdit: (path?: string) => void;
  labelText: { zh: string; en: string };
}) {
  const { lang } = useFormContext();
  const ui = useUi();
  return (
    <button type="button" className="tb-link-button" onClick={() => onEdit(path)}>
      <BilingualText text={ui("ui.action.change")} lang={lang} />
      <span className="tb-visually-hidden">
        {" "}
        <BilingualText text={labelText} lang={lang} />
      </span>
    </button>
  );
}
