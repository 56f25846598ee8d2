import type { PreparationView, Shortfall } from '../../../../shared/schemas/preparation';
import { useApi } from '../../../app/AppContext';
import { formatDay } from '../../../format/dates';
import { formatDuration } from '../../../format/duration';
import { useNotify } from './useTrackCall';

/**
 * When the time left cannot hold the goal: the numbers, and the three ways out as actions the
 * person can take right here (each re-plans at once).
 */
export function ShortfallCallout({ view, shortfall }: { view: PreparationView; shortfall: Shortfall }) {
  const api = useApi();
  const notify = useNotify();
  const settings = view.settings;
  const exam = view.exam;
  if (!settings || !exam) return null;

  const setup = async (patch: { availability?: number[]; goalMinutes?: number }, done: string) => {
    const result = await api['prep:setup']({
      trackId: view.trackId,
      examDate: exam.examDate,
      examBooked: exam.booked,
      goalMinutes: settings.goalMinutes,
      availability: settings.availability,
      sessionMinutes: settings.sessionMinutes,
      reviewDays: settings.reviewDays,
      selfRatings: settings.selfRatings,
      ...patch,
    });
    if (result.ok) notify.success(done);
    else notify.error(result.error.message);
  };

  const moveDate = async (date: string) => {
    const result = await api['exam:book']({ trackId: view.trackId, examDate: date, booked: exam.booked, reference: exam.reference });
    if (result.ok) notify.success(`The exam date is now ${formatDay(date)}${exam.booked ? ' — remember to rebook it with the exam provider' : ''}`);
    else notify.error(result.error.message);
  };

  return (
    <section className="callout callout-warning shortfall" aria-labelledby="shortfall-heading">
      <div>
        <h2 id="shortfall-heading">The goal does not fit before the exam</h2>
        <p>{shortfall.message}</p>
        <p>Choose one of these, or change the settings yourself:</p>
        <div className="inline-actions">
          {shortfall.moveExamTo ? (
            <button type="button" className="button" onClick={() => void moveDate(shortfall.moveExamTo ?? '')}>
              Move the exam date to {formatDay(shortfall.moveExamTo)}
            </button>
          ) : null}
          {shortfall.availabilityWithExtra && shortfall.addMinutesPerStudyDay ? (
            <button
              type="button"
              className="button"
              onClick={() => void setup({ availability: shortfall.availabilityWithExtra ?? settings.availability }, 'Availability raised; the plan is re-made')}
            >
              Add {shortfall.addMinutesPerStudyDay} min to each study day
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => void setup({ goalMinutes: shortfall.lowerGoalToMinutes }, 'Goal lowered; the plan is re-made')}>
            Lower the goal to {formatDuration(shortfall.lowerGoalToMinutes)}
          </button>
        </div>
      </div>
    </section>
  );
}
