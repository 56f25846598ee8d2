import { Link } from 'react-router';
import type { ReviewPlan } from '../../../../../shared/schemas/flashcards/plan';
import { useApi } from '../../../../app/AppContext';
import { formatDay } from '../../../../format/dates';
import { formatDuration } from '../../../../format/duration';
import { useNotify } from '../useTrackCall';

const MODE_LABELS = { exam: 'Exam-date mode', steady: 'Long-term scheduling', maintenance: 'Maintenance' } as const;

/**
 * Today's review in one panel: the budget and what is left, the mode and why, the final pass, and
 * — when the cards no longer fit — the numbers and the ways out, each a button where Certplan can
 * apply it. After the exam, the choice between maintenance and archiving.
 */
export function TodayPanel({ plan, onReview }: { plan: ReviewPlan; onReview: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const day = plan.day;
  const left = day.left.learning + day.left.due + day.left.finalPass + day.left.new;
  const reviewedMinutes = Math.round(day.reviewedSeconds / 60);
  const budgetUsed = day.budgetMinutes > 0 && day.reviewedSeconds >= day.budgetMinutes * 60;
  const apply = async (patch: { newCardsPerDay?: number; reviewSharePercent?: number }, message: string) => {
    const result = await api['flashcards:update-settings']({ trackId: plan.trackId, patch });
    if (result.ok) notify.success(message);
    else notify.error(result.error.message);
  };
  const chooseAfterExam = async (choice: 'maintenance' | 'archive') => {
    const result = await api['flashcards:after-exam']({ trackId: plan.trackId, choice });
    if (result.ok) notify.success(choice === 'archive' ? 'Decks archived; their cards and history are kept' : 'Decks kept in maintenance');
    else notify.error(result.error.message);
  };
  return (
    <section className="section fc-today" aria-labelledby="fc-today-heading">
      <div className="section-head">
        <h2 id="fc-today-heading">Today’s review</h2>
        <span className="badge badge-info">{MODE_LABELS[plan.mode]}</span>
      </div>
      <dl className="stat-grid">
        <div>
          <dt>Budget today</dt>
          <dd data-testid="fc-budget">{day.budgetMinutes > 0 ? formatDuration(day.budgetMinutes) : 'Day off'}</dd>
        </div>
        <div>
          <dt>Reviewed today</dt>
          <dd>
            {formatDuration(reviewedMinutes)} · {day.reviewedCards} card{day.reviewedCards === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Left for today</dt>
          <dd>
            {day.left.due + day.left.learning} due · {plan.finalPassStartsOn && day.date >= plan.finalPassStartsOn ? `${day.left.finalPass} final pass` : `${day.left.new} new`}
          </dd>
        </div>
        <div>
          <dt>Desired retention</dt>
          <dd>{Math.round(day.retention * 1000) / 10}%</dd>
        </div>
      </dl>
      <p className="muted">{plan.modeReason}</p>
      {plan.finalPassStartsOn && plan.examDate ? (
        <p>
          Final pass from <strong>{formatDay(plan.finalPassStartsOn)}</strong> to the exam on {formatDay(plan.examDate)}: every card once, spread by each day’s budget.
          {plan.rampStartsOn ? ` Retention rises from ${Math.round(plan.baseRetention * 100)}% to ${Math.round(plan.targetRetention * 100)}% from ${formatDay(plan.rampStartsOn)}.` : ''}
        </p>
      ) : null}
      {plan.shortfall ? (
        <div className={`callout ${plan.shortfall.kind === 'unseen-new' ? 'callout-info' : 'callout-warning'} shortfall`} role={plan.shortfall.kind === 'unseen-new' ? 'status' : 'alert'}>
          <div>
            <h2>{plan.shortfall.kind === 'unseen-new' ? 'Not every new card gets learned before the final pass' : 'The cards no longer fit before the exam'}</h2>
            <p>{plan.shortfall.message}</p>
            <div className="inline-actions">
              {plan.shortfall.choices.newCardsPerDay !== null ? (
                <button type="button" className="button" onClick={() => void apply({ newCardsPerDay: plan.shortfall?.choices.newCardsPerDay ?? 0 }, 'New cards a day changed')}>
                  {plan.shortfall.kind === 'unseen-new' ? 'Learn' : 'Learn at most'} {plan.shortfall.choices.newCardsPerDay} new cards a day
                </button>
              ) : null}
              {plan.shortfall.choices.reviewSharePercent !== null ? (
                <button type="button" className="button" onClick={() => void apply({ reviewSharePercent: plan.shortfall?.choices.reviewSharePercent ?? 100 }, 'Review share raised')}>
                  Give review {plan.shortfall.choices.reviewSharePercent}% of study time
                </button>
              ) : null}
            </div>
            <ul className="change-list">
              {plan.shortfall.choices.extraMinutesPerStudyDay !== null ? <li>Or add {formatDuration(plan.shortfall.choices.extraMinutesPerStudyDay)} of review to each study day.</li> : null}
              {plan.shortfall.choices.moveExamTo ? (
                <li>
                  Or move the exam to {formatDay(plan.shortfall.choices.moveExamTo)} in <Link to="?section=settings">Preparation settings</Link>.
                </li>
              ) : null}
            </ul>
          </div>
        </div>
      ) : null}
      {plan.afterExam && plan.afterExam.choice === null ? (
        <div className="callout callout-info" role="status">
          <p>Your exam was on {formatDay(plan.afterExam.examDate)}. Keep the decks in maintenance (a few minutes a day, long-term retention) or archive them?</p>
          <div className="inline-actions">
            <button type="button" className="button button-primary" onClick={() => void chooseAfterExam('maintenance')}>
              Keep in maintenance
            </button>
            <button type="button" className="button" onClick={() => void chooseAfterExam('archive')}>
              Archive the decks
            </button>
          </div>
        </div>
      ) : null}
      <div className="inline-actions">
        <button type="button" className="button button-primary" onClick={onReview} disabled={plan.totals.cards === 0}>
          {budgetUsed ? 'Review (budget used)' : left > 0 ? `Start review (${left} card${left === 1 ? '' : 's'})` : 'Start review'}
        </button>
        {plan.totals.cards === 0 ? <span className="muted">Add or import cards to start.</span> : null}
      </div>
    </section>
  );
}
