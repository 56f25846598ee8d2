import { useState } from 'react';
import { useApi, useStores } from '../../app/AppContext';
import { SelectField } from '../../components/fields';
import { useCall } from '../../hooks/useCall';
import { saveFile } from '../../files/saveFile';

/** Exam dates, planned sessions and every deadline as an .ics file, for all tracks or one. */
export function CalendarExport() {
  const api = useApi();
  const { notices } = useStores();
  const tracks = useCall('tracks:list:open', () => api['tracks:list']({ includeArchived: false }), ['tracks']);
  const [trackId, setTrackId] = useState('');
  const [busy, setBusy] = useState(false);
  const options = [{ value: '', label: 'All tracks and credentials' }, ...(tracks.state.data ?? []).map((t) => ({ value: t.id, label: `${t.acronym}: ${t.name}` }))];

  const exportCalendar = async () => {
    setBusy(true);
    const result = await api['calendar:export']({ trackId: trackId || null });
    setBusy(false);
    if (!result.ok) {
      notices.getState().show({ kind: 'error', message: result.error.message });
      return;
    }
    saveFile(result.data.fileName, result.data.mediaType, { base64: result.data.contentBase64 });
    notices.getState().show({
      kind: 'success',
      message: result.data.eventCount === 0 ? 'Saved an empty calendar: no dates ahead yet' : `Saved ${result.data.fileName} with ${result.data.eventCount} dates`,
    });
  };

  return (
    <section className="section" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <p className="section-lead">Add your exam dates, planned study sessions and deadlines to the calendar you already use. Importing again updates the same events.</p>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void exportCalendar();
        }}
      >
        <SelectField label="Dates of" value={trackId} options={options} onChange={setTrackId} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Preparing…' : 'Export calendar (.ics)'}
        </button>
      </form>
    </section>
  );
}
