import { useState } from 'react';
import type { PreparationView, PrepBreak } from '../../../../shared/schemas/preparation';
import { useApi, useStores } from '../../../app/AppContext';
import { SelectField, TextField } from '../../../components/fields';
import { type FieldErrors, fieldErrorsFrom } from '../../../forms/fieldErrors';
import { formatDay } from '../../../format/dates';
import { useNotify } from './useTrackCall';

/** Blackout days and pauses: nothing is planned inside them, and removing one can be undone. */
export function BreaksEditor({ view }: { view: PreparationView }) {
  const api = useApi();
  const { notices } = useStores();
  const notify = useNotify();
  const [kind, setKind] = useState<'blackout' | 'pause'>('pause');
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const breaks = view.settings?.breaks ?? [];

  const add = async (b: Omit<PrepBreak, 'id'>) => {
    const result = await api['prep:add-break']({ trackId: view.trackId, ...b });
    if (!result.ok) {
      setErrors(fieldErrorsFrom(result.error));
      return false;
    }
    setErrors({});
    return true;
  };

  const submit = async () => {
    const added = await add({ kind, startDate, endDate: kind === 'blackout' ? startDate : endDate, label });
    if (!added) return;
    notify.success(kind === 'blackout' ? 'Blackout day added; the plan is re-made around it' : 'Pause added; the plan is re-made around it');
    setStartDate('');
    setEndDate('');
    setLabel('');
  };

  const remove = async (b: PrepBreak) => {
    const result = await api['prep:remove-break']({ trackId: view.trackId, breakId: b.id });
    if (!result.ok) {
      notify.error(result.error.message);
      return;
    }
    notices.getState().show({
      kind: 'info',
      message: `Removed “${b.label}”; the plan is re-made.`,
      focusAction: true,
      action: { label: 'Undo', run: () => void add(b) },
    });
  };

  return (
    <section className="section" aria-labelledby="breaks-heading">
      <h2 id="breaks-heading">Blackout days and pauses</h2>
      {breaks.length === 0 ? (
        <p className="muted">None. Add the days you cannot study (a trip, a holiday week); the plan moves their time to other days.</p>
      ) : (
        <ul className="break-list" aria-label="Blackout days and pauses">
          {breaks.map((b) => (
            <li key={b.id}>
              <span>
                <strong>{b.label}</strong>: {b.startDate === b.endDate ? formatDay(b.startDate) : `${formatDay(b.startDate)} – ${formatDay(b.endDate)}`}
              </span>
              <button type="button" className="button button-small" onClick={() => void remove(b)}>
                Remove<span className="visually-hidden"> {b.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="subform"
        noValidate
        aria-label="Add a blackout day or pause"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-grid">
          <SelectField
            label="Kind"
            value={kind}
            onChange={setKind}
            options={[
              { value: 'pause', label: 'Pause (several days)' },
              { value: 'blackout', label: 'Blackout day (one day)' },
            ]}
          />
          <TextField label={kind === 'blackout' ? 'Day' : 'First day'} type="date" required value={startDate} onChange={setStartDate} error={errors.startDate} />
          {kind === 'pause' ? <TextField label="Last day" type="date" required value={endDate} onChange={setEndDate} error={errors.endDate} /> : null}
          <TextField label="Label" value={label} onChange={setLabel} error={errors.label} hint="e.g. Holiday" />
        </div>
        <button type="submit" className="button">
          Add {kind === 'blackout' ? 'blackout day' : 'pause'}
        </button>
      </form>
    </section>
  );
}
