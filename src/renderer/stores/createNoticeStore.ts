import { createStore } from 'zustand/vanilla';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
  /** Move the keyboard to the action (an Undo right after a delete made by keyboard). */
  focusAction?: boolean;
}

export interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>, timeoutMs?: number): number;
  dismiss(id: number): void;
  /** Keeps a notice while the pointer or the keyboard is on it (people need time to reach Undo). */
  hold(id: number): void;
  release(id: number): void;
}

/** Short messages after an action, with an optional undo; errors stay until dismissed. */
export function createNoticeStore() {
  let nextId = 1;
  const timers = new Map<number, { handle: ReturnType<typeof setTimeout> | null; ttl: number }>();
  return createStore<NoticeState>()((set, get) => {
    const arm = (id: number, ttl: number) => {
      const timer = timers.get(id);
      if (!timer || ttl <= 0) return;
      if (timer.handle) clearTimeout(timer.handle);
      timer.handle = setTimeout(() => get().dismiss(id), ttl);
    };
    return {
      notices: [],
      show(notice, timeoutMs) {
        const id = nextId++;
        set({ notices: [...get().notices, { ...notice, id }] });
        const ttl = timeoutMs ?? (notice.kind === 'error' ? 0 : notice.action ? 10_000 : 5_000);
        timers.set(id, { handle: null, ttl });
        arm(id, ttl);
        return id;
      },
      dismiss(id) {
        const timer = timers.get(id);
        if (timer?.handle) clearTimeout(timer.handle);
        timers.delete(id);
        set({ notices: get().notices.filter((n) => n.id !== id) });
      },
      hold(id) {
        const timer = timers.get(id);
        if (timer?.handle) clearTimeout(timer.handle);
        if (timer) timer.handle = null;
      },
      release(id) {
        const timer = timers.get(id);
        // Once let go, a few more seconds to read it.
        if (timer) arm(id, Math.min(timer.ttl, 5_000));
      },
    };
  });
}
