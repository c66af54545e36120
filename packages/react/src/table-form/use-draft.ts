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

/** Reads a saved draft; a corrupt entry counts as none. */
export function readDraft(key: string): Draft | undefined {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return undefined;
  try {
    const draft = JSON.parse(raw) as Draft;
    return draft && typeof draft === "object" && draft.values && typeof draft.values === "object"
      ? draft
      : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
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
    const unsubscribe = store.subscribeAll(() => {
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
