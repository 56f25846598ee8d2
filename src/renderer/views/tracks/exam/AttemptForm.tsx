import { useState } from 'react';
import type { ExamView } from '../../../../shared/schemas/exam';
import type { Track } from '../../../../shared/schemas/track';
import { useApi } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField, TextField } from '../../../components/fields';
import { type FieldErrors, fieldErrorsFrom, unplacedMessage } from '../../../forms/fieldErrors';
import { formatDay } from '../../../format/dates';
import { useNotify } from '../prepare/useTrackCall';

/**
 * One exam attempt: date, pass or not, the score report's band per domain and, on a pass, the
 * certification number. Confirmed first, since a pass moves the track and creates the credential.
 */
export function AttemptForm({ track, view }: { track: Track; view: ExamView }) {
  const api = useApi();
  const notify = useNotify();
  const examDay = view.schedule && view.schedule.examDate <= view.today ? view.schedule.examDate : view.today;
  const [date, setDate] = useState(examDay);
  const [outcome, setOutcome] = useState<'passed' | 'failed'>('passed');
  const [bands, setBands] = useState<Record<string, string>>({});
  const [credentialNumber, setCredentialNumber] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const chosenBands = Object.entries(bands).filter(([, band]) => band !== '');

  const record = async () => {
    const result = await api['exam:record-attempt']({
      trackId: track.id,
      date,
      outcome,
      domainBands: chosenBands.map(([domainId, band]) => ({ domainId, band })),
      credentialNumber: outcome === 'passed' && credentialNumber.trim() ? credentialNumber : null,
      notes,
    });
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      setProblem(unplacedMessage(result.error, ['date', 'outcome', 'domainBands', 'credentialNumber', 'notes']));
      return;
    }
    setErrors({});
    setProblem(null);
    notify.success(
      outcome === 'passed'
        ? `Congratulations! ${track.acronym} is passed and the credential is in your records.`
        : `Recorded. Your plan is kept; book a retake when you are ready.`,
    );
  };

  return (
    <form
      className="subform"
      noValidate
      aria-label="Exam result"
      onSubmit={(e) => {
        e.preventDefault();
        setConfirming(true);
      }}
    >
      {problem ? (
        <div className="error-box" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      <div className="form-grid">
        <TextField label="Date of the attempt" type="date" required value={date} onChange={setDate} error={errors.date} />
        <fieldset className="radio-fieldset">
          <legend>Result</legend>
          <div className="radio-group">
            <label className="radio">
              <input type="radio" name="outcome" value="passed" checked={outcome === 'passed'} onChange={() => setOutcome('passed')} />
              Passed
            </label>
            <label className="radio">
              <input type="radio" name="outcome" value="failed" checked={outcome === 'failed'} onChange={() => setOutcome('failed')} />
              Not passed
            </label>
          </div>
        </fieldset>
        {outcome === 'passed' ? (
          <TextField label="Certification number" value={credentialNumber} onChange={setCredentialNumber} error={errors.credentialNumber} hint="Optional; you can add it later in your records" />
        ) : null}
      </div>
      {view.bands.length > 0 && view.domains.length > 0 ? (
        <fieldset className="subform">
          <legend>Score report bands (optional)</legend>
          <div className="form-grid">
            {view.domains.map((d) => {
              const index = chosenBands.findIndex(([id]) => id === d.id);
              return (
                <SelectField
                  key={d.id}
                  label={d.name}
                  value={bands[d.id] ?? ''}
                  onChange={(band) => setBands((b) => ({ ...b, [d.id]: band }))}
                  options={[{ value: '', label: 'Not given' }, ...view.bands.map((band) => ({ value: band, label: band }))]}
                  error={index >= 0 ? (errors[`domainBands.${index}.band`] ?? errors[`domainBands.${index}.domainId`]) : undefined}
                />
              );
            })}
          </div>
        </fieldset>
      ) : null}
      <TextField label="Notes" multiline value={notes} onChange={setNotes} error={errors.notes} />
      <button type="submit" className="button button-primary">
        Record result
      </button>
      <ConfirmDialog
        open={confirming}
        title={outcome === 'passed' ? `Record a pass on ${formatDay(date || view.today)}?` : `Record an attempt not passed on ${formatDay(date || view.today)}?`}
        confirmLabel={outcome === 'passed' ? 'Record the pass' : 'Record the attempt'}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void record();
        }}
      >
        <p>
          {outcome === 'passed'
            ? `${track.acronym} moves to “Passed” and the credential is added to your records, earned on that day.`
            : `${track.acronym} moves to “Not passed — retake”; the attempt counts toward the attempts allowed, and your plan is kept.`}
        </p>
      </ConfirmDialog>
    </form>
  );
}
