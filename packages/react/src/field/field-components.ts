import type { FieldKind } from "@tianbiao/core";
import type { ComponentType } from "react";
import { ChoiceField } from "../choice-field/choice-field";
import { CodeField } from "../code-field/code-field";
import { DateField } from "../date-field/date-field";
import { GroupField } from "../group-field/group-field";
import { MatrixField } from "../matrix-field/matrix-field";
import { MoneyField } from "../money-field/money-field";
import { NumberField } from "../number-field/number-field";
import { RowsField } from "../rows-field/rows-field";
import { TextField } from "../text-field/text-field";
import { YesNoField } from "../yes-no-field/yes-no-field";

/** The component for each field kind: the renderer knows kinds, never tables. */
// biome-ignore lint/suspicious/noExplicitAny: each component takes its own field kind
export const fieldComponents: Record<FieldKind, ComponentType<{ field: any; path: string }>> = {
  text: TextField,
  longText: TextField,
  integer: NumberField,
  decimal: NumberField,
  money: MoneyField,
  date: DateField,
  code: CodeField,
  choice: ChoiceField,
  yesNo: YesNoField,
  group: GroupField,
  rows: RowsField,
  matrix: MatrixField,
};
