import { useState } from 'react';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import { SESSION_MINUTES_DEFAULT, WEEKDAY_NAMES } from '../../../../shared/schemas/preparation';
import type { Track } from '../../../../shared/schemas/track';
import { useApi } from '../../../app/AppContext';
import { CheckboxField, NumberField, SelectField, TextField } from '../../../components/fields';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN, unplacedMessage } from '../../../forms/fieldErrors';
import { formatDuration } from '../../../format/duration';
import { PracticeScoreFields, type PracticeDraft, emptyPracticeDraft, practiceInputFrom } from './PracticeScoreFields';
import { useNotify } from './useTrackCall';

const RATING_OPTIONS = [
  { value: '', label: 'Not rated' },
  { value: '1', label: '1 — weak' },
  { value: '2', label: '2' },
  { value: '3', label: '3 — average' },
  { value: '4', label: '4' },
  { value: '5', label: '5 — strong' },
] as const;
type RatingValue = (typeof RATING_OPTIONS)[number]['value'];

const DEFAULT_AVAILABILITY = [60, 60, 60, 60, 60, 120, 0];
const SHOWN_FIELDS = ['examDate', 'goalMinutes', 'availability', 'sessionMinutes', 'reviewDays', 'selfRatings', 'baseline'];

/**
 * Setting up (or changing) preparation: the exam date, the goal (with a labelled suggestion), the
 * time available on each weekday, the session length, the review days and how strong the person
 * feels in each domain, or a baseline practice result. Saving re-plans from today.
 */
