import { useEffect, useState } from 'react';
import type { PlanDomain, PlanView } from '../../../../shared/schemas/preparation';
import type { SessionList } from '../../../../shared/schemas/studySession';
import { useApi, useSlice, useStores } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField } from '../../../components/fields';
import { formatInstantTime } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { useNotify } from './useTrackCall';

/** The core measures elapsed time; the card re-reads it this often to stay in step with it. */
const REFRESH_MS = 60_000;

/** 65 s → "0:01:05". */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Seconds since `startedAt` on the core's clock, ticking every second: the core's "now" as last
 * read, plus the time passed on this computer since (a monotonic count, never its calendar).
 */
function useElapsedSeconds(startedAt: string | null): number {
  const { appInfo } = useStores();
  const coreNow = useSlice(appInfo, (s) => s.info.data?.now ?? null);
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!startedAt || !coreNow) return undefined;
    const readAt = performance.now();
    const measure = () => setElapsed((Date.parse(coreNow) + (performance.now() - readAt) - Date.parse(startedAt)) / 1000);
    const first = setTimeout(measure, 0);
    const id = setInterval(measure, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [startedAt, coreNow]);
  return startedAt ? elapsed : 0;
}

/**
 * The study timer. Starting stores the start instant in the core, so a timer keeps running when
 * the app is closed; stopping records a session of the elapsed minutes.
 */
export function TimerCard({
  trackId,
  domains,
  sessions,
  todayItems,
  onRefresh,
}: {
  trackId: string;
  domains: readonly PlanDomain[];
  sessions: SessionList;
  todayItems: PlanView['today']['items'];
  onRefresh?: () => void;
}) {
  const api = useApi();
  const notify = useNotify();
  const timer = sessions.timer;
  const [domainId, setDomainId] = useState('');
  const [planItemId, setPlanItemId] = useState('');
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [busy, setBusy] = useState(false);
  const elapsed = useElapsedSeconds(timer?.startedAt ?? null);

  useEffect(() => {
    if (!timer || !onRefresh) return undefined;
    const id = setInterval(onRefresh, REFRESH_MS);
    return () => clearInterval(id);
  }, [timer, onRefresh]);

  const act = async <T,>(call: () => Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>, done: (data: T) => string) => {
    setBusy(true);
    const result = await call();
    setBusy(false);
    if (result.ok) notify.success(done(result.data));
    else notify.error(result.error.message);
  };

  const item = todayItems.find((i) => i.itemId === planItemId);
  const general = domains.length === 1 && domains[0]?.id === 'general';
  const domainOptions = [
    { value: '', label: general ? 'General' : 'Whole exam' },
    ...(general ? [] : domains.map((d) => ({ value: d.id, label: d.name }))),
  ];

  return (
    <section className="section timer-card" aria-labelledby="timer-heading">
      <h2 id="timer-heading">Study timer</h2>
      {timer ? (
        <>
          <p className="timer-status">
            Running since {formatInstantTime(timer.startedAt)} ·{' '}
            <strong role="timer" aria-label="Time studied so far" className="timer-clock">
              {formatClock(Math.max(elapsed, timer.elapsedMinutes * 60))}
            </strong>{' '}
            · {timer.domainName}
          </p>
          <div className="inline-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void act(() => api['sessions:stop-timer']({ trackId }), (s) => `Recorded ${formatDuration(s.minutes)} of ${s.domainName}`)}
            >
              Stop and record
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirmDiscard(true)}>
              Discard timer
            </button>
          </div>
        </>
      ) : (
        <div className="form-grid timer-start">
          <SelectField
            label="Planned session"
            value={planItemId}
            onChange={(v) => {
              setPlanItemId(v);
              const chosen = todayItems.find((i) => i.itemId === v);
              if (chosen) setDomainId(chosen.domainId ?? '');
            }}
            options={[{ value: '', label: 'None' }, ...todayItems.map((i) => ({ value: i.itemId, label: `${i.domainName}, ${formatDuration(i.minutes)}` }))]}
          />
          <SelectField label="Domain" value={item ? (item.domainId ?? '') : domainId} onChange={setDomainId} options={domainOptions} />
          <div className="field timer-action">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() =>
                void act(
                  () => api['sessions:start-timer']({ trackId, domainId: (item ? item.domainId : domainId) || null, planItemId: planItemId || null }),
                  (t) => `Timer started (${t.domainName})`,
                )
              }
            >
              Start timer
            </button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirmDiscard}
        title="Discard the running timer?"
        confirmLabel="Discard timer"
        danger
        onCancel={() => setConfirmDiscard(false)}
        onConfirm={() => {
          setConfirmDiscard(false);
          void act(() => api['sessions:discard-timer']({ trackId }), () => 'Timer discarded; nothing was recorded');
        }}
      >
        <p>The time measured so far is not recorded. You can still enter the session by hand.</p>
      </ConfirmDialog>
    </section>
  );
}
