import { type FormEvent, useState } from 'react';
import type { FlashcardSettings } from '../../../../../shared/schemas/flashcards/settings';
import { useApi } from '../../../../app/AppContext';
import { ErrorMessage } from '../../../../components/ErrorMessage';
import { FormActions } from '../../../../components/FormActions';
import { Loading } from '../../../../components/Loading';
import { CheckboxField, NumberField } from '../../../../components/fields';
import { type FieldErrors, fieldErrorsFrom, numberOrNaN } from '../../../../forms/fieldErrors';
import { useNotify } from '../useTrackCall';
import { useFlashcardSettings } from './useFlashcards';

type Numbers = Omit<FlashcardSettings, 'examMode' | 'streakEnabled' | 'afterExam' | 'afterExamFor'>;
type NumberKey = keyof Numbers;

/** How the track's cards are scheduled: exam-date mode, the review share of study time, the retention ramp, the final pass. */
export function FlashcardSettingsForm({ trackId }: { trackId: string }) {
  const settings = useFlashcardSettings(trackId);
  if (!settings.state.data) return settings.state.error ? <ErrorMessage error={settings.state.error} /> : <Loading />;
  return <SettingsForm key={JSON.stringify(settings.state.data)} trackId={trackId} initial={settings.state.data} />;
}

function SettingsForm({ trackId, initial }: { trackId: string; initial: FlashcardSettings }) {
  const api = useApi();
  const notify = useNotify();
  const [examMode, setExamMode] = useState(initial.examMode);
  const [values, setValues] = useState<Record<NumberKey, number | null>>({
    reviewSharePercent: initial.reviewSharePercent,
    newCardsPerDay: initial.newCardsPerDay,
    baseRetention: Math.round(initial.baseRetention * 100),
    targetRetention: Math.round(initial.targetRetention * 100),
    rampWeeks: initial.rampWeeks,
    finalPassDays: initial.finalPassDays,
    minutesWithoutPlan: initial.minutesWithoutPlan,
    maintenanceMinutes: initial.maintenanceMinutes,
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const field = (key: NumberKey, label: string, hint?: string) => (
    <NumberField label={label} value={values[key]} onChange={(v) => setValues((s) => ({ ...s, [key]: v }))} error={errors[key]} hint={hint} />
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const percent = (v: number | null) => (v === null ? Number.NaN : v / 100);
    const result = await api['flashcards:update-settings']({
      trackId,
      patch: {
        examMode,
        reviewSharePercent: numberOrNaN(values.reviewSharePercent),
        newCardsPerDay: numberOrNaN(values.newCardsPerDay),
        baseRetention: percent(values.baseRetention),
        targetRetention: percent(values.targetRetention),
        rampWeeks: numberOrNaN(values.rampWeeks),
        finalPassDays: numberOrNaN(values.finalPassDays),
        minutesWithoutPlan: numberOrNaN(values.minutesWithoutPlan),
        maintenanceMinutes: numberOrNaN(values.maintenanceMinutes),
      },
    });
    setBusy(false);
    if (!result.ok) return setErrors(fieldErrorsFrom(result.error, 'patch.'));
    setErrors({});
    notify.success('Scheduling saved; today’s review follows it');
  };
  return (
    <section className="section" aria-labelledby="fc-settings-heading">
      <h2 id="fc-settings-heading">Scheduling</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <CheckboxField
          label="Exam-date mode"
          checked={examMode}
          onChange={setExamMode}
          hint="Bend review toward the exam date: the budget comes from your plan, retention ramps up, and a final pass shows every card once before the exam."
        />
        <div className="form-grid">
          {field('reviewSharePercent', 'Review share of study time (%)', 'Of the minutes your plan gives each day')}
          {field('newCardsPerDay', 'New cards a day')}
          {field('baseRetention', 'Long-term retention (%)', 'What the scheduler aims for far from the exam')}
          {field('targetRetention', 'Retention at the exam (%)')}
          {field('rampWeeks', 'Ramp (weeks before the exam)')}
          {field('finalPassDays', 'Final pass (at least, days)')}
          {field('minutesWithoutPlan', 'Minutes a day without a plan')}
          {field('maintenanceMinutes', 'Minutes a day after the exam')}
        </div>
        <FormActions busy={busy} submitLabel="Save scheduling" />
      </form>
    </section>
  );
}
