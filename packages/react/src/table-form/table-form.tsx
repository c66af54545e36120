import * as Form from "@radix-ui/react-form";
import {
  compileTable,
  type Finding,
  type FormTable,
  type LangMode,
  loadValidator,
  type Submission,
  type ValidationResult,
  validatorLoaded,
} from "@tianbiao/core";
import { createLightI18n } from "@tianbiao/i18n";
import type { i18n as I18n } from "i18next";
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { DraftOffer } from "../draft-offer/draft-offer";
import { ErrorSummary, focusField } from "../error-summary/error-summary";
import { bilingualTranslator, plain } from "../field/use-ui";
import { FormStore } from "../form-store/form-store";
import { OfficialHeader } from "../official-header/official-header";
import { PrintPageHeader } from "../print/print-page-header";
import { ReviewView } from "../review-view/review-view";
import { Section } from "../section/section";
import { TableContents, wantsContents } from "../table-contents/table-contents";
import { type WarningResponse, WarningReview } from "../warning-review/warning-review";
import { afterPaint } from "./after-paint";
import { FormContext, type FormContextValue, fieldDomId } from "./form-context";
import { useDraft } from "./use-draft";
import { useFieldsHost } from "./use-fields-host";
import { PartialFieldContext, useProgressiveSections } from "./use-progressive-sections";

export type SubmitOutcome =
  | { ok: true; reference?: string }
  | {
      ok: false;
      messageKey?: string;
      params?: Record<string, string | number>;
      message?: { zh: string; en: string };
    };

export interface SubmitDetails {
  result: ValidationResult;
  /** The filer's answers to the warnings: confirmed as correct, with an explanation. */
  warnings: WarningResponse[];
}

export interface TableFormProps {
  table: FormTable;
  lang: LangMode;
  /** Initial values (a saved submission, or fixtures in a story). */
  value?: Submission;
  onChange?: (values: Submission) => void;
  /** Called after the filer checked their answers; reject or answer { ok: false } to keep the form open. */
  onSubmit?: (
    values: Submission,
    details: SubmitDetails,
  ) => Promise<SubmitOutcome | undefined> | SubmitOutcome | undefined;
  /** localStorage key for autosaved drafts; no drafts when absent. */
  draftKey?: string;
  /**
   * A host's own i18next instance (from @tianbiao/i18n createI18n), for its plugins, events or
   * strings. When absent the form uses createLightI18n: the same strings without i18next.
   */
  i18n?: I18n;
  /** Values the host supplies (previous cumulative amounts, the chosen section…). */
  context?: Record<string, unknown>;
  /** Show a submission read-only: no inputs accept typing, no actions. */
  readOnly?: boolean;
  /** Milliseconds after the last keystroke before the form validates again. */
  validateDelayMs?: number;
}

type Phase = "edit" | "warnings" | "review" | "sending" | "sent";

// When the fields after the first screen arrive, what the first commit drew keeps its render.
const FirstScreenSection = memo(Section);
const FirstScreenHeader = memo(OfficialHeader);
const FirstScreenContents = memo(TableContents);

/**
 * Renders any form table from its definition: the official header, its sections and footer,
 * validation with an error summary, warnings to confirm or explain, a check-your-answers step,
 * drafts and a language switch that keeps every value.
 */
