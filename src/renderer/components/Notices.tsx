import { useSlice, useStores } from '../app/AppContext';

/** The live region for short messages after actions (saved, removed — with Undo). */
export function Notices() {
  const { notices: store } = useStores();
  const notices = useSlice(store, (s) => s.notices);
  const dismiss = useSlice(store, (s) => s.dismiss);
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.message}</span>
          {notice.action ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                dismiss(notice.id);
                void notice.action?.run();
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
