import { useCallback, useSyncExternalStore } from "react";
import { useFormContext } from "../table-form/form-context";

/**
 * Whether the field at a path is shown; re-renders only when that answer changes. The answer is asked
 * again only after a change a showWhen reads (or every value at once), so a keystroke in a field no
 * condition names costs a conditional field nothing.
 */
export function useShown(path: string): boolean {
  const { store, compiled } = useFormContext();
  const dependsOnOthers = compiled.hasCondition(path);
  const subscribe = useCallback(
    (listener: () => void) =>
      dependsOnOthers
        ? store.subscribeAll((change) => {
            if (
              change.kind === "values" ||
              (change.kind === "value" && compiled.affectsVisibility(change.path))
            )
              listener();
          })
        : () => {},
    [store, compiled, dependsOnOthers],
  );
  const get = useCallback(
    () => (dependsOnOthers ? compiled.isShown(path, store.getValues()) : true),
    [compiled, store, path, dependsOnOthers],
  );
  return useSyncExternalStore(subscribe, get, get);
}
