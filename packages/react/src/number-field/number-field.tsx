import type { NumberField as NumberFieldModel } from "@tianbiao/core";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { useUi } from "../field/use-ui";
import { useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";

export interface NumberFieldProps {
  field: NumberFieldModel;
  path: string;
}

/**
 * An integer or decimal with its unit printed after the input, as on paper. The value is kept as
 * typed (full-width digits, an accepted word such as 无); the core validates it.
 */
export function NumberField({ field, path }: NumberFieldProps) {
  const { lang } = useFormContext();
  const ui = useUi();
  return (
    <FieldFrame field={field} path={path}>
      {({ id, required }) => (
        <div className="tb-number">
          <NumberInput field={field} path={path} id={id} required={required} />
          {field.unit ? (
            <span className="tb-unit" id={`${id}-unit`}>
              <BilingualText text={ui(`ui.unit.${field.unit}`)} lang={lang} />
            </span>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}

/** The input alone subscribes to the value: a keystroke re-renders it, not the label, unit and messages. */
function NumberInput({ field, path, id, required }: NumberFieldProps & { id: string; required: boolean }) {
  const { change, blur, readOnly } = useFormContext();
  const value = useFieldValue<unknown>(path);
  // A numeric keyboard on phones cannot type an accepted word such as 无, so those fields keep the text keyboard.
  const inputMode = field.accepts?.length ? "text" : field.kind === "integer" ? "numeric" : "decimal";
  return (
    <FieldControl>
      <input
        id={id}
        type="text"
        className="tb-input tb-number-input"
        data-width={field.width ?? "short"}
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value === undefined || value === null ? "" : String(value)}
        aria-required={required || undefined}
        aria-describedby={field.unit ? `${id}-unit` : undefined}
        readOnly={readOnly || field.readOnly}
        onChange={(event) => change(path, event.target.value === "" ? undefined : event.target.value)}
        onBlur={() => blur(path)}
      />
    </FieldControl>
  );
}
