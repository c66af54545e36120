import { type FocusEvent, useRef } from "react";

/**
 * Calls `onLeave` when focus leaves a group of inputs (radios, date parts), not when it moves inside it,
 * so a group's messages show once the filer is done with the whole group.
 */
export function useLeaveGroup(onLeave: () => void) {
  const scope = useRef<HTMLDivElement>(null);
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!scope.current?.contains(event.relatedTarget as Node | null)) onLeave();
  };
  return { scope, onBlur };
}
