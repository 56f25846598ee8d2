import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import type { SessionList } from '../../../../shared/schemas/studySession';
import { useApi } from '../../../app/AppContext';
import { formatDay } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { AllocationTable } from './AllocationTable';
import { ShortfallCallout } from './ShortfallCallout';
import { TimerCard } from './TimerCard';
import { TodayCard } from './TodayCard';
import { UpcomingPlan } from './UpcomingPlan';
import { useNotify } from './useTrackCall';

/** The plan at a glance: where things stand, what changed, what to study today and next. */
export function PlanSection({ view, sessions }: { view: PreparationView; sessions: SessionList | null }) {
  const api = useApi();
  const notify = useNotify();
  const plan = view.plan;
  const exam = view.exam;
  if (!plan || !exam) return null;
  const daysLeft = differenceInCalendarDays(parseISO(exam.examDate), parseISO(view.today));
  const { totals } = plan;

  const replan = async () => {
    const result = await api['prep:replan']({ trackId: view.trackId });
    if (result.ok) notify.success('Re-planned from today');
    else notify.error(result.error.message);
  };

  return (
    <div className="stack">
      <section className="section" aria-labelledby="plan-heading">
        <div className="section-head">
          <h2 id="plan-heading">Your plan</h2>
          <button type="button" className="button button-small" onClick={() => void replan()}>
            Re-plan from today
          </button>
        </div>
        <dl className="stat-grid">
          <div>
            <dt>Exam</dt>
            <dd>
              {formatDay(exam.examDate)} <span className="muted">({exam.booked ? 'booked' : 'target date'})</span>
            </dd>
          </div>
          <div>
            <dt>Days left</dt>
            <dd>{daysLeft > 0 ? daysLeft : daysLeft === 0 ? 'Exam day' : 'Passed'}</dd>
          </div>
          <div>
            <dt>Studied</dt>
            <dd>
              {formatDuration(totals.studiedMinutes)} <span className="muted">of {formatDuration(totals.goalMinutes)}</span>
            </dd>
          </div>
          <div>
            <dt>Planned from today</dt>
            <dd>
              {formatDuration(totals.plannedMinutes)} <span className="muted">on {totals.availableDays} study days</span>
            </dd>
          </div>
        </dl>
        {plan.reviewStartsOn ? (
          <p className="muted">
            Review and mock exams from {formatDay(plan.reviewStartsOn)} ({totals.reviewDays} study days before the exam).
          </p>
        ) : null}
        {daysLeft < 0 ? <p>The exam date has passed. Record the result on the Exam tab, or set a new date in Settings to plan a retake.</p> : null}
      </section>
      {plan.changes.length > 0 ? (
        <section className="callout callout-info" aria-labelledby="changes-heading">
          <div>
            <h2 id="changes-heading">What changed</h2>
            <ul className="change-list">
              {plan.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
      {plan.shortfall ? <ShortfallCallout view={view} shortfall={plan.shortfall} /> : null}
      {sessions?.timer ? <TimerCard trackId={view.trackId} domains={view.domains} sessions={sessions} todayItems={plan.today.items} /> : null}
      <TodayCard trackId={view.trackId} today={plan.today} timer={sessions?.timer ?? null} />
      <UpcomingPlan plan={plan} />
      <AllocationTable plan={plan} />
    </div>
  );
}
