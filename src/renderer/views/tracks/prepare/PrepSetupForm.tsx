import { useState } from 'react';
import { z } from 'zod';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import { SESSION_MINUTES_DEFAULT } from '../../../../shared/schemas/preparation';
import type { Track } from '../../../../shared/schemas/track';
import { useApi, useStores } from '../../../app/AppContext';
import { DraftNote } from '../../../components/DraftNote';
import { CheckboxField, NumberField, SelectField, TextField } from '../../../components/fields';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN, unplacedMessage } from '../../../forms/fieldErrors';
import { useDraft } from '../../../forms/useDraft';
import { useErrorFocus } from '../../../forms/useErrorFocus';
import { HolidayCountryField, useHolidayCountry } from './HolidayCountryField';
import { PracticeScoreFields, type PracticeDraft, emptyPracticeDraft, practiceInputFrom } from './PracticeScoreFields';
import { useNotify } from './useTrackCall';
import { WeeklyTimeFields, type WeeklyTime, availabilityOf, weeklyTimeOf } from './WeeklyTimeFields';

const RATING_OPTIONS = [
  { value: '', label: 'Not rated' },
  { value: '1', label: '1 — weak' },
  { value: '2', label: '2' },
  { value: '3', label: '3 — average' },
  { value: '4', label: '4' },
  { value: '5', label: '5 — strong' },
] as const;
type RatingValue = (typeof RATING_OPTIONS)[number]['value'];

/** A new preparation starts at 6 hours a week, an hour on each day but Sunday. */
const DEFAULT_AVAILABILITY = [60, 60, 60, 60, 60, 60, 0];
const SHOWN_FIELDS = ['examDate', 'goalMinutes', 'availability', 'sessionMinutes', 'reviewDays', 'selfRatings', 'baseline'];

const DraftSchema = z.strictObject({
  examDate: z.string().max(10),
  booked: z.boolean(),
  goalHours: z.number().nullable(),
  time: z.strictObject({
    weeklyHours: z.number().nullable(),
    days: z.array(z.boolean()).length(7),
    split: z.boolean(),
    dayHours: z.array(z.number().nullable()).length(7),
  }),
  sessionMinutes: z.number().nullable(),
  reviewMode: z.enum(['auto', 'set']),
  reviewDays: z.number().nullable(),
  ratings: z.record(z.string().max(200), z.enum(['', '1', '2', '3', '4', '5'])),
  withBaseline: z.boolean(),
  baseline: z.strictObject({ date: z.string().max(10), source: z.string().max(1000), total: z.number().nullable(), scores: z.record(z.string().max(200), z.number().nullable()) }),
});
type Draft = z.infer<typeof DraftSchema>;

/**
 * Setting up (or changing) preparation: the exam date, the goal (with a labelled suggestion),
 * hours a week (spread over chosen days, or set day by day), which public holidays to skip, the
 * session length, the review days and how strong the person feels in each domain, or a baseline
 * practice result. Saving re-plans from today. What is typed is kept as a draft until saved.
 */
