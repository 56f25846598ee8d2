/**
 * Where drafts are kept: the browser's local storage of this app (the desktop app's own origin, or
 * the web host's), one entry per form. Storage can be full or switched off; then drafts live for
 * the session only and nothing breaks.
 */
const PREFIX = 'certplan.draft.v1.';
const memory = new Map<string, string>();

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const draftStorage = {
  read(key: string): unknown {
    const raw = (() => {
      try {
        return store()?.getItem(PREFIX + key) ?? memory.get(key) ?? null;
      } catch {
        return memory.get(key) ?? null;
      }
    })();
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return null;
    }
  },
  write(key: string, value: unknown): void {
    const raw = JSON.stringify(value);
    memory.set(key, raw);
    try {
      store()?.setItem(PREFIX + key, raw);
    } catch {
      // Full or forbidden: the in-memory copy still survives leaving and coming back.
    }
  },
  remove(key: string): void {
    memory.delete(key);
    try {
      store()?.removeItem(PREFIX + key);
    } catch {
      // nothing kept there
    }
  },
};
