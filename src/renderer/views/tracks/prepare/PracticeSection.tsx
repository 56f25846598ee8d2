import { useState } from 'react';
import type { PracticeResult } from '../../../../shared/schemas/practice';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import { useApi } from '../../../app/AppContext';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { type FieldErrors, fieldErrorsFrom } from '../../../forms/fieldErrors';
import { formatDay } from '../../../format/dates';
import { useCall } from '../../../hooks/useCall';
import { CsvImport } from './CsvImport';
import { PracticeScoreFields, emptyPracticeDraft, practiceInputFrom } from './PracticeScoreFields';
import { PREPARATION_AREAS, useNotify } from './useTrackCall';

/** Practice-exam results: record one, import many from a CSV, and the list. */
export function PracticeSection({ view }: { view: PreparationView }) {
  const api = useApi();
  const notify = useNotify();
  const { state, reload } = useCall(`practice:list:${view.trackId}`, () => api['practice:list']({ trackId: view.trackId }), PREPARATION_AREAS);
  const [draft, setDraft] = useState(() => emptyPracticeDraft(view.today));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<PracticeResult | null>(null);
  const domains = view.generalReason === null ? view.domains : [];
  const nameOf = (id: string) => view.domains.find((d) => d.id === id)?.name ?? id;

  const add = async () => {
    setBusy(true);
    const result = await api['practice:add']({ trackId: view.trackId, ...practiceInputFrom(draft) });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      return;
    }
    setErrors({});
    setDraft(emptyPracticeDraft(view.today));
    notify.success(`Recorded the ${result.data.source} result of ${formatDay(result.data.date)}`);
  };

  return (
    <div className="stack">
      <section className="section" aria-labelledby="add-practice-heading">
        <h2 id="add-practice-heading">Record a practice exam</h2>
        <form
          noValidate
          aria-label="Record a practice exam"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <PracticeScoreFields draft={draft} onChange={setDraft} domains={domains} errors={errors} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              Record result
            </button>
          </div>
        </form>
      </section>
      <CsvImport trackId={view.trackId} domains={domains} />
      <section className="section" aria-labelledby="practice-heading">
        <h2 id="practice-heading">Results</h2>
        {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={reload} /> : null}
        {!state.data ? (
          <Loading />
        ) : state.data.length === 0 ? (
          <EmptyState title="No practice results yet">Record a practice exam above, or import a CSV exported by your practice-exam tool.</EmptyState>
        ) : (
          <table className="data-table compact">
            <caption className="visually-hidden">Practice-exam results, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
                <th scope="col" className="num">Total</th>
                <th scope="col">Per domain</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{formatDay(r.date)}</th>
                  <td>
                    {r.source}
                    {r.origin === 'baseline' ? <span className="muted"> (baseline)</span> : null}
                  </td>
                  <td className="num">{r.totalPercent}%</td>
                  <td>{r.domainScores.map((s) => `${nameOf(s.domainId)} ${s.percent}%`).join(', ') || '—'}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small button-danger" onClick={() => setRemoving(r)}>
                      Delete<span className="visually-hidden"> the result of {formatDay(r.date)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title="Delete this practice result?"
        confirmLabel="Delete result"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const result = removing;
          setRemoving(null);
          if (!result) return;
          void api['practice:remove']({ id: result.id }).then((r) => (r.ok ? notify.success('Result deleted') : notify.error(r.error.message)));
        }}
      >
        <p>Readiness and the study split stop using it.</p>
      </ConfirmDialog>
    </div>
  );
}
