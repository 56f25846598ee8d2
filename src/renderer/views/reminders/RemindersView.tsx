import { useState } from 'react';
import { Link } from 'react-router';
import { KNOWN_DATE_KINDS } from '../../../shared/schemas/knownDates';
import type { ReminderFilter } from '../../../shared/schemas/reminders';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { CheckboxField, SelectField } from '../../components/fields';
import { KNOWN_DATE_KIND_LABELS } from '../../format/renewalLabels';
import { countOf } from '../../format/relativeDay';
import { useCall } from '../../hooks/useCall';
import { CalendarExport } from './CalendarExport';
import { ReminderList } from './ReminderList';

type StateFilter = ReminderFilter['state'];

/**
 * The reminder center: one row per date (an exam, a cycle end, an application deadline, study
 * days), ordered by due date, with filters by kind, track or credential and state; the calendar
 * export first. Planned study days come as one daily digest that can be switched off.
 */
export function RemindersView() {
  const api = useApi();
  const { appInfo, settings } = useStores();
  const today = useSlice(appInfo, (s) => s.info.data?.today ?? '');
  const digest = useSlice(settings, (s) => s.settings.studyDigest);
  const [kind, setKind] = useState('');
  const [about, setAbout] = useState('');
  const [state, setState] = useState<StateFilter>('active');
  const [aboutKind, aboutId = null] = about ? about.split(/:(.*)/s) : [''];
  const filter = { kind: (kind || null) as ReminderFilter['kind'], trackId: aboutKind === 'track' ? aboutId : null, credentialId: aboutKind === 'credential' ? aboutId : null, state };
  const center = useCall(`reminders:list-groups:${JSON.stringify(filter)}`, () => api['reminders:list-groups'](filter), ['reminders', 'settings']);
  const tracks = useCall('tracks:list:open', () => api['tracks:list']({ includeArchived: false }), ['tracks']);
  const credentials = useCall('credentials:list', () => api['credentials:list']({}), ['credentials']);
  const data = center.state.data;
  const counts = data?.counts;
  const stateOptions: { value: StateFilter; label: string }[] = [
    { value: 'active', label: `Due, snoozed and coming up${counts ? ` (${counts.due + counts.snoozed + counts.upcoming})` : ''}` },
    { value: 'due', label: `Due now${counts ? ` (${counts.due})` : ''}` },
    { value: 'snoozed', label: `Snoozed${counts ? ` (${counts.snoozed})` : ''}` },
    { value: 'upcoming', label: `Coming up${counts ? ` (${counts.upcoming})` : ''}` },
    { value: 'handled', label: `Recently handled${counts ? ` (${counts.handled})` : ''}` },
  ];
  const filtered = kind !== '' || about !== '';

  return (
    <div className="page">
      <PageHeader
        title="Reminders"
        subtitle="One line per date Certplan knows: exams, application deadlines, study days, the end of each renewal cycle and suspension, and when a cycle falls behind."
        actions={
          <Link className="button" to="/settings">
            Change when reminders come
          </Link>
        }
      />
      <CalendarExport />
      <section className="section" aria-labelledby="reminders-heading">
        <h2 id="reminders-heading">
          By due date {data ? <span className="count">({countOf(data.groups.length, 'item')})</span> : null}
        </h2>
        <form className="inline-form reminder-filters" aria-label="Filter reminders" onSubmit={(e) => e.preventDefault()}>
          <SelectField label="Kind" value={kind} options={[{ value: '', label: 'All kinds' }, ...KNOWN_DATE_KINDS.map((k) => ({ value: k, label: KNOWN_DATE_KIND_LABELS[k] }))]} onChange={setKind} />
          <SelectField
            label="About"
            value={about}
            options={[
              { value: '', label: 'Every track and credential' },
              ...(tracks.state.data ?? []).map((t) => ({ value: `track:${t.id}`, label: `Track ${t.acronym}` })),
              ...(credentials.state.data ?? []).map((c) => ({ value: `credential:${c.id}`, label: `Credential ${c.acronym}` })),
            ]}
            onChange={setAbout}
          />
          <SelectField label="State" value={state} options={stateOptions} onChange={setState} />
        </form>
        <CheckboxField
          label="Study days: one morning digest (“Today: 1 h 15 min — Process, People”)"
          hint={digest ? 'Switch off to get no reminders for planned study days; they stay in your plan and the calendar export.' : 'Off: no reminders for planned study days.'}
          checked={digest}
          onChange={(on) => void settings.getState().update({ studyDigest: on })}
        />
        {center.state.status === 'error' ? <ErrorMessage error={center.state.error} onRetry={center.reload} /> : null}
        {!data ? (
          <Loading label="Loading reminders…" />
        ) : data.groups.length === 0 ? (
          filtered || state !== 'active' ? (
            <EmptyState
              title="No reminders match these filters"
              action={
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setKind('');
                    setAbout('');
                    setState('active');
                  }}
                >
                  Show every reminder
                </button>
              }
            >
              {data.hiddenByFilters > 0 ? `${countOf(data.hiddenByFilters, 'item')} hidden by the filters.` : 'Nothing in this state right now.'}
            </EmptyState>
          ) : (
            <EmptyState title="Nothing coming up">
              Reminders come from your dates: <Link to="/credentials/new">add a credential you hold</Link> or plan an exam on a track.
            </EmptyState>
          )
        ) : (
          <ReminderList groups={data.groups} today={today} />
        )}
      </section>
    </div>
  );
}