export function PrepSetupForm({ track, view, onSaved }: { track: Track; view: PreparationView; onSaved: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const settings = view.settings;
  const [examDate, setExamDate] = useState(view.exam?.examDate ?? '');
  const [booked, setBooked] = useState(view.exam?.booked ?? false);
  const [goalHours, setGoalHours] = useState<number | null>(Math.round((settings?.goalMinutes ?? view.suggestedGoal.minutes) / 6) / 10);
  const [availability, setAvailability] = useState<(number | null)[]>(settings?.availability ?? DEFAULT_AVAILABILITY);
  const [sessionMinutes, setSessionMinutes] = useState<number | null>(settings?.sessionMinutes ?? SESSION_MINUTES_DEFAULT);
  const [reviewMode, setReviewMode] = useState<'auto' | 'set'>(settings?.reviewDays === null || !settings ? 'auto' : 'set');
  const [reviewDays, setReviewDays] = useState<number | null>(settings?.reviewDays ?? 3);
  const [ratings, setRatings] = useState<Record<string, RatingValue>>(
    Object.fromEntries(view.domains.map((d) => [d.id, String(settings?.selfRatings.find((r) => r.domainId === d.id)?.rating ?? '') as RatingValue])),
  );
  const [withBaseline, setWithBaseline] = useState(false);
  const [baseline, setBaseline] = useState<PracticeDraft>(() => emptyPracticeDraft(view.today, 'Baseline practice exam'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const weekly = availability.reduce<number>((sum, m) => sum + (m !== null && Number.isFinite(m) ? m : 0), 0);
  const knownDomains = view.generalReason === null;
  // The core numbers ratings in the order they are sent: the rated domains only.
  const ratedIndex = (domainId: string) => Object.entries(ratings).filter(([, r]) => r !== '').findIndex(([id]) => id === domainId);

  const save = async () => {
    setSaving(true);
    const result = await api['prep:setup']({
      trackId: track.id,
      examDate,
      examBooked: booked,
      goalMinutes: goalHours === null || Number.isNaN(goalHours) ? numberOrNaN(goalHours) : Math.round(goalHours * 60),
      availability: availability.map(numberOrNaN),
      sessionMinutes: numberOrNaN(sessionMinutes),
      reviewDays: reviewMode === 'auto' ? null : numberOrNaN(reviewDays),
      selfRatings: knownDomains
        ? Object.entries(ratings).flatMap(([domainId, rating]) => (rating ? [{ domainId, rating: Number(rating) }] : []))
        : [],
      baseline: withBaseline ? practiceInputFrom(baseline) : null,
    });
    setSaving(false);
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      setProblem(unplacedMessage(result.error, SHOWN_FIELDS) ?? 'Fix the fields marked below, then save again.');
      return;
    }
    setErrors({});
    setProblem(null);
    notify.success(settings ? `Saved; the ${track.acronym} plan is re-planned from today` : `Your ${track.acronym} plan is ready`);
    onSaved();
  };

  return (
    <form
      className="editor"
      noValidate
      aria-label="Preparation settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {problem ? (
        <div className="error-box" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      <fieldset className="form-section">
        <legend>Exam and goal</legend>
        <div className="form-grid">
          <TextField
            label="Exam date"
            type="date"
            required
            value={examDate}
            onChange={setExamDate}
            error={errors.examDate}
            hint={booked ? 'The day you are booked to sit the exam.' : 'A target date while the exam is not booked yet.'}
          />
          <NumberField
            label="Study goal (hours)"
            required
            value={goalHours}
            onChange={setGoalHours}
            error={errors.goalMinutes}
            hint={view.suggestedGoal.explanation}
          />
        </div>
        <CheckboxField label="I have booked this exam" checked={booked} onChange={setBooked} hint="Booking moves the track to “Exam scheduled”." />
        {goalHours !== view.suggestedGoal.minutes / 60 ? (
          <button type="button" className="button button-small" onClick={() => setGoalHours(view.suggestedGoal.minutes / 60)}>
            Use the suggested {view.suggestedGoal.minutes / 60} h
          </button>
        ) : null}
      </fieldset>

      <fieldset className="form-section" aria-describedby="availability-hint">
        <legend>Time you have, minutes per weekday</legend>
        <p className="field-hint" id="availability-hint">
          Certplan never plans more than this on a day. Now {formatDuration(weekly)} a week.
        </p>
        <div className="weekday-grid">
          {WEEKDAY_NAMES.map((day, i) => (
            <NumberField
              key={day}
              label={day}
              value={availability[i] ?? null}
              onChange={(v) => setAvailability((a) => a.map((m, j) => (j === i ? v : m)))}
              error={errors[`availability.${i}`]}
            />
          ))}
        </div>
        {errors.availability ? <p className="field-error">{errors.availability}</p> : null}
        <div className="form-grid">
          <NumberField
            label="Session length (minutes)"
            value={sessionMinutes}
            onChange={setSessionMinutes}
            error={errors.sessionMinutes}
            hint="Days are cut into sessions this long; the last one of a day may be shorter."
          />
          <SelectField
            label="Review days before the exam"
            value={reviewMode}
            onChange={setReviewMode}
            options={[
              { value: 'auto', label: 'Let Certplan choose (10% of study days, at least 2)' },
              { value: 'set', label: 'Set the number myself' },
            ]}
            hint="The last study days are kept for review and one full mock exam."
          />
          {reviewMode === 'set' ? <NumberField label="Number of review days" value={reviewDays} onChange={setReviewDays} error={errors.reviewDays} /> : null}
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Where you start</legend>
        {knownDomains ? (
          <>
            <p className="field-hint">Rate yourself in each exam domain; weaker domains get more of the study time. A practice result replaces the rating.</p>
            <div className="form-grid">
              {view.domains.map((d) => (
                <SelectField
                  key={d.id}
                  label={`${d.name} (${d.weight}% of the exam)`}
                  value={ratings[d.id] ?? ''}
                  onChange={(v) => setRatings((r) => ({ ...r, [d.id]: v }))}
                  options={RATING_OPTIONS}
                  error={errors[`selfRatings.${ratedIndex(d.id)}.domainId`] ?? errors[`selfRatings.${ratedIndex(d.id)}.rating`]}
                />
              ))}
            </div>
          </>
        ) : (
          <p className="muted">{view.generalReason}</p>
        )}
        <CheckboxField label="I have a baseline practice-exam result" checked={withBaseline} onChange={setWithBaseline} />
        {withBaseline ? <PracticeScoreFields draft={baseline} onChange={setBaseline} domains={view.domains.filter(() => knownDomains)} errors={errors} prefix="baseline." /> : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Planning…' : settings ? 'Save and re-plan' : 'Make my plan'}
        </button>
      </div>
    </form>
  );
}
