import { Link, useNavigate, useSearchParams } from 'react-router';
import { EXPERIENCE_MONTH_RULE } from '../../../../shared/experienceRule';
import type { ExperienceEntry } from '../../../../shared/schemas/records';
import { useApi } from '../../../app/AppContext';
import { Badge } from '../../../components/Badge';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Loading } from '../../../components/Loading';
import { pluralize } from '../../../format/labels';
import { formatMonthRange } from '../../../format/months';
import { useCall } from '../../../hooks/useCall';
import { useRemoveWithUndo } from '../../../hooks/useRemoveWithUndo';
import { returnLabel, safeReturnPath } from '../returnPath';
import { ExperienceForm } from './ExperienceForm';
import { ExperienceTimeline } from './ExperienceTimeline';

/**
 * The experience log. `?add=1` and `?edit=<id>` open the form (the walkthrough links here), and
 * `returnTo` takes the person back to the track they came from once saved.
 */
export function ExperienceSection() {
  const api = useApi();
  const removeWithUndo = useRemoveWithUndo();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { state, reload } = useCall('experience:list', () => api['experience:list']({}), ['experience', 'tracks']);
  const editId = params.get('edit');
  const adding = params.get('add') === '1';
  const returnTo = safeReturnPath(params.get('returnTo'));

  if (state.status === 'error' && !state.data) return <ErrorMessage error={state.error} onRetry={reload} />;
  if (!state.data) return <Loading label="Loading experience…" />;
  const { entries, areaOptions } = state.data;
  const editing = editId ? (entries.find((e) => e.id === editId) ?? null) : null;
  const formOpen = adding || editing !== null;

  const closeForm = () => {
    if (returnTo) void navigate(returnTo);
    else setParams({});
  };

  const remove = (entry: ExperienceEntry) => removeWithUndo(() => api['experience:remove']({ id: entry.id }), `“${entry.title}”`);

  return (
    <div className="stack">
      <section className="section" aria-labelledby="experience-heading">
        <div className="section-head">
          <h2 id="experience-heading">Experience</h2>
          {formOpen ? null : (
            <button type="button" className="button button-primary" onClick={() => setParams(returnTo ? { add: '1', returnTo } : { add: '1' })}>
              Add experience
            </button>
          )}
        </div>
        <p className="section-lead muted">{EXPERIENCE_MONTH_RULE}</p>
        {returnTo && !formOpen ? (
          <p>
            <Link to={returnTo}>{returnLabel(returnTo)}</Link>
          </p>
        ) : null}
        {formOpen ? (
          <ExperienceForm key={editing?.id ?? 'new'} entry={editing} areaOptions={areaOptions} onSaved={closeForm} onCancel={closeForm} />
        ) : null}
        {editId && !editing ? <p className="error-box">That entry no longer exists.</p> : null}
        {entries.length === 0 ? (
          formOpen ? null : (
            <EmptyState title="No experience logged yet">
              Add each project or role you led, with its start and end month. Overlapping projects count once, so log them all.
            </EmptyState>
          )
        ) : (
          <ul className="record-list" aria-label="Experience entries">
            {entries.map((entry) => (
              <li key={entry.id} className="record-item">
                <div className="record-main">
                  <h3 className="record-title">
                    {entry.title} <span className="muted">— {entry.organisation}</span>
                  </h3>
                  <p className="record-meta">
                    {[entry.role, formatMonthRange(entry.startMonth, entry.endMonth), pluralize(entry.monthsCovered, 'month'), entry.hours !== null ? `${entry.hours} hours` : null].filter(Boolean).join(' · ')}
                  </p>
                  <div className="tags" aria-label="Counts as">
                    {entry.areas.length ? entry.areas.map((a) => <span key={a} className="tag">{a}</span>) : <Badge tone="warning">Not tagged: counts toward nothing yet</Badge>}
                  </div>
                  {entry.description ? <p className="record-description">{entry.description}</p> : null}
                </div>
                <div className="record-actions">
                  <button type="button" className="button button-small" aria-label={`Edit “${entry.title}”`} onClick={() => setParams({ edit: entry.id })}>
                    Edit
                  </button>
                  <button type="button" className="button button-small button-danger" aria-label={`Delete “${entry.title}”`} onClick={() => void remove(entry)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {entries.length > 0 ? <ExperienceTimeline /> : null}
    </div>
  );
}
