import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { ActivityView, RenewalView } from '../../../shared/schemas/renewal';
import { useApi, useStores } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { SpacerRow } from '../../components/SpacerRow';
import { TableScroll } from '../../components/TableScroll';
import { useTableWindow } from '../../components/useTableWindow';
import { useRemoveWithUndo } from '../../hooks/useRemoveWithUndo';
import { formatDay } from '../../format/dates';
import { formatNumber } from '../../format/renewalLabels';
import { ActivityForm } from './ActivityForm';
import { RecordAsTrainingForm } from './RecordAsTrainingForm';
import { LinkedRecordNote } from '../../components/LinkedRecordNote';

/**
 * The cycle's activities, numbered as in the audit packet, with what counted and why not. The
 * form opens from the address (`?activity=new` or `?activity=<id>`), so a reload keeps it open
 * with its draft.
 */
export function ActivitiesSection({ view, canLog }: { view: RenewalView; canLog: boolean }) {
  const api = useApi();
  const { notices } = useStores();
  const removeWithUndo = useRemoveWithUndo();
  const [params, setParams] = useSearchParams();
  const requested = params.get('activity');
  const editing = requested && requested !== 'new' ? (view.activities.find((a) => a.id === requested) ?? null) : null;
  const form = canLog && (requested === 'new' || editing) ? { editing } : null;
  const setForm = (next: { editing: ActivityView | null } | null) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('activity', next.editing?.id ?? 'new');
        else updated.delete('activity');
        return updated;
      },
      { replace: true },
    );
  const [asTraining, setAsTraining] = useState<ActivityView | null>(null);
  // Ten years of CE can put hundreds of activities in one cycle's table.
  const { attachBody, rowProps, indexes, before, after, rowCount } = useTableWindow(view.activities.length, 57);
  const columns = canLog ? 9 : 8;

  const remove = (activity: ActivityView) => removeWithUndo(() => api['ce:remove']({ id: activity.id }), `“${activity.title}”`);

  return (
    <section className="section" aria-labelledby="activities-heading">
      <div className="section-head">
        <h2 id="activities-heading">Activities in this cycle</h2>
        {canLog && !form ? (
          <button type="button" className="button button-primary" onClick={() => setForm({ editing: null })}>
            Log an activity
          </button>
        ) : null}
      </div>
      {form ? <ActivityForm key={form.editing?.id ?? 'new'} view={view} editing={form.editing} onDone={() => setForm(null)} /> : null}
      {asTraining ? <RecordAsTrainingForm key={asTraining.id} activity={asTraining} onDone={() => setAsTraining(null)} /> : null}
      {view.activities.length === 0 ? (
        <EmptyState title="No activities logged in this cycle">
          {canLog ? 'Log courses, webinars, volunteering and work that earn units; attach the certificate so the audit packet is ready.' : 'Nothing was logged in this cycle.'}
        </EmptyState>
      ) : (
        <TableScroll label="Activities in this cycle">
          <table className="data-table" aria-rowcount={rowCount}>
            <caption className="visually-hidden">Activities in this cycle</caption>
            <thead>
              <tr>
                <th scope="col" className="num">#</th>
                <th scope="col">Date</th>
                <th scope="col">Activity</th>
                <th scope="col">Category</th>
                <th scope="col" className="num">Units</th>
                <th scope="col">Counted</th>
                <th scope="col">Counts toward</th>
                <th scope="col">Evidence</th>
                {canLog ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody ref={attachBody}>
              <SpacerRow height={before} colSpan={columns} />
              {indexes.map((index) => {
                const a = view.activities[index];
                if (!a) return null;
                return (
                <tr key={a.id} {...rowProps(index)}>
                  <td className="num">{a.number}</td>
                  <td>{formatDay(a.date)}</td>
                  <th scope="row">
                    {a.title}
                    {a.provider ? <span className="cell-note">{a.provider}</span> : null}
                    {a.linkedTraining ? (
                      <LinkedRecordNote
                        text={`Also training: “${a.linkedTraining.course}”.`}
                        differences={a.linkedTraining.differences}
                        otherName="training entry"
                        onUpdate={async () => {
                          const result = await api['ce:sync-linked']({ activityId: a.id });
                          notices.getState().show(result.ok ? { kind: 'success', message: `Updated the training entry “${result.data.course}”` } : { kind: 'error', message: result.error.message });
                        }}
                      />
                    ) : null}
                  </th>
                  <td>
                    {a.categoryName}
                    {a.activityTypeName ? <span className="muted"> · {a.activityTypeName}</span> : null}
                  </td>
                  <td className="num">{formatNumber(a.units)}</td>
                  <td>
                    {a.notCounted > 0 ? (
                      <>
                        {formatNumber(a.counted)} <span className="cell-note warning-text">{formatNumber(a.notCounted)} not counting: {a.notCountedReason}</span>
                      </>
                    ) : (
                      'All'
                    )}
                  </td>
                  <td>{a.credentials.map((c) => c.acronym).join(', ')}</td>
                  <td>
                    {a.evidence.length === 0 ? (
                      <span className="warning-text">None attached</span>
                    ) : (
                      <ul className="plain-list">
                        {a.evidence.map((e) => (
                          <li key={e.id}>
                            {e.fileName}
                            {e.missing ? <span className="warning-text"> (missing from the store)</span> : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {canLog ? (
                    <td className="row-actions">
                      <div className="row-buttons">
                        <button type="button" className="button button-small" aria-label={`Edit ${a.title}`} onClick={() => setForm({ editing: a })}>
                          Edit
                        </button>
                        {a.linkedTraining ? null : (
                          <button type="button" className="button button-small" aria-label={`Also training: ${a.title}`} onClick={() => setAsTraining(a)}>
                            Also training
                          </button>
                        )}
                        <button type="button" className="button button-small button-danger" aria-label={`Remove ${a.title}`} onClick={() => void remove(a)}>
                          Remove
                        </button>
                      </div>
                    </td>
                  ) : null}
                </tr>
                );
              })}
              <SpacerRow height={after} colSpan={columns} />
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
