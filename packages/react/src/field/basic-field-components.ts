import type { FieldKind } from "@tianbiao/core";
import type { ComponentType } from "react";
import { ChoiceField } from "../choice-field/choice-field";
import { CodeField } from "../code-field/code-field";
import { DateField } from "../date-field/date-field";
import { GroupField } from "../group-field/group-field";
import { MoneyField } from "../money-field/money-field";
import { NumberField } from "../number-field/number-field";
import { TextField } from "../text-field/text-field";
import { YesNoField } from "../yes-no-field/yes-no-field";

// biome-ignore lint/suspicious/noExplicitAny: each component takes its own field kind
export type FieldComponent = ComponentType<{ field: any; path: string }>;

/** The kinds whose tables have repeating rows or an indicator matrix, with the spreadsheet paste. */
export type GridKind = "rows" | "matrix";

/** The component of every kind but the grids: what any form needs. */
export const basicFieldComponents: Record<Exclude<FieldKind, GridKind>, FieldComponent> = {
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
};
