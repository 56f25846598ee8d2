import { createStore } from 'zustand/vanilla';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
}

export interface NoticeState {
  notices: Notice[];
  show(notice: Omit<Notice, 'id'>, timeoutMs?: number): number;
  dismiss(id: number): void;
}

/** Short messages after an action, with an optional undo; errors stay until dismissed. */
export function createNoticeStore() {
  let nextId = 1;
  return createStore<NoticeState>()((set, get) => ({
    notices: [],
    show(notice, timeoutMs) {
      const id = nextId++;
      set({ notices: [...get().notices, { ...notice, id }] });
      const ttl = timeoutMs ?? (notice.kind === 'error' ? 0 : notice.action ? 10_000 : 5_000);
      if (ttl > 0) setTimeout(() => get().dismiss(id), ttl);
      return id;
    },
    dismiss(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  }));
}
