import { useCallback, useSyncExternalStore } from "react";
import { useFormContext } from "../table-form/form-context";

/** Whether the field at a path is shown; re-renders only when that answer changes. */
export function useShown(path: string): boolean {
  const { store, compiled } = useFormContext();
  const dependsOnOthers = compiled.hasCondition(path);
  const subscribe = useCallback(
    (listener: () => void) => (dependsOnOthers ? store.subscribeAll(listener) : () => {}),
    [store, dependsOnOthers],
  );
  const get = useCallback(
    () => (dependsOnOthers ? compiled.isShown(path, store.getValues()) : true),
    [compiled, store, path, dependsOnOthers],
  );
  return useSyncExternalStore(subscribe, get, get);
}
