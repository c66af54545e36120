import type { ChoiceField as ChoiceFieldModel, ChoiceOption, Field, LangMode } from "@tianbiao/core";
import { type FocusEvent, Fragment, type ReactNode } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { plain, useUi } from "../field/use-ui";
import { useFieldFindings, useFieldValue } from "../form-store/use-field";
import { fieldDomId, useFormContext } from "../table-form/form-context";
import { ChoiceCombobox } from "./choice-combobox";
import { choiceMode, findOption, flatOptions, groupOptions, optionText, otherPath } from "./choice-options";
import { useLeaveGroup } from "./use-leave-group";

export interface ChoiceFieldProps {
  field: ChoiceFieldModel;
  path: string;
}

function selectedValues(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return value === undefined || value === null || value === "" ? [] : [String(value)];
}

function OptionLabel({ option, lang }: { option: ChoiceOption; lang: LangMode }) {
  return (
    <>
      {option.code ? <span className="tb-option-code">{option.code}</span> : null}
      <BilingualText text={option.label} lang={lang} />
    </>
  );
}

/** Radios or checkboxes for a list of options; headings with children become nested labelled groups. */
function OptionInputs({
  options,
  type,
  id,
  chosen,
  disabled,
  lang,
  onToggle,
  onBlur,
  counter,
}: {
  options: readonly ChoiceOption[];
  type: "radio" | "checkbox";
  id: string;
  chosen: readonly string[];
  disabled: boolean;
  lang: LangMode;
  onToggle: (value: string, checked: boolean) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
  counter: { next: number };
}): ReactNode {
  return options.map((option) => {
    if (option.children?.length) {
      return (
        <fieldset key={option.value} className="tb-choice-group">
          <legend className="tb-choice-heading">
            <OptionLabel option={option} lang={lang} />
          </legend>
          <OptionInputs
            options={option.children}
            type={type}
            id={id}
            chosen={chosen}
            disabled={disabled}
            lang={lang}
            onToggle={onToggle}
            onBlur={onBlur}
            counter={counter}
          />
        </fieldset>
      );
    }
    const at = counter.next;
    counter.next += 1;
    // The first option carries the field's id, so links from the error summary land on the group.
    const optionId = at === 0 ? id : `${id}-${at}`;
    return (
      <div key={option.value} className={type === "radio" ? "tb-radio" : "tb-checkbox"}>
        <FieldControl>
          <input
            id={optionId}
            type={type}
            value={option.value}
            checked={chosen.includes(option.value)}
            disabled={disabled}
            onChange={(event) => onToggle(option.value, event.target.checked)}
            onBlur={onBlur}
          />
        </FieldControl>
        <label htmlFor={optionId}>
          <OptionLabel option={option} lang={lang} />
        </label>
      </div>
    );
  });
}

/**
 * The "other: ____" text at `<id>Other`, with its own messages. The core reports a missing other text at
 * the choice's path ("otherText"); the input is then marked invalid and, in a group, described by the
 * group's messages.
 */
function OtherText({
  field,
  path,
  choicePath,
  option,
  groupMessagesId,
  onLeave,
}: {
  field: ChoiceFieldModel;
  path: string;
  choicePath: string;
  option: ChoiceOption | undefined;
  groupMessagesId: string | undefined;
  onLeave: (event: FocusEvent<HTMLElement>) => void;
}) {
  const { change, blur, readOnly, lang } = useFormContext();
  const ui = useUi();
  const value = useFieldValue<unknown>(path);
  const missing = useFieldFindings(choicePath).some((f) => f.rule === "otherText" && f.severity === "error");
  const label = ui("ui.choice.otherText");
  const part = { id: path.slice(path.lastIndexOf(".") + 1), kind: "text", label, required: true } as Field;
  return (
    <div className="tb-choice-other" data-other-for={option?.value}>
      <FieldFrame field={part} path={path}>
        {({ id }) => (
          <>
            <FieldControl>
              <input
                id={id}
                type="text"
                className="tb-input"
                data-width={field.width}
                autoComplete="off"
                value={value === undefined || value === null ? "" : String(value)}
                aria-required
                aria-invalid={missing || undefined}
                aria-describedby={
                  [option ? `${id}-option` : "", missing && groupMessagesId ? groupMessagesId : ""]
                    .filter(Boolean)
                    .join(" ") || undefined
                }
                readOnly={readOnly || field.readOnly}
                onChange={(event) => change(path, event.target.value)}
                onBlur={(event) => {
                  blur(path);
                  onLeave(event);
                }}
              />
            </FieldControl>
            {option ? (
              // Says which option the text belongs to ("其他", "境外"…) to a screen reader.
              <span className="tb-visually-hidden" id={`${id}-option`}>
                {plain(option.label, lang)}
              </span>
            ) : null}
          </>
        )}
      </FieldFrame>
    </div>
  );
}

