import { provinces } from "@tianbiao/codes";
import type { ChoiceOption, TextField as TextFieldModel } from "@tianbiao/core";
import type { FocusEvent } from "react";
import { ChoiceCombobox } from "../choice-field/choice-combobox";
import { plain } from "../field/use-ui";
import { useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";

/** The 31 provincial-level divisions and 新疆生产建设兵团; the value is the Chinese name as printed. */
export const provinceOptions: readonly ChoiceOption[] = provinces.map((province) => ({
  value: province.label.zh,
  label: province.label,
}));

export interface RegionPickerProps {
  field: TextFieldModel;
  path: string;
  /** The input id FieldFrame gives the field's control. */
  id: string;
  required: boolean;
}

/**
 * A province text field with a searchable list of the provincial divisions (Chinese or English names).
 * Choosing one writes its Chinese name. Anything else is stored as typed, keystroke by keystroke, so a
 * draft saved or a page reloaded before the filer leaves the field keeps it; on leaving, a division's
 * name typed in full (in either language, or as the list shows it) becomes that division's Chinese name.
 */
export function RegionPicker({ field, path, id, required }: RegionPickerProps) {
  const { change, blur, readOnly, lang } = useFormContext();
  const value = useFieldValue<string | undefined>(path);
  const chosen = value === undefined || value === null || value === "" ? undefined : String(value);

  const onLeave = (event: FocusEvent<HTMLInputElement>) => {
    const typed = event.currentTarget.value;
    if (typed.trim() !== "") {
      const named = provinceOptions.find(
        (entry) => entry.value === typed || entry.label.en === typed || plain(entry.label, lang) === typed,
      );
      const next = named ? named.value : typed;
      if (next !== chosen) change(path, next);
    }
    blur(path);
  };

  return (
    <ChoiceCombobox
      id={id}
      listLabel={plain(field.label, lang)}
      options={provinceOptions}
      value={chosen}
      lang={lang}
      required={required}
      readOnly={readOnly || Boolean(field.readOnly)}
      onChoose={(next) => change(path, next)}
      onLeave={onLeave}
      onType={(text) => change(path, text.trim() === "" ? undefined : text)}
    />
  );
}
