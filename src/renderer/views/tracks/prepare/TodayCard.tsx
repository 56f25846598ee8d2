import type { PlanView } from '../../../../shared/schemas/preparation';
import type { RunningTimer } from '../../../../shared/schemas/studySession';
import { useApi } from '../../../app/AppContext';
import { localizeDates } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { useNotify } from './useTrackCall';

/** What to study now: today's planned sessions minus what is already done today. */
export function TodayCard({ trackId, today, timer }: { trackId: string; today: PlanView['today']; timer: RunningTimer | null }) {
  const api = useApi();
  const notify = useNotify();
  const open = today.items.filter((i) => i.remainingMinutes > 0);
  const start = async (item: PlanView['today']['items'][number]) => {
    const result = await api['sessions:start-timer']({ trackId, domainId: item.domainId, planItemId: item.itemId });
    if (result.ok) notify.success(`Timer started for ${item.domainName}`);
    else notify.error(result.error.message);
  };
  return (
    <section className="section" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {today.items.length === 0 ? (
        <p>Nothing is planned for today. {today.doneMinutes > 0 ? `You studied ${formatDuration(today.doneMinutes)} anyway.` : 'Enjoy the day off.'}</p>
      ) : open.length === 0 ? (
        <p>Done for today: {formatDuration(today.doneMinutes)} studied of {formatDuration(today.plannedMinutes)} planned.</p>
      ) : (
        <>
          <p>
            {formatDuration(today.remainingMinutes)} left of {formatDuration(today.plannedMinutes)} planned
            {today.doneMinutes > 0 ? ` (${formatDuration(today.doneMinutes)} done)` : ''}.
          </p>
          <ul className="plan-list" aria-label="Study now">
            {open.map((item) => (
              <li key={item.itemId} className="plan-entry">
                <div>
                  <strong>{item.domainName}</strong> · {formatDuration(item.remainingMinutes)}
                  {item.doneMinutes > 0 ? <span className="muted"> ({formatDuration(item.doneMinutes)} of {formatDuration(item.minutes)} done)</span> : null}
                  <p className="plan-reason">{localizeDates(item.reason)}</p>
                </div>
                <button type="button" className="button button-small" disabled={timer !== null} onClick={() => void start(item)}>
                  Start timer<span className="visually-hidden"> for {item.domainName}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
