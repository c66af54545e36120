import type { Finding } from "@tianbiao/core";
import { useCallback, useSyncExternalStore } from "react";
import { useFormContext } from "../table-form/form-context";

/** Subscribes a component to one path's value; re-renders only when that value changes. */
export function useFieldValue<T = unknown>(path: string): T {
  const { store } = useFormContext();
  const subscribe = useCallback((listener: () => void) => store.subscribe(path, listener), [store, path]);
  const get = useCallback(() => store.get(path) as T, [store, path]);
  return useSyncExternalStore(subscribe, get, get);
}

/** Selects something derived from a path's value (a row count), compared with Object.is. */
export function useFieldSelector<T>(path: string, select: (value: unknown) => T): T {
  const { store } = useFormContext();
  const subscribe = useCallback((listener: () => void) => store.subscribe(path, listener), [store, path]);
  const get = useCallback(() => select(store.get(path)), [store, path, select]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The findings to show at a path: all of them once the field was touched or a submit was tried. */
export function useFieldFindings(path: string): Finding[] {
  const { store } = useFormContext();
  const subscribe = useCallback((listener: () => void) => store.subscribe(path, listener), [store, path]);
  const get = useCallback(() => (store.isRevealed(path) ? store.findingsAt(path) : NONE), [store, path]);
  return useSyncExternalStore(subscribe, get, get);
}

const NONE: Finding[] = [];
