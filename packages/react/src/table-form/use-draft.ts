import type { Submission } from "@tianbiao/core";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FormStore } from "../form-store/form-store";

export interface Draft {
  savedAt: string;
  values: Submission;
}

const PREFIX = "tianbiao:draft:";

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * How long a draft is kept in the browser: one older than this is removed when read, so a shared
 * computer does not keep a filer's figures for ever.
 */
export const draftMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

/** Reads a saved draft; a corrupt entry counts as none, and one older than 30 days is removed. */
export function readDraft(key: string, now: number = Date.now()): Draft | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  let draft: Draft;
  try {
    draft = JSON.parse(raw) as Draft;
  } catch {
    return undefined;
  }
  if (!draft || typeof draft !== "object" || !draft.values || typeof draft.values !== "object")
    return undefined;
  const savedAt = Date.parse(draft.savedAt);
  if (!Number.isFinite(savedAt) || now - savedAt > draftMaxAgeMs) {
    clearDraft(key);
    return undefined;
  }
  return draft;
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

/** Removes every draft whose key starts with `prefix` (a filer's own, when they sign out); answers how many. */
export function clearDrafts(prefix: string): number {
  const store = storage();
  if (!store) return 0;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const name = store.key(i);
    if (name?.startsWith(PREFIX + prefix)) keys.push(name);
  }
  for (const name of keys) store.removeItem(name);
  return keys.length;
}

/**
 * Saves the form's values under `key` shortly after each change and offers a saved draft back
 * on load. A full storage (quota) keeps the values in the form; only the autosave stops.
 */
export function useDraft(store: FormStore, key: string | undefined, delayMs = 300) {
  const [offer, setOffer] = useState<Draft | undefined>(() => (key ? readDraft(key) : undefined));
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!key) return;
    const save = () => {
      const draft: Draft = { savedAt: new Date().toISOString(), values: store.getValues() };
      try {
        storage()?.setItem(PREFIX + key, JSON.stringify(draft));
        setSavedAt(draft.savedAt);
        setFailed(false);
      } catch {
        setFailed(true);
      }
    };
    const unsubscribe = store.subscribeAll((change) => {
      // A draft keeps values; findings, and which of them show, are not in it.
      if (change.kind === "findings" || change.kind === "revealed") return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, delayMs);
    });
    const flush = () => {
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = undefined;
        save();
      }
    };
    window.addEventListener("pagehide", flush);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [store, key, delayMs]);

  const restore = useCallback(() => {
    if (offer) store.reset(offer.values);
    setOffer(undefined);
  }, [offer, store]);

  const discard = useCallback(() => {
    setOffer(undefined);
  }, []);

  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    if (key) clearDraft(key);
    setSavedAt(undefined);
  }, [key]);

  return { offer, restore, discard, clear, savedAt, failed };
}
