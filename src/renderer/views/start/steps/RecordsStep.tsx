import { useState } from 'react';
import { useApi } from '../../../app/AppContext';
import { Loading } from '../../../components/Loading';
import { useCall } from '../../../hooks/useCall';
import { pluralize } from '../../../format/labels';
import { formatDay } from '../../../format/dates';
import { formatMonthRange } from '../../../format/months';
import { ExperienceForm } from '../../records/experience/ExperienceForm';
import { TrainingForm } from '../../records/training/TrainingForm';
import { TrackNeeds } from './TrackNeeds';

/** Experience entries: what the track asks for, what is logged, and the form to add more in a row. */
export function ExperienceStep({ trackId }: { trackId: string | null }) {
  const api = useApi();
  const { state } = useCall('experience:list', () => api['experience:list']({}), ['experience', 'tracks']);
  const [adding, setAdding] = useState(false);
  if (!state.data) return <Loading label="Loading experience…" />;
  const { entries, areaOptions } = state.data;
  return (
    <>
      <TrackNeeds trackId={trackId} kind="experience" />
      <p>Add each project or role with its months; overlapping ones count once, so add them all.</p>
      {entries.length > 0 ? (
        <ul className="plain-list guided-entries" aria-label="Experience entries">
          {entries.map((e) => (
            <li key={e.id}>
              <strong>{e.title}</strong> — {e.organisation}, {formatMonthRange(e.startMonth, e.endMonth)} ({pluralize(e.monthsCovered, 'month')})
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <ExperienceForm entry={null} areaOptions={areaOptions} onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add experience
        </button>
      )}
    </>
  );
}

/** Training courses: the hours the track asks for, what is logged, and the form. */
export function TrainingStep({ trackId }: { trackId: string | null }) {
  const api = useApi();
  const { state } = useCall('training:list', () => api['training:list']({}), ['training', 'evidence', 'tracks']);
  const [adding, setAdding] = useState(false);
  if (!state.data) return <Loading label="Loading training…" />;
  const { entries, topicOptions } = state.data;
  return (
    <>
      <TrackNeeds trackId={trackId} kind="training" />
      {entries.length > 0 ? (
        <ul className="plain-list guided-entries" aria-label="Training entries">
          {entries.map((e) => (
            <li key={e.id}>
              <strong>{e.course}</strong> — {e.provider}, {formatDay(e.completedOn)}: {e.hours} h of {e.topic}
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <TrainingForm entry={null} topicOptions={topicOptions} onSaved={() => setAdding(false)} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add training
        </button>
      )}
    </>
  );
}
