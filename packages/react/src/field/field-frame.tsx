import type { Field } from "@tianbiao/core";
import { type ReactNode, useMemo } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useFieldFindings } from "../form-store/use-field";
import { fieldDomId, useFormContext } from "../table-form/form-context";
import { FieldControlContext } from "./field-control";
import { useFindingText, useUi } from "./use-ui";

export interface FieldFrameProps {
  field: Field;
  path: string;
  /** The control: receives the id the label points at. */
  children: (control: { id: string; invalid: boolean; required: boolean }) => ReactNode;
  /** Render the label as a legend of a fieldset (radio groups, composite fields). */
  asGroup?: boolean;
}

/**
 * Label, printed field number, help, messages and the control of one field; the control, wrapped in
 * FieldControl, carries aria-invalid and aria-describedby pointing at the messages.
 */
export function FieldFrame({ field, path, children, asGroup }: FieldFrameProps) {
  const { idPrefix, lang } = useFormContext();
  const findings = useFieldFindings(path);
  const text = useFindingText();
  const ui = useUi();
  const id = fieldDomId(idPrefix, path);
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning");
  const invalid = errors.length > 0;
  const required = field.required === true;
  const messagesId = `${id}-messages`;
  const hasMessages = findings.length > 0;
  const control = useMemo(
    () => ({ name: path, invalid, messagesId: hasMessages ? messagesId : undefined }),
    [path, invalid, hasMessages, messagesId],
  );
  const label = (
    <>
      {field.code ? <span className="tb-field-code">{field.code}</span> : null}
      <BilingualText text={field.label} lang={lang} />
      {required ? (
        <span className="tb-required" aria-hidden="true">
          {" *"}
        </span>
      ) : null}
    </>
  );
  const messages = (
    <>
      {errors.map((finding) => (
        <div key={`${finding.rule}-e`} className="tb-message tb-message-error">
          <BilingualText text={text(finding)} lang={lang} />
        </div>
      ))}
      {warnings.map((finding) => (
        <div key={`${finding.rule}-w`} className="tb-message tb-message-warning">
          <span className="tb-message-tag">
            <BilingualText text={ui("ui.warning.tag")} lang={lang} />
          </span>
          <BilingualText text={text(finding)} lang={lang} />
        </div>
      ))}
    </>
  );
  // Rendered only when there is something to say: an empty box would add a gap under every field.
  const messageBox = hasMessages ? (
    <div id={messagesId} className="tb-messages">
      {messages}
    </div>
  ) : null;
  const controlled = (
    <FieldControlContext value={control}>{children({ id, invalid, required })}</FieldControlContext>
  );
  const help = field.help ? (
    <details className="tb-help">
      <summary>
        <BilingualText text={ui("ui.help.summary")} lang={lang} />
      </summary>
      <p>
        <BilingualText text={field.help} lang={lang} />
      </p>
    </details>
  ) : null;
  // A plain div and label, not Radix's Form.Field and Form.Label: those add two context providers and
  // three forwardRef components to every field for a validity the core's findings already give, which
  // a form pays once per field on its first render. The markup is the same.
  return (
    <div
      className="tb-field"
      data-kind={field.kind}
      data-path={path}
      data-code={field.code}
      data-invalid={invalid ? "" : undefined}
    >
      {asGroup ? (
        <fieldset className="tb-fieldset" aria-describedby={hasMessages ? messagesId : undefined}>
          <legend className="tb-label">{label}</legend>
          {help}
          {messageBox}
          {controlled}
        </fieldset>
      ) : (
        <>
          <label className="tb-label" htmlFor={id}>
            {label}
          </label>
          {help}
          {messageBox}
          {controlled}
        </>
      )}
    </div>
  );
}
