import { useState } from 'react';
import { z } from 'zod';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import { useApi } from '../../../app/AppContext';
import { DraftNote } from '../../../components/DraftNote';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormActions } from '../../../components/FormActions';
import { Loading } from '../../../components/Loading';
import { SpacerRow } from '../../../components/SpacerRow';
import { TableScroll } from '../../../components/TableScroll';
import { useTableWindow } from '../../../components/useTableWindow';
import { type FieldErrors, fieldErrorsFrom } from '../../../forms/fieldErrors';
import { wantsAnother } from '../../../forms/submitIntent';
import { useDraft } from '../../../forms/useDraft';
import { useErrorFocus } from '../../../forms/useErrorFocus';
import { useRemoveWithUndo } from '../../../hooks/useRemoveWithUndo';
import { formatDay } from '../../../format/dates';
import { useCall } from '../../../hooks/useCall';
import { CsvImport } from './CsvImport';
import { type PracticeDraft, PracticeScoreFields, emptyPracticeDraft, practiceInputFrom } from './PracticeScoreFields';
import { PREPARATION_AREAS, useNotify } from './useTrackCall';

const PracticeDraftSchema: z.ZodType<PracticeDraft> = z.strictObject({
  date: z.string().max(10),
  source: z.string().max(1000),
  total: z.number().nullable(),
  scores: z.record(z.string().max(200), z.number().nullable()),
});

/** Practice-exam results: record one (or several in a row), import many from a CSV, and the list. */
export function PracticeSection({ view }: { view: PreparationView }) {
  const api = useApi();
  const notify = useNotify();
  const { state, reload } = useCall(`practice:list:${view.trackId}`, () => api['practice:list']({ trackId: view.trackId }), PREPARATION_AREAS);
  const removeWithUndo = useRemoveWithUndo();
  const form = useDraft({ key: `practice:new:${view.trackId}`, initial: emptyPracticeDraft(view.today), schema: PracticeDraftSchema, label: 'the practice result' });
  const { draft, setDraft } = form;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useErrorFocus(errors);
  const domains = view.generalReason === null ? view.domains : [];
  const results = state.data ?? [];
  const { attachBody, rowProps, indexes, before, after, rowCount } = useTableWindow(results.length);
  const nameOf = (id: string) => view.domains.find((d) => d.id === id)?.name ?? id;

  const add = async (another: boolean) => {
    setBusy(true);
    const result = await api['practice:add']({ trackId: view.trackId, ...practiceInputFrom(draft) });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      return;
    }
    setErrors({});
    // The next result usually comes from the same simulator.
    form.restart(another ? { ...emptyPracticeDraft(view.today), source: draft.source } : emptyPracticeDraft(view.today));
    notify.success(`Recorded the ${result.data.source} result of ${formatDay(result.data.date)}${another ? '. Record the next one.' : ''}`);
    if (another) formRef.current?.querySelector<HTMLElement>('input')?.focus();
  };

  return (
    <div className="stack">
      <section className="section" aria-labelledby="add-practice-heading">
        <h2 id="add-practice-heading">Record a practice exam</h2>
        <form
          ref={formRef}
          noValidate
          aria-label="Record a practice exam"
          onSubmit={(e) => {
            e.preventDefault();
            void add(wantsAnother(e));
          }}
        >
          <DraftNote restored={form.restored} dropped={form.dropped} onDiscard={form.discard} />
          <PracticeScoreFields draft={draft} onChange={setDraft} domains={domains} errors={errors} />
          <FormActions busy={busy} submitLabel="Record result" busyLabel="Recording…" anotherLabel="Record and add another" />
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
          <TableScroll label="Practice-exam results">
          <table className="data-table compact" aria-rowcount={rowCount}>
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
            <tbody ref={attachBody}>
              <SpacerRow height={before} colSpan={5} />
              {indexes.map((index) => {
                const r = results[index];
                if (!r) return null;
                return (
                <tr key={r.id} {...rowProps(index)}>
                  <th scope="row">{formatDay(r.date)}</th>
                  <td>
                    {r.source}
                    {r.origin === 'baseline' ? <span className="muted"> (baseline)</span> : null}
                  </td>
                  <td className="num">{r.totalPercent}%</td>
                  <td>{r.domainScores.map((s) => `${nameOf(s.domainId)} ${s.percent}%`).join(', ') || '—'}</td>
                  <td className="row-actions">
                    <button type="button" className="button button-small button-danger" onClick={() => void removeWithUndo(() => api['practice:remove']({ id: r.id }), `the ${r.source} result of ${formatDay(r.date)}`)}>
                      Delete<span className="visually-hidden"> the result of {formatDay(r.date)}</span>
                    </button>
                  </td>
                </tr>
                );
              })}
              <SpacerRow height={after} colSpan={5} />
            </tbody>
          </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
