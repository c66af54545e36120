import { industryCodeEditions, normalizeCode } from "@tianbiao/codes";
import type { CodeField as CodeFieldModel } from "@tianbiao/core";
import type { ChangeEvent } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { IndustryPicker } from "../field/pickers";
import { useUi } from "../field/use-ui";
import { useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";
import { codeLayout } from "./code-layout";

export interface CodeFieldProps {
  field: CodeFieldModel;
  path: string;
}

// Codes that are digits only get the numeric keyboard; the others can hold letters (USCC, organization code).
const digitCodes = new Set<CodeFieldModel["codeType"]>([
  "divisionCode",
  "urbanRuralCode",
  "industryCode",
  "industryCode2011",
  "registrationType",
]);

function characters(text: string): number {
  return Array.from(text).length;
}

/**
 * A fixed-length code in the paper's □ boxes: one input (so paste, selection and screen readers work as
 * for any text), monospaced with one character per drawn box. A whole code pasted with spaces, hyphens or
 * full-width characters is normalised as the filer types; the caret stays after the same character.
 * The count of characters (17/18) is announced politely.
 */
export function CodeField({ field, path }: CodeFieldProps) {
  const { change, blur, readOnly, lang } = useFormContext();
  const ui = useUi();
  const value = useFieldValue<unknown>(path);
  const text = value === undefined || value === null ? "" : String(value);
  const { groups, length } = codeLayout(field);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value;
    // Mid-composition (an input method editor) the text is kept raw; compositionend normalises it.
    if ((event.nativeEvent as InputEvent).isComposing) {
      change(path, raw);
      return;
    }
    const element = event.target;
    const at = element.selectionStart ?? raw.length;
    const next = normalizeCode(raw);
    change(path, next === "" ? undefined : next);
    if (next !== raw) {
      // React writes the normalised value back after this handler, which moves the caret to the end; put it
      // back after the same character once that is done.
      const caret = normalizeCode(raw.slice(0, at)).length;
      queueMicrotask(() => {
        if (element.ownerDocument.activeElement === element) element.setSelectionRange(caret, caret);
      });
    }
  };

  return (
    <FieldFrame field={field} path={path}>
      {({ id, required }) => (
        <div className="tb-code-row">
          <div className="tb-code" data-code-type={field.codeType}>
            <div className="tb-code-boxes" aria-hidden="true">
              {groups.flatMap((size, group) =>
                Array.from({ length: size }, (_, index) => (
                  <span
                    // biome-ignore lint/suspicious/noArrayIndexKey: boxes are positions, they never reorder
                    key={`${group}-${index}`}
                    className="tb-code-box"
                    data-group-start={index === 0 && group > 0 ? "" : undefined}
                  />
                )),
              )}
            </div>
            <FieldControl>
              <input
                id={id}
                type="text"
                className="tb-input tb-code-input"
                inputMode={digitCodes.has(field.codeType) ? "numeric" : "text"}
                autoCapitalize="characters"
                autoComplete="off"
                autoCorrect="off"
                spellCheck={false}
                value={text}
                aria-required={required || undefined}
                aria-describedby={`${id}-count`}
                readOnly={readOnly || field.readOnly}
                onChange={onChange}
                onCompositionEnd={(event) => {
                  const next = normalizeCode(event.currentTarget.value);
                  change(path, next === "" ? undefined : next);
                }}
                onBlur={() => blur(path)}
              />
            </FieldControl>
          </div>
          <span className="tb-code-count" id={`${id}-count`} aria-live="polite">
            <BilingualText text={ui("ui.codeBoxes.count", { count: characters(text), length })} lang={lang} />
          </span>
          {field.picker === "industrySection" && !(readOnly || field.readOnly) ? (
            <IndustryPicker codeId={id} edition={industryCodeEditions[field.codeType]} />
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