/**
 * A single or multiple choice from a code list: radios, checkboxes, a native select or a searchable
 * combobox (see choiceMode). Printed codes come before labels ("110 国有"). Choosing the `otherValue`
 * option opens an "other: ____" text stored beside the field at `<id>Other`; un-choosing it hides the text
 * but keeps what was typed, so nothing is lost if the filer changes their mind.
 */
export function ChoiceField({ field, path }: ChoiceFieldProps) {
  const { change, blur, readOnly, lang, idPrefix } = useFormContext();
  const ui = useUi();
  const value = useFieldValue<unknown>(path);
  const chosen = selectedValues(value);
  const mode = choiceMode(field);
  const locked = readOnly || field.readOnly === true;
  const otherChosen = field.otherValue !== undefined && chosen.includes(field.otherValue);
  const otherOption =
    field.otherValue === undefined ? undefined : findOption(field.options, field.otherValue);

  const toggle = (option: string, checked: boolean) => {
    if (mode !== "checkbox") {
      change(path, option);
      return;
    }
    const next = checked
      ? [...chosen.filter((v) => v !== option), option]
      : chosen.filter((v) => v !== option);
    change(path, next.length === 0 ? undefined : next);
  };

  const group = useLeaveGroup(() => blur(path));

  let body: ReactNode;
  if (mode === "radio" || mode === "checkbox") {
    body = (
      <FieldFrame field={field} path={path} asGroup>
        {({ id }) => (
          <div className={`tb-choice-options tb-choice-${mode}`}>
            <OptionInputs
              options={field.options}
              type={mode}
              id={id}
              chosen={chosen}
              disabled={locked}
              lang={lang}
              onToggle={toggle}
              onBlur={group.onBlur}
              counter={{ next: 0 }}
            />
          </div>
        )}
      </FieldFrame>
    );
  } else if (mode === "select") {
    const current = chosen[0] ?? "";
    const known = current === "" || findOption(field.options, current) !== undefined;
    const text = (label: { zh: string; en: string }) => plain(label, lang);
    body = (
      <FieldFrame field={field} path={path}>
        {({ id, required }) => (
          <FieldControl>
            <select
              id={id}
              className="tb-input tb-select"
              data-width={field.width}
              value={current}
              aria-required={required || undefined}
              disabled={locked}
              onChange={(event) => change(path, event.target.value === "" ? undefined : event.target.value)}
              onBlur={group.onBlur}
            >
              <option value="">{plain(ui("ui.choice.placeholder"), lang)}</option>
              {known ? null : <option value={current}>{current}</option>}
              {groupOptions(flatOptions(field.options)).map((optionGroup) => {
                const items = optionGroup.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {optionText(option, text)}
                  </option>
                ));
                if (optionGroup.headings.length === 0)
                  return <Fragment key={optionGroup.key}>{items}</Fragment>;
                return (
                  <optgroup
                    key={optionGroup.key}
                    label={optionGroup.headings.map((h) => optionText(h, text)).join(" / ")}
                  >
                    {items}
                  </optgroup>
                );
              })}
            </select>
          </FieldControl>
        )}
      </FieldFrame>
    );
  } else {
    body = (
      <FieldFrame field={field} path={path}>
        {({ id, required }) => (
          <ChoiceCombobox
            id={id}
            listLabel={plain(field.label, lang)}
            options={field.options}
            value={chosen[0]}
            lang={lang}
            required={required}
            readOnly={locked}
            onChoose={(next) => change(path, next)}
            onLeave={group.onBlur}
          />
        )}
      </FieldFrame>
    );
  }

  return (
    // Focus moving between the options and the other text stays inside the field; leaving it touches the field.
    <div className="tb-choice" data-mode={mode} ref={group.scope}>
      {body}
      {otherChosen ? (
        <OtherText
          field={field}
          path={otherPath(path)}
          choicePath={path}
          option={otherOption}
          groupMessagesId={
            mode === "radio" || mode === "checkbox" ? `${fieldDomId(idPrefix, path)}-messages` : undefined
          }
          onLeave={group.onBlur}
        />
      ) : null}
    </div>
  );
}
