import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { TrainingEntry } from '../../../../shared/schemas/records';
import { useApi, useStores } from '../../../app/AppContext';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { SpacerRow } from '../../../components/SpacerRow';
import { useTableWindow } from '../../../components/useTableWindow';
import { formatDay } from '../../../format/dates';
import { TableScroll } from '../../../components/TableScroll';
import { useCall } from '../../../hooks/useCall';
import { useRemoveWithUndo } from '../../../hooks/useRemoveWithUndo';
import { useSaveEvidence } from '../useSaveEvidence';
import { returnLabel, safeReturnPath } from '../returnPath';
import { TrainingForm } from './TrainingForm';
import { LogAsCeForm } from './LogAsCeForm';
import { LinkedRecordNote } from '../../../components/LinkedRecordNote';

/** The training log, totalled per topic; `?add=1` / `?edit=<id>` open the form. */
export function TrainingSection() {
  const api = useApi();
  const { notices } = useStores();
  const removeWithUndo = useRemoveWithUndo();
  const navigate = useNavigate();
  const saveEvidence = useSaveEvidence();
  const [params, setParams] = useSearchParams();
  const { state, reload } = useCall('training:list', () => api['training:list']({}), ['training', 'evidence', 'tracks', 'ce']);
  const [loggingAsCe, setLoggingAsCe] = useState<TrainingEntry | null>(null);
  const { attachBody, rowProps, indexes, before, after, rowCount } = useTableWindow(state.data?.entries.length ?? 0, 57);
  const editId = params.get('edit');
  const adding = params.get('add') === '1';
  const returnTo = safeReturnPath(params.get('returnTo'));

  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading training…" />;
  const { entries, topicOptions } = state.data;
  const editing = editId ? (entries.find((e) => e.id === editId) ?? null) : null;
  const formOpen = adding || editing !== null;
  const totals = new Map<string, number>();
  for (const e of entries) totals.set(e.topic, Math.round(((totals.get(e.topic) ?? 0) + e.hours) * 100) / 100);

  const closeForm = () => {
    if (returnTo) void navigate(returnTo);
    else setParams({});
  };

  const remove = (entry: TrainingEntry) => removeWithUndo(() => api['training:remove']({ id: entry.id }), `“${entry.course}”`);

  return (
    <section className="section" aria-labelledby="training-heading">
      <div className="section-head">
        <h2 id="training-heading">Training</h2>
        {formOpen ? null : (
          <button type="button" className="button button-primary" onClick={() => setParams(returnTo ? { add: '1', returnTo } : { add: '1' })}>
            Add training
          </button>
        )}
      </div>
      <p className="section-lead muted">Courses and contact hours. Attach the certificate so it is at hand for an application or an audit.</p>
      {returnTo && !formOpen ? (
        <p>
          <Link to={returnTo}>{returnLabel(returnTo)}</Link>
        </p>
      ) : null}
      {formOpen ? <TrainingForm key={editing?.id ?? 'new'} entry={editing} topicOptions={topicOptions} onSaved={closeForm} onCancel={closeForm} /> : null}
      {loggingAsCe ? <LogAsCeForm key={loggingAsCe.id} entry={loggingAsCe} onDone={() => setLoggingAsCe(null)} /> : null}
      {entries.length === 0 ? (
        formOpen ? null : <EmptyState title="No training logged yet">Add each course with its contact hours and what it counts toward, e.g. “PM education” for PMP’s 35 hours.</EmptyState>
      ) : (
        <>
          <p className="totals tags" aria-label="Hours per topic">
            {[...totals].map(([topic, hours]) => (
              <span key={topic} className="tag">
                {topic}: {hours} h
              </span>
            ))}
          </p>
          <TableScroll label="Training entries">
          <table className="data-table" aria-rowcount={rowCount}>
            <caption className="visually-hidden">Training entries</caption>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Counts toward</th>
                <th scope="col">Completed</th>
                <th scope="col" className="num">
                  Hours
                </th>
                <th scope="col">Evidence</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody ref={attachBody}>
              <SpacerRow height={before} colSpan={6} />
              {indexes.map((index) => {
                const entry = entries[index];
                if (!entry) return null;
                return (
                <tr key={entry.id} {...rowProps(index)}>
                  <th scope="row">
                    {entry.course}
                    <span className="cell-sub">{entry.provider}</span>
                    {entry.linkedActivity ? (
                      <LinkedRecordNote
                        text={`Also a CE activity: “${entry.linkedActivity.title}”.`}
                        differences={entry.linkedActivity.differences}
                        otherName="CE activity"
                        onUpdate={async () => {
                          const result = await api['training:sync-linked']({ trainingId: entry.id });
                          notices.getState().show(result.ok ? { kind: 'success', message: `Updated the CE activity “${result.data.title}”` } : { kind: 'error', message: result.error.message });
                        }}
                      />
                    ) : null}
                  </th>
                  <td>{entry.topic}</td>
                  <td>{formatDay(entry.completedOn)}</td>
                  <td className="num">{entry.hours}</td>
                  <td>
                    {entry.evidence ? (
                      <button type="button" className="link-button" onClick={() => entry.evidence && void saveEvidence(entry.evidence.id)}>
                        {entry.evidence.fileName}
                      </button>
                    ) : (
                      <span className="muted">None</span>
                    )}
                  </td>
                  <td className="row-actions">
                    <button type="button" className="button button-small" aria-label={`Edit “${entry.course}”`} onClick={() => setParams({ edit: entry.id })}>
                      Edit
                    </button>
                    {entry.linkedActivity ? null : (
                      <button type="button" className="button button-small" aria-label={`Also log as CE: ${entry.course}`} onClick={() => setLoggingAsCe(entry)}>
                        Also log as CE
                      </button>
                    )}
                    <button type="button" className="button button-small button-danger" aria-label={`Delete “${entry.course}”`} onClick={() => void remove(entry)}>
                      Delete
                    </button>
                  </td>
                </tr>
                );
              })}
              <SpacerRow height={after} colSpan={6} />
            </tbody>
          </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
