import type { DateField as DateFieldModel } from "@tianbiao/core";
import { useState } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useLeaveGroup } from "../choice-field/use-leave-group";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { useUi } from "../field/use-ui";
import { useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";
import { type DatePart, datePartsFor, joinDate, splitDate } from "./date-parts";

export interface DateFieldProps {
  field: DateFieldModel;
  path: string;
}

/**
 * A date as on paper: ____年__月__日, one labelled input per part the precision asks for. The store holds
 * "YYYY-MM-DD" / "YYYY-MM" / "YYYY"; while a date is incomplete it holds the parts as typed (see joinDate),
 * and the inputs show exactly what was typed (a one-digit month stays "1" on screen while "01" is stored).
 */
export function DateField({ field, path }: DateFieldProps) {
  const { change, blur, readOnly, lang } = useFormContext();
  const ui = useUi();
  const value = useFieldValue<unknown>(path);
  const names = datePartsFor(field.precision);
  const [parts, setParts] = useState(() => splitDate(value, names.length));
  const [seen, setSeen] = useState<unknown>(value);
  // A value set from outside (a restored draft) replaces the typed parts; our own writes come back unchanged.
  if (value !== seen || parts.length !== names.length) {
    setSeen(value);
    if (value !== joinDate(parts) || parts.length !== names.length) setParts(splitDate(value, names.length));
  }

  const update = (index: number, text: string) => {
    const next = parts.map((part, i) => (i === index ? text : part));
    const joined = joinDate(next);
    setParts(next);
    setSeen(joined);
    change(path, joined);
  };

  const group = useLeaveGroup(() => blur(path));

  const labelFirst = lang === "en";
  return (
    <FieldFrame field={field} path={path} asGroup>
      {({ id, required }) => (
        <div className="tb-date" data-precision={field.precision} ref={group.scope}>
          {names.map((name: DatePart, index) => {
            const partId = index === 0 ? id : `${id}-${name}`;
            const label = (
              <label className="tb-date-label" htmlFor={partId}>
                <BilingualText text={ui(`ui.date.${name}`)} lang={lang} />
              </label>
            );
            return (
              <span className="tb-date-part" key={name}>
                {labelFirst ? label : null}
                <FieldControl>
                  <input
                    id={partId}
                    type="text"
                    className={`tb-input tb-date-input tb-date-${name}`}
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    value={parts[index] ?? ""}
                    aria-required={required || undefined}
                    readOnly={readOnly || field.readOnly}
                    onChange={(event) => update(index, event.target.value)}
                    onBlur={group.onBlur}
                  />
                </FieldControl>
                {labelFirst ? null : label}
              </span>
            );
          })}
        </div>
      )}
    </FieldFrame>
  );
}
