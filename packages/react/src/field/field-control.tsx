import { Children, cloneElement, createContext, isValidElement, type ReactElement, useContext } from "react";

/** What a FieldFrame tells the control inside it: its form name, validity and the id of its messages. */
export interface FieldControlState {
  name: string;
  invalid: boolean;
  /** The id of the element holding the field's messages, when it has any to show. */
  messagesId: string | undefined;
}

export const FieldControlContext = createContext<FieldControlState | null>(null);

type ControlProps = {
  name?: string;
  "aria-invalid"?: boolean | "true" | "false";
  "aria-describedby"?: string;
};

/**
 * Gives the one control it wraps the field's name, aria-invalid and an aria-describedby that points at the
 * field's messages; what the control sets itself wins, and its own descriptions are kept.
 *
 * This replaces Radix Form's Control on purpose. Form.Control keeps every control's validity in the Root's
 * state and clears it on each keystroke, which re-renders every Field, Label and Control under that Root:
 * 35 fields per keystroke on 企业2表, 1,000 on a 1,000-field table. Here validity comes from the core's
 * findings, which the store hands to the one field they concern, so a keystroke re-renders only the edited
 * field and the fields that depend on it. Form.Root stays; FieldFrame draws the field and its label itself.
 */
export function FieldControl({ children }: { children: ReactElement<ControlProps> }) {
  const state = useContext(FieldControlContext);
  const child = Children.only(children);
  if (!state || !isValidElement<ControlProps>(child)) return child;
  const own = child.props;
  const describedBy = [own["aria-describedby"], state.messagesId]
    .flatMap((ids) => (ids ? ids.split(" ") : []))
    .filter((id, index, all) => id !== "" && all.indexOf(id) === index)
    .join(" ");
  return cloneElement(child, {
    name: own.name ?? state.name,
    "aria-invalid": own["aria-invalid"] ?? (state.invalid || undefined),
    "aria-describedby": describedBy || undefined,
  });
}
