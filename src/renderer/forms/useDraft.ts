import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { useStores } from '../app/AppContext';
import { draftStorage } from './draftStorage';

export interface Draft<T> {
  draft: T;
  setDraft: (next: T | ((previous: T) => T)) => void;
  /** Differs from what the form started with. */
  dirty: boolean;
  /** The form opened on a draft kept from before (a reload, a crash, leaving the page). */
  restored: boolean;
  /** A kept draft could not be read (an older version, a damaged value) and was dropped. */
  dropped: boolean;
  /** Back to the start, the kept draft removed. */
  discard: () => void;
  /** Saved: nothing is unsaved any more; the kept draft is removed. */
  saved: () => void;
  /** Start again from `next` (after "Save and add another"). */
  restart: (next: T) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form's state that survives a reload: every change is kept on this device under `key` until
 * the form is saved or discarded. A kept draft is read back through `schema` (its shape only;
 * saving validates it like a fresh entry), and one that does not fit is dropped, never trusted.
 * While the draft differs from where it started, the layout asks before leaving the page.
 */
export function useDraft<T>({ key, initial, schema, label }: { key: string; initial: T; schema: z.ZodType<T>; label: string }): Draft<T> {
  const { unsaved } = useStores();
  const registryKey = `${key}#${useId()}`;
  const [start] = useState(() => {
    const kept = draftStorage.read(key);
    if (kept === undefined) return { value: initial, restored: false, dropped: false };
    const parsed = schema.safeParse(kept);
    if (!parsed.success || same(parsed.data, initial)) {
      draftStorage.remove(key);
      return { value: initial, restored: false, dropped: !parsed.success };
    }
    return { value: parsed.data, restored: true, dropped: false };
  });
  const [draft, setDraftState] = useState<T>(start.value);
  const [baseline, setBaseline] = useState<T>(initial);
  const baselineRef = useRef(baseline);
  useEffect(() => {
    baselineRef.current = baseline;
  }, [baseline]);
  const dirty = !same(draft, baseline);

  const setDraft = useCallback(
    (next: T | ((previous: T) => T)) => {
      setDraftState((previous) => {
        const value = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        if (same(value, baselineRef.current)) draftStorage.remove(key);
        else draftStorage.write(key, value);
        return value;
      });
    },
    [key],
  );

  useEffect(() => {
    unsaved.getState().mark(registryKey, dirty ? label : null);
  }, [unsaved, registryKey, dirty, label]);
  useEffect(() => () => unsaved.getState().mark(registryKey, null), [unsaved, registryKey]);

  const clean = useCallback(
    (next: T) => {
      draftStorage.remove(key);
      // At once, not after the next render: a save is usually followed by a navigation.
      unsaved.getState().mark(registryKey, null);
      baselineRef.current = next;
      setBaseline(next);
      setDraftState(next);
    },
    [key, unsaved, registryKey],
  );

  return {
    draft,
    setDraft,
    dirty,
    restored: start.restored,
    dropped: start.dropped,
    discard: () => clean(initial),
    saved: () => clean(draft),
    restart: (next) => clean(next),
  };
}
