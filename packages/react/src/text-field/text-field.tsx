import type { LongTextField, TextField as TextFieldModel } from "@tianbiao/core";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { RegionPicker } from "../field/pickers";
import { useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";

const inputModes: Record<string, "tel" | "email" | "url" | "numeric" | undefined> = {
  areaCode: "tel",
  landline: "tel",
  mobile: "tel",
  postcode: "numeric",
  email: "email",
  url: "url",
};

const autoCompletes: Record<string, string | undefined> = {
  mobile: "tel",
  email: "email",
  url: "url",
  postcode: "postal-code",
};

export interface TextFieldProps {
  field: TextFieldModel | LongTextField;
  path: string;
}

/** Single-line or long text; formats (phone, e-mail, URL) get the matching keyboard on phones. */
export function TextField({ field, path }: TextFieldProps) {
  if (field.kind === "text" && field.picker === "province") {
    return (
      <FieldFrame field={field} path={path}>
        {({ id, required }) => <RegionPicker field={field} path={path} id={id} required={required} />}
      </FieldFrame>
    );
  }
  return <PlainTextField field={field} path={path} />;
}

function PlainTextField({ field, path }: TextFieldProps) {
  return (
    <FieldFrame field={field} path={path}>
      {({ id, required }) => <TextInput field={field} path={path} id={id} required={required} />}
    </FieldFrame>
  );
}

/**
 * The input alone subscribes to the value, so a keystroke re-renders it and not the frame around it
 * (label, help, messages), which re-renders only when the field's findings change.
 */
function TextInput({ field, path, id, required }: TextFieldProps & { id: string; required: boolean }) {
  const { change, blur, readOnly } = useFormContext();
  const value = useFieldValue<string | undefined>(path);
  const format = field.kind === "text" ? field.format : undefined;
  const textLang = field.kind === "text" ? field.textLang : undefined;
  return (
    <FieldControl>
      {field.kind === "longText" ? (
        <textarea
          id={id}
          className="tb-input tb-textarea"
          rows={field.rows ?? 4}
          value={value ?? ""}
          aria-required={required || undefined}
          readOnly={readOnly || field.readOnly}
          onChange={(event) => change(path, event.target.value)}
          onBlur={() => blur(path)}
        />
      ) : (
        <input
          id={id}
          type="text"
          className="tb-input"
          data-width={field.width}
          lang={textLang === "en" ? "en" : undefined}
          inputMode={format ? inputModes[format] : undefined}
          autoComplete={format ? (autoCompletes[format] ?? "off") : "off"}
          value={value ?? ""}
          aria-required={required || undefined}
          readOnly={readOnly || field.readOnly}
          onChange={(event) => change(path, event.target.value)}
          onBlur={() => blur(path)}
        />
      )}
    </FieldControl>
  );
}