export function TableForm({
  table,
  lang,
  value,
  onChange,
  onSubmit,
  draftKey,
  i18n: hostI18n,
  context,
  readOnly = false,
  validateDelayMs = 150,
}: TableFormProps) {
  const compiled = useMemo(() => compileTable(table, { context }), [table, context]);
  const [store] = useState(
    () =>
      new FormStore(value ?? {}, (path) =>
        compiled.fieldAt(path)?.kind === "rows" && !/\.\d+$/.test(path) ? "array" : "object",
      ),
  );
  const i18n = useMemo(
    () => hostI18n ?? createLightI18n({ lang: lang === "en" ? "en" : "zh" }),
    [hostI18n, lang],
  );
  const idPrefix = `tb${useId().replace(/[^A-Za-z0-9]/g, "")}`;
  const fieldsHost = useFieldsHost();
  const [phase, setPhase] = useState<Phase>("edit");
  const [summary, setSummary] = useState<Finding[] | undefined>();
  const [warningResponses, setWarningResponses] = useState<WarningResponse[]>([]);
  const [sendError, setSendError] = useState<{ zh: string; en: string } | undefined>();
  const [checkError, setCheckError] = useState<{ zh: string; en: string } | undefined>();
  const [reference, setReference] = useState<string | undefined>();
  const [focusPath, setFocusPath] = useState<string | undefined>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const checkErrorRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const draft = useDraft(store, readOnly ? undefined : draftKey);

  const validateNow = useCallback(() => {
    const result = compiled.validate(store.getValues());
    store.setFindings([...result.errors, ...result.warnings]);
    return result;
  }, [compiled, store]);

  // Validates now, or once the validator is here where the page's script carries it apart (the
  // embed's does, and loads it while the form is drawn); a failed load waits for the next occasion.
  const validateSoon = useCallback(() => {
    if (validatorLoaded()) validateNow();
    else loadValidator().then(validateNow, () => undefined);
  }, [validateNow]);

  // One pending validation at a time: each keystroke moves it to `delay` ms after the last one.
  const scheduleValidation = useCallback(
    (delay: number) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        validateSoon();
      }, delay);
    },
    [validateSoon],
  );

  const change = useCallback(
    (path: string, next: unknown) => {
      store.set(path, next);
      onChange?.(store.getValues());
      scheduleValidation(validateDelayMs);
    },
    [store, onChange, scheduleValidation, validateDelayMs],
  );

  // Leaving a field shows its messages; a validation still waiting for the typing to pause runs first,
  // so they are about what the field holds now, not what it held before the last keystrokes.
  const blur = useCallback(
    (path: string) => {
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = undefined;
        validateSoon();
      }
      store.touch(path);
    },
    [store, validateSoon],
  );

  const rendered = useProgressiveSections(table.sections);
  // The first validation waits until every field is in the page and painted: it builds the table's
  // schema, on a 1,000-field form a long task of its own. Its findings show only on fields the filer
  // has left, so nothing on the screen is waiting for it.
  useEffect(() => {
    if (!rendered.complete) return;
    return afterPaint(() => scheduleValidation(0));
  }, [rendered.complete, scheduleValidation]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useEffect(() => {
    if (summary && summary.length > 0) summaryRef.current?.focus();
  }, [summary]);

  // Like the summary: the filer pressed a button at the foot of the form, the message is at its head.
  useEffect(() => {
    if (checkError) checkErrorRef.current?.focus();
  }, [checkError]);

  useEffect(() => {
    if (phase === "edit" && focusPath) {
      focusField(fieldDomId(idPrefix, focusPath), focusPath);
      setFocusPath(undefined);
    }
  }, [phase, focusPath, idPrefix]);

  const ctx: FormContextValue = useMemo(
    () => ({ table, compiled, store, lang, i18n, idPrefix, readOnly, change, blur }),
    [table, compiled, store, lang, i18n, idPrefix, readOnly, change, blur],
  );

  const ui = bilingualTranslator(i18n);

  const checkAnswers = () => {
    store.revealAll();
    if (!validatorLoaded()) {
      // The page's script carries the validator apart and it is still on its way: check once it is
      // here. If it cannot be fetched, say so; every value stays, and the next press tries again.
      loadValidator().then(checkAnswers, () => setCheckError(ui("ui.submit.network")));
      return;
    }
    setCheckError(undefined);
    const result = validateNow();
    if (result.errors.length > 0) {
      setSummary(result.errors);
      return;
    }
    setSummary(undefined);
    setPhase(result.warnings.length > 0 ? "warnings" : "review");
  };

  const send = async () => {
    const result = validateNow();
    if (result.errors.length > 0) {
      setSummary(result.errors);
      setPhase("edit");
      return;
    }
    setPhase("sending");
    setSendError(undefined);
    try {
      const outcome = await onSubmit?.(compiled.derive(store.getValues()), {
        result,
        warnings: warningResponses,
      });
      if (outcome && outcome.ok === false) {
        setSendError(outcome.message ?? ui(outcome.messageKey ?? "ui.submit.failed", outcome.params));
        setPhase("review");
        return;
      }
      draft.clear();
      setReference(outcome?.reference);
      setPhase("sent");
    } catch {
      setSendError(ui("ui.submit.failed"));
      setPhase("review");
    }
  };

  const fields = (
    <PartialFieldContext.Provider value={rendered.partial}>
      {table.sections.slice(0, rendered.sections).map((section, index) => (
        <FirstScreenSection
          key={section.id}
          section={section}
          fields={index === rendered.sections - 1 ? rendered.fields : undefined}
        />
      ))}
    </PartialFieldContext.Provider>
  );
  return (
    <FormContext.Provider value={ctx}>
      <div
        className="tb-root tb-form"
        lang={lang === "en" ? "en" : "zh-CN"}
        data-lang={lang}
        data-table={table.id}
        data-phase={phase}
      >
        {/* Wanted only on paper: it comes with the rest of the form, after the first screen is painted. */}
        {rendered.complete ? <PrintPageHeader table={table} lang={lang} i18n={i18n} /> : null}
        <FirstScreenHeader table={table} lang={lang} />
        {draft.offer && !readOnly ? (
          <DraftOffer savedAt={draft.offer.savedAt} onRestore={draft.restore} onDiscard={draft.discard} />
        ) : null}
        {phase === "edit" && !readOnly && wantsContents(table) ? <FirstScreenContents table={table} /> : null}
        {phase === "sent" ? (
          <div className="tb-panel tb-panel-success" role="status">
            <h2>
              <BilingualText text={ui("ui.submit.done")} lang={lang} />
            </h2>
            {reference ? (
              <p>
                <BilingualText text={ui("ui.submit.reference", { reference })} lang={lang} />
              </p>
            ) : null}
          </div>
        ) : null}
        {phase === "edit" && summary && summary.length > 0 ? (
          <ErrorSummary ref={summaryRef} findings={summary} />
        ) : null}
        {phase === "edit" && checkError ? (
          <div ref={checkErrorRef} tabIndex={-1} className="tb-error-summary" role="alert">
            <BilingualText text={checkError} lang={lang} />
          </div>
        ) : null}
        {phase === "warnings" ? (
          <WarningReview
            findings={store.getFindings().filter((f) => f.severity === "warning")}
            onBack={() => setPhase("edit")}
            onContinue={(responses) => {
              setWarningResponses(responses);
              setPhase("review");
            }}
          />
        ) : null}
        {phase === "review" || phase === "sending" ? (
          <ReviewView
            sending={phase === "sending"}
            error={sendError}
            onEdit={(path) => {
              setFocusPath(path);
              setPhase("edit");
            }}
            onSend={() => {
              void send();
            }}
          />
        ) : null}
        <Form.Root
          className="tb-form-body"
          noValidate
          hidden={phase !== "edit" && !readOnly}
          // Busy while the fields after the first screen are still being rendered.
          aria-busy={!rendered.complete || undefined}
          aria-label={plain(table.title, lang)}
          onSubmit={(event) => {
            event.preventDefault();
            if (!readOnly) checkAnswers();
          }}
        >
          {fieldsHost.element ? <div className="tb-form-fields-slot" ref={fieldsHost.slotRef} /> : fields}
          {readOnly ? null : (
            <div className="tb-actions">
              <Form.Submit className="tb-button tb-button-primary">
                <BilingualText text={ui("ui.action.review")} lang={lang} />
              </Form.Submit>
              <button type="button" className="tb-button" onClick={() => window.print()}>
                <BilingualText text={ui("ui.action.print")} lang={lang} />
              </button>
              {draft.savedAt ? (
                <span className="tb-draft-status" role="status">
                  <BilingualText text={ui("ui.draft.saved")} lang={lang} />
                </span>
              ) : null}
              {draft.failed ? (
                <span className="tb-draft-status tb-draft-failed" role="alert">
                  <BilingualText text={ui("ui.draft.failed")} lang={lang} />
                </span>
              ) : null}
            </div>
          )}
        </Form.Root>
        {fieldsHost.element ? createPortal(fields, fieldsHost.element) : null}
      </div>
    </FormContext.Provider>
  );
}
