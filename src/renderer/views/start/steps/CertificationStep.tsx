import { useState } from 'react';
import { useApi, useStores } from '../../../app/AppContext';
import { SelectField } from '../../../components/fields';
import { useCall } from '../../../hooks/useCall';

/** Pick the certification to prepare for and start tracking it (or reuse the open track of it). */
export function CertificationStep({ trackId, onTracked }: { trackId: string | null; onTracked: (trackId: string) => void }) {
  const api = useApi();
  const { notices } = useStores();
  const catalog = useCall('catalog:all', () => api['catalog:list']({}), ['catalog']);
  const track = useCall(trackId ? `tracks:get:${trackId}` : null, () => api['tracks:get']({ id: trackId ?? '' }), ['tracks']);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const current = track.state.data;

  const start = async () => {
    if (!choice) {
      setError('Choose a certification');
      return;
    }
    setBusy(true);
    const created = await api['tracks:create']({ certificationId: choice });
    let id = created.ok ? created.data.id : null;
    if (!created.ok && created.error.code === 'conflict') {
      // Already tracked: carry on with that track.
      const open = await api['tracks:list']({ includeArchived: false });
      id = open.ok ? (open.data.find((t) => t.certificationId === choice)?.id ?? null) : null;
    }
    setBusy(false);
    if (!id) {
      setError(created.ok ? 'The track could not be found' : created.error.message);
      return;
    }
    notices.getState().show({ kind: 'success', message: created.ok ? `Tracking ${created.data.acronym}` : 'You already track it; carrying on with that track' });
    onTracked(id);
  };

  const options = [{ value: '', label: 'Choose…' }, ...(catalog.state.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.acronym} — ${c.name} (${c.body})` }))];
  return (
    <>
      {current ? (
        <p>
          You are tracking <strong>{current.acronym}</strong> ({current.name}). Continue, or choose another one below.
        </p>
      ) : (
        <p>Certplan keeps the certification’s rules with your track: its prerequisites, exam and renewal.</p>
      )}
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <SelectField label="Certification" value={choice} options={options} error={error} onChange={(v) => {
          setChoice(v);
          setError(undefined);
        }} />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Starting…' : 'Track it and continue'}
        </button>
      </form>
    </>
  );
}