export function PrepSetupForm({ track, view, onSaved }: { track: Track; view: PreparationView; onSaved: () => void }) {
  const api = useApi();
  const notify = useNotify();
  const { settings: settingsStore } = useStores();
  const settings = view.settings;
  const holiday = useHolidayCountry(view);
  const initial: Draft = {
    examDate: view.exam?.examDate ?? '',
    booked: view.exam?.booked ?? false,
    goalHours: Math.round((settings?.goalMinutes ?? view.suggestedGoal.minutes) / 6) / 10,
    time: weeklyTimeOf(settings?.availability ?? DEFAULT_AVAILABILITY),
    sessionMinutes: settings?.sessionMinutes ?? SESSION_MINUTES_DEFAULT,
    reviewMode: settings?.reviewDays === null || !settings ? 'auto' : 'set',
    reviewDays: settings?.reviewDays ?? 3,
    ratings: Object.fromEntries(view.domains.map((d) => [d.id, String(settings?.selfRatings.find((r) => r.domainId === d.id)?.rating ?? '') as RatingValue])),
    withBaseline: false,
    baseline: emptyPracticeDraft(view.today, 'Baseline practice exam'),
  };
  const form = useDraft({ key: `prep-setup:${track.id}`, initial, schema: DraftSchema, label: 'the preparation settings' });
  const { draft, setDraft } = form;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useErrorFocus([errors, problem]);
  const knownDomains = view.generalReason === null;
  const ratings = draft.ratings;
  // The core numbers ratings in the order they are sent: the rated domains only.
  const ratedIndex = (domainId: string) => Object.entries(ratings).filter(([, r]) => r !== '').findIndex(([id]) => id === domainId);

  const save = async () => {
    setSaving(true);
    if (holiday.changed) {
      const stored = await settingsStore.getState().update({ holidayCountry: holiday.value });
      if (!stored) {
        setSaving(false);
        setErrors({ holidayCountry: settingsStore.getState().error?.message ?? 'The country could not be saved' });
        return;
      }
    }
    const result = await api['prep:setup']({
      trackId: track.id,
      examDate: draft.examDate,
      examBooked: draft.booked,
      goalMinutes: draft.goalHours === null || Number.isNaN(draft.goalHours) ? numberOrNaN(draft.goalHours) : Math.round(draft.goalHours * 60),
      availability: availabilityOf(draft.time),
      sessionMinutes: numberOrNaN(draft.sessionMinutes),
      reviewDays: draft.reviewMode === 'auto' ? null : numberOrNaN(draft.reviewDays),
      selfRatings: knownDomains ? Object.entries(ratings).flatMap(([domainId, rating]) => (rating ? [{ domainId, rating: Number(rating) }] : [])) : [],
      baseline: draft.withBaseline ? practiceInputFrom(draft.baseline) : null,
    });
    setSaving(false);
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      setProblem(unplacedMessage(result.error, SHOWN_FIELDS) ?? 'Fix the fields marked below, then save again.');
      return;
    }
    setErrors({});
    setProblem(null);
    form.saved();
    notify.success(settings ? `Saved; the ${track.acronym} plan is re-planned from today` : `Your ${track.acronym} plan is ready`);
    onSaved();
  };

  return (
    <form
      ref={formRef}
      className="editor"
      noValidate
      aria-label="Preparation settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
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
            value={draft.examDate}
            onChange={(v) => set('examDate', v)}
            error={errors.examDate}
            hint={draft.booked ? 'The day you are booked to sit the exam.' : 'A target date while the exam is not booked yet.'}
          />
          <NumberField label="Study goal (hours)" required value={draft.goalHours} onChange={(v) => set('goalHours', v)} error={errors.goalMinutes} hint={view.suggestedGoal.explanation} />
        </div>
        <CheckboxField label="I have booked this exam" checked={draft.booked} onChange={(v) => set('booked', v)} hint="Booking moves the track to “Exam scheduled”." />
        {draft.goalHours !== view.suggestedGoal.minutes / 60 ? (
          <button type="button" className="button button-small" onClick={() => set('goalHours', view.suggestedGoal.minutes / 60)}>
            Use the suggested {view.suggestedGoal.minutes / 60} h
          </button>
        ) : null}
      </fieldset>

      <WeeklyTimeFields value={draft.time} onChange={(time: WeeklyTime) => set('time', time)} errors={errors} />

      <fieldset className="form-section">
        <legend>Days off</legend>
        <HolidayCountryField holiday={holiday} view={view} error={errors.holidayCountry} />
        <p className="field-hint">Blackout days and longer pauses (a trip, a busy week) are added under Settings once the plan exists.</p>
      </fieldset>

      <fieldset className="form-section">
        <legend>Sessions and review</legend>
        <div className="form-grid">
          <NumberField
            label="Session length (minutes)"
            value={draft.sessionMinutes}
            onChange={(v) => set('sessionMinutes', v)}
            error={errors.sessionMinutes}
            hint="Days are cut into sessions this long; the last one of a day may be shorter."
          />
          <SelectField
            label="Review days before the exam"
            value={draft.reviewMode}
            onChange={(v) => set('reviewMode', v)}
            options={[
              { value: 'auto', label: 'Certplan chooses' },
              { value: 'set', label: 'I choose the number' },
            ]}
            hint="The last study days are kept for review and one full mock exam. Certplan keeps about a tenth of your study days, at least 2."
          />
          {draft.reviewMode === 'set' ? <NumberField label="Number of review days" value={draft.reviewDays} onChange={(v) => set('reviewDays', v)} error={errors.reviewDays} /> : null}
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
                  onChange={(v) => set('ratings', { ...ratings, [d.id]: v })}
                  options={RATING_OPTIONS}
                  error={errors[`selfRatings.${ratedIndex(d.id)}.domainId`] ?? errors[`selfRatings.${ratedIndex(d.id)}.rating`]}
                />
              ))}
            </div>
          </>
        ) : (
          <p className="muted">{view.generalReason}</p>
        )}
        <CheckboxField label="I have a baseline practice-exam result" checked={draft.withBaseline} onChange={(v) => set('withBaseline', v)} />
        {draft.withBaseline ? (
          <PracticeScoreFields
            draft={draft.baseline}
            onChange={(baseline: PracticeDraft) => set('baseline', baseline)}
            domains={view.domains.filter(() => knownDomains)}
            errors={errors}
            prefix="baseline."
          />
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Planning…' : settings ? 'Save and re-plan' : 'Make my plan'}
        </button>
      </div>
    </form>
  );
}
