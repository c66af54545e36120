import type { YesNoField as YesNoFieldModel } from "@tianbiao/core";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useLeaveGroup } from "../choice-field/use-leave-group";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { useUi } from "../field/use-ui";
import { useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";

export interface YesNoFieldProps {
  field: YesNoFieldModel;
  path: string;
}

// Numbered as printed: □ 1.是  2.否
const answers = [
  { number: "1.", value: true, key: "ui.yes", suffix: "yes" },
  { number: "2.", value: false, key: "ui.no", suffix: "no" },
] as const;

/** A yes/no question as on paper (□ 1.是 2.否): a radio group storing true or false. */
export function YesNoField({ field, path }: YesNoFieldProps) {
  const { change, blur, readOnly, lang } = useFormContext();
  const ui = useUi();
  const value = useFieldValue<unknown>(path);
  const locked = readOnly || field.readOnly === true;
  const group = useLeaveGroup(() => blur(path));
  return (
    <FieldFrame field={field} path={path} asGroup>
      {({ id }) => (
        <div className="tb-choice-options tb-choice-radio tb-yes-no" ref={group.scope}>
          {answers.map((answer) => {
            // The first answer carries the field's id, so links from the error summary land on the group.
            const answerId = answer.value ? id : `${id}-${answer.suffix}`;
            return (
              <div className="tb-radio" key={answer.suffix}>
                <FieldControl>
                  <input
                    id={answerId}
                    type="radio"
                    value={String(answer.value)}
                    checked={value === answer.value}
                    disabled={locked}
                    onChange={() => change(path, answer.value)}
                    onBlur={group.onBlur}
                  />
                </FieldControl>
                <label htmlFor={answerId}>
                  <span className="tb-option-code">{answer.number}</span>
                  <BilingualText text={ui(answer.key)} lang={lang} />
                </label>
              </div>
            );
          })}
        </div>
      )}
    </FieldFrame>
  );
}
