import { useState } from 'react';
import type { ExamView } from '../../../../shared/schemas/exam';
import type { Track } from '../../../../shared/schemas/track';
import { useApi } from '../../../app/AppContext';
import { Badge } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { CheckboxField, TextField } from '../../../components/fields';
import { type FieldErrors, fieldErrorsFrom } from '../../../forms/fieldErrors';
import { formatDay } from '../../../format/dates';
import { useCall } from '../../../hooks/useCall';
import { PREPARATION_AREAS, useNotify } from '../prepare/useTrackCall';
import { AttemptForm } from './AttemptForm';
import { TableScroll } from '../../../components/TableScroll';
import { closeOnEscape } from '../../../forms/closeOnEscape';

/** The Exam tab: the exam date (target or booked), the attempts so far, and recording a result. */
export function ExamTab({ track }: { track: Track }) {
  const api = useApi();
  const { state, reload } = useCall(`exam:get:${track.id}`, () => api['exam:get']({ trackId: track.id }), PREPARATION_AREAS);
  const view = state.data;
  if (state.status === 'error' && !view) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!view) return <Loading label="Loading the exam…" />;
  return (
    <div className="stack">
      <BookingSection track={track} view={view} />
      <AttemptsSection view={view} />
      <ResultSection track={track} view={view} />
    </div>
  );
}

function BookingSection({ track, view }: { track: Track; view: ExamView }) {
  const api = useApi();
  const notify = useNotify();
  const [examDate, setExamDate] = useState(view.schedule?.examDate ?? '');
  const [booked, setBooked] = useState(view.schedule?.booked ?? true);
  const [reference, setReference] = useState(view.schedule?.reference ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = async () => {
    const result = await api['exam:book']({ trackId: track.id, examDate, booked, reference });
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      return;
    }
    setErrors({});
    notify.success(booked ? `${track.acronym} exam booked for ${formatDay(examDate)}` : `Target date set to ${formatDay(examDate)}`);
  };
  return (
    <section className="section" aria-labelledby="booking-heading">
      <h2 id="booking-heading">Exam date</h2>
      {view.schedule ? (
        <p>
          {formatDay(view.schedule.examDate)} <Badge tone={view.schedule.booked ? 'success' : 'neutral'}>{view.schedule.booked ? 'Booked' : 'Target date'}</Badge>
          {view.schedule.reference ? <span className="muted"> · reference {view.schedule.reference}</span> : null}
        </p>
      ) : (
        <p className="muted">No exam date yet. Set a target date to plan toward, or the date you booked.</p>
      )}
      <form
        className="subform"
        noValidate
        aria-label="Exam booking"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-grid">
          <TextField label="Exam date" type="date" required value={examDate} onChange={setExamDate} error={errors.examDate} />
          <TextField label="Booking reference" value={reference} onChange={setReference} error={errors.reference} hint="Optional, e.g. the test centre’s confirmation number" />
        </div>
        <CheckboxField label="Booked with the exam provider" checked={booked} onChange={setBooked} hint="Booking moves the track to “Exam scheduled”; the study plan follows the new date." />
        <button type="submit" className="button button-primary">
          {booked ? 'Save booking' : 'Save target date'}
        </button>
      </form>
    </section>
  );
}

function AttemptsSection({ view }: { view: ExamView }) {
  return (
    <section className="section" aria-labelledby="attempts-heading">
      <h2 id="attempts-heading">Attempts</h2>
      {view.window ? (
        <p>
          Eligibility period from {formatDay(view.window.approvedOn)} to {formatDay(view.window.eligibilityEndsOn)}: {view.window.attemptsUsed}
          {view.window.attemptsAllowed !== null ? ` of ${view.window.attemptsAllowed}` : ''} attempts used.
        </p>
      ) : view.attemptsAllowedByRules !== null ? (
        <p className="muted">
          The rules allow {view.attemptsAllowedByRules} attempts within the eligibility period after an approved application; Certplan counts them once the
          application is recorded.
        </p>
      ) : null}
      {view.attempts.length === 0 ? (
        <EmptyState title="No attempts recorded">After your exam, record the result here.</EmptyState>
      ) : (
        <TableScroll label="Attempts">
        <table className="data-table compact">
          <caption className="visually-hidden">Exam attempts</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Result</th>
              <th scope="col">Domain bands</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {view.attempts.map((a) => (
              <tr key={a.id}>
                <th scope="row">{formatDay(a.date)}</th>
                <td>
                  <Badge tone={a.outcome === 'passed' ? 'success' : 'warning'}>{a.outcome === 'passed' ? 'Passed' : 'Not passed'}</Badge>
                </td>
                <td>{a.domainBands.map((b) => `${b.domainName}: ${b.band}`).join(', ') || '—'}</td>
                <td>{a.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
    </section>
  );
}

function ResultSection({ track, view }: { track: Track; view: ExamView }) {
  const [early, setEarly] = useState(false);
  if (!view.canRecord) {
    return (
      <section className="section" aria-labelledby="result-heading">
        <h2 id="result-heading">Record the result</h2>
        <p>{view.recordBlockedReason}</p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="result-heading">
      <h2 id="result-heading">Record the result</h2>
      {view.nextAttemptLabel ? <p>This will be {view.nextAttemptLabel.charAt(0).toLowerCase() + view.nextAttemptLabel.slice(1)}.</p> : null}
      {view.waitingReason && !early ? (
        <>
          <p>{view.waitingReason}</p>
          <button type="button" className="button" onClick={() => setEarly(true)}>
            Record an attempt you already sat
          </button>
        </>
      ) : (
        // Opened early by choice, it closes with Escape like the other editors.
        <div onKeyDown={closeOnEscape(early ? () => setEarly(false) : undefined)}>
          <AttemptForm track={track} view={view} />
        </div>
      )}
    </section>
  );
}
