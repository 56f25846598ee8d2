import { Link } from 'react-router';
import { useApi, useSlice, useStores } from '../../app/AppContext';
import { SelectField } from '../../components/fields';
import { useCall } from '../../hooks/useCall';

/** The public holidays every study plan skips, and a way back into the guided start. */
export function StudyDaysSettings() {
  const api = useApi();
  const { settings } = useStores();
  const country = useSlice(settings, (s) => s.settings.holidayCountry);
  const countries = useCall('holidays:list-countries', () => api['holidays:list-countries']({}));
  const list = countries.state.data ?? [];
  const unknown = country !== null && list.length > 0 && !list.some((c) => c.code === country);
  return (
    <section className="section" aria-labelledby="study-days-heading">
      <h2 id="study-days-heading">Study plans</h2>
      <SelectField
        className="narrow-field"
        label="Skip the public holidays of"
        value={country ?? ''}
        options={[
          { value: '', label: 'None: plan holidays like other days' },
          ...(unknown && country ? [{ value: country, label: `${country} (no holiday list in Certplan)` }] : []),
          ...list.map((c) => ({ value: c.code, label: c.name })),
        ]}
        hint="Nothing is planned on a public holiday of this country, in every plan. Add other days off as blackout days in a plan’s settings."
        onChange={(v) => void settings.getState().update({ holidayCountry: v === '' ? null : v })}
      />
      {unknown ? <p className="callout callout-warning">Certplan has no list of public holidays for “{country}”, so no holidays are skipped.</p> : null}
      <p>
        <Link to="/start" onClick={() => void settings.getState().update({ guidedStart: null })}>
          Start the guided start again
        </Link>
      </p>
    </section>
  );
}
