import { createStore } from 'zustand/vanilla';

export interface UnsavedState {
  /** Form key → what the form is called ("the experience entry"), for every form with unsaved changes. */
  forms: Record<string, string>;
  mark(key: string, label: string | null): void;
}

/**
 * Which open forms hold changes that are not saved. The layout asks before leaving a page while
 * any does; forms mark themselves clean synchronously when they save, so the navigation that
 * follows a save is never stopped.
 */
export function createUnsavedStore() {
  return createStore<UnsavedState>()((set, get) => ({
    forms: {},
    mark(key, label) {
      const forms = get().forms;
      if (label === null) {
        if (!(key in forms)) return;
        const { [key]: _removed, ...rest } = forms;
        set({ forms: rest });
      } else if (forms[key] !== label) {
        set({ forms: { ...forms, [key]: label } });
      }
    },
  }));
}
