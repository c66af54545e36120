import type { GroupField as GroupFieldModel } from "@tianbiao/core";
import { Field } from "../field/field";
import { FieldFrame } from "../field/field-frame";

export interface GroupFieldProps {
  field: GroupFieldModel;
  path: string;
}

/**
 * Fields that belong together on paper (an address, 联系方式): a fieldset whose legend carries the
 * printed field number and label, each child at `<path>.<child id>`.
 */
export function GroupField({ field, path }: GroupFieldProps) {
  return (
    <FieldFrame field={field} path={path} asGroup>
      {() => (
        <div className="tb-group-fields">
          {field.fields.map((child) => (
            <Field key={child.id} field={child} path={`${path}.${child.id}`} />
          ))}
        </div>
      )}
    </FieldFrame>
  );
}
