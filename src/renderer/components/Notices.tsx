import { useEffect, useRef } from 'react';
import { useSlice, useStores } from '../app/AppContext';
import type { Notice } from '../stores/createNoticeStore';

/** The live region for short messages after actions (saved, removed — with Undo). */
export function Notices() {
  const { notices: store } = useStores();
  const notices = useSlice(store, (s) => s.notices);
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const { notices: store } = useStores();
  const actionRef = useRef<HTMLButtonElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const { dismiss, hold, release } = store.getState();
  useEffect(() => {
    if (notice.focusAction) actionRef.current?.focus();
  }, [notice.focusAction]);
  // Leaving the notice by keyboard (it disappears) must not drop focus onto the page's body.
  const close = (id: number) => {
    const hadFocus = boxRef.current?.contains(document.activeElement) ?? false;
    dismiss(id);
    if (hadFocus) document.querySelector<HTMLElement>('main h1')?.focus();
  };
  return (
    <div
      ref={boxRef}
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => hold(notice.id)}
      onMouseLeave={() => release(notice.id)}
      onFocus={() => hold(notice.id)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) release(notice.id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close(notice.id);
        }
      }}
    >
      <span>{notice.message}</span>
      {notice.action ? (
        <button
          ref={actionRef}
          type="button"
          className="button button-small"
          onClick={() => {
            close(notice.id);
            void notice.action?.run();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => close(notice.id)}>
        ×
      </button>
    </div>
  );
}
