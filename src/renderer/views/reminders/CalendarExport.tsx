import { useState } from 'react';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import { saveFile } from '../../files/saveFile';
import { countOf } from '../../format/relativeDay';
import { useCall } from '../../hooks/useCall';

/**
 * Exam dates, planned sessions and every deadline as an .ics file with alarms (all, one track or
 * one credential), the calendar options (study time, time zone), and the subscribed file the app
 * keeps up to date. At the top of the reminder center, so it is one Tab away.
 */
export function CalendarExport() {
  const api = useApi();
  const { notices, settings, appInfo } = useStores();
  const calendarSettings = useSlice(settings, (s) => s.settings.calendar);
  const desktop = useSlice(appInfo, (s) => s.info.data?.host === 'electron');
  const tracks = useCall('tracks:list:open', () => api['tracks:list']({ includeArchived: false }), ['tracks']);
  const credentials = useCall('credentials:list', () => api['credentials:list']({}), ['credentials']);
  const feed = useCall(calendarSettings.feed ? 'calendar:get-feed' : null, () => api['calendar:get-feed']({}), ['tracks', 'credentials', 'ce', 'preparation', 'sessions', 'settings', 'today']);
  const [scope, setScope] = useState('');
  const [busy, setBusy] = useState(false);
  const [studyTime, setStudyTime] = useState(calendarSettings.studyTime);
  const [zone, setZone] = useState(calendarSettings.timeZone ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = [
    { value: '', label: 'All tracks and credentials' },
    ...(tracks.state.data ?? []).map((t) => ({ value: `track:${t.id}`, label: `Track ${t.acronym}: ${t.name}` })),
    ...(credentials.state.data ?? []).map((c) => ({ value: `credential:${c.id}`, label: `Credential ${c.acronym}: ${c.name}` })),
  ];

  const exportCalendar = async () => {
    setBusy(true);
    const [kind, id = null] = scope ? scope.split(/:(.*)/s) : [''];
    const result = await api['calendar:export']({ trackId: kind === 'track' ? id : null, credentialId: kind === 'credential' ? id : null });
    setBusy(false);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    saveFile(result.data.fileName, result.data.mediaType, { base64: result.data.contentBase64 });
    notices.getState().show({
      kind: 'success',
      message: result.data.eventCount === 0 ? 'Saved an empty calendar: no dates ahead yet' : `Saved ${result.data.fileName} with ${countOf(result.data.eventCount, 'event')}`,
    });
  };

  const saveOptions = async () => {
    const ok = await settings.getState().update({ calendar: { ...calendarSettings, studyTime, timeZone: zone.trim() || null } });
    const error = settings.getState().error;
    if (!ok) {
      const issue = error?.details?.issues?.[0];
      setErrors(issue?.path.endsWith('timeZone') ? { timeZone: issue.message } : issue?.path.endsWith('studyTime') ? { studyTime: issue.message } : { form: error?.message ?? 'Not saved' });
      return;
    }
    setErrors({});
    notices.getState().show({ kind: 'success', message: 'Calendar options saved' });
  };

  return (
    <section className="section calendar-export" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <p className="section-lead">
        Your exam, study sessions and deadlines in the calendar you already use, with alarms at your reminder times. Importing again updates the same events.
      </p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void exportCalendar();
        }}
      >
        <SelectField label="Dates of" value={scope} options={options} onChange={setScope} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Preparing…' : 'Export calendar (.ics)'}
        </button>
      </form>
      <details className="calendar-options">
        <summary>Calendar options: study time, time zone, subscribed file</summary>
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveOptions();
          }}
        >
          <div className={`field${errors.studyTime ? ' field-invalid' : ''}`}>
            <label htmlFor="study-time">Study sessions start at</label>
            <input id="study-time" type="time" value={studyTime} onChange={(e) => setStudyTime(e.target.value)} aria-describedby={errors.studyTime ? 'study-time-error' : undefined} />
            {errors.studyTime ? (
              <p className="field-error" id="study-time-error">
                {errors.studyTime}
              </p>
            ) : null}
          </div>
          <TextField label="Time zone" value={zone} error={errors.timeZone} placeholder="This computer’s" hint="Empty: this computer’s zone. Or a name such as Europe/Berlin, or UTC." onChange={setZone} />
          <button type="submit" className="button">
            Save calendar options
          </button>
        </form>
        {errors.form ? (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <CheckboxField
          label="Keep a calendar file up to date for a calendar app to subscribe to"
          hint={desktop ? 'Certplan rewrites it whenever a date changes.' : 'The file lives in the data folder and is rewritten whenever a date changes; the desktop app keeps it current while it runs.'}
          checked={calendarSettings.feed}
          onChange={(on) => void settings.getState().update({ calendar: { ...calendarSettings, feed: on } })}
        />
        {calendarSettings.feed && feed.state.data ? (
          <p className="muted" data-testid="calendar-feed">
            Subscribe to <code>{feed.state.data.url}</code> ({countOf(feed.state.data.eventCount, 'event')}
            {feed.state.data.updatedAt ? `, updated ${new Date(feed.state.data.updatedAt).toLocaleString()}` : ''}).
          </p>
        ) : null}
      </details>
    </section>
  );
}
