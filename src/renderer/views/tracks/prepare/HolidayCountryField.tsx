import { useState } from 'react';
import { regionOf } from '../../../../shared/dateFormat';
import type { PreparationView } from '../../../../shared/schemas/preparation';
import { useApi, useSlice, useStores } from '../../../app/AppContext';
import { SelectField } from '../../../components/fields';
import { useCall } from '../../../hooks/useCall';

const NONE = '';

export interface HolidayChoice {
  value: string | null;
  set: (value: string | null) => void;
  /** Differs from the stored setting: saving the form stores it. */
  changed: boolean;
}

/**
 * The country whose public holidays plans skip. A first preparation proposes the country of the
 * system's locale, so holidays are skipped unless the person says otherwise; the choice is one
 * setting for every plan.
 */
export function useHolidayCountry(view: PreparationView): HolidayChoice {
  const { settings } = useStores();
  const stored = useSlice(settings, (s) => s.settings.holidayCountry);
  const loaded = useSlice(settings, (s) => s.loaded);
  const proposed = stored ?? (view.settings === null ? regionOf(navigator.language) : null);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const value = chosen === undefined ? proposed : chosen;
  return { value, set: setChosen, changed: loaded && value !== stored };
}

export function HolidayCountryField({ holiday, view, error }: { holiday: HolidayChoice; view: PreparationView; error?: string | undefined }) {
  const api = useApi();
  const countries = useCall('holidays:list-countries', () => api['holidays:list-countries']({}));
  const list = countries.state.data ?? [];
  const known = holiday.value === null || list.length === 0 || list.some((c) => c.code === holiday.value);
  const options = [
    { value: NONE, label: 'None: plan holidays like other days' },
    ...(known || holiday.value === null ? [] : [{ value: holiday.value, label: `${holiday.value} (no holiday list in Certplan)` }]),
    ...list.map((c) => ({ value: c.code, label: c.name })),
  ];
  const days = view.publicHolidays.days;
  return (
    <>
      <SelectField
        className="narrow-field"
        label="Skip the public holidays of"
        value={holiday.value ?? NONE}
        options={options}
        error={error}
        hint={
          holiday.value
            ? `Nothing is planned on those days, as on a blackout day. The same country applies to all your plans.${days.length > 0 && !holiday.changed ? ` Before the exam: ${days.length} holiday${days.length === 1 ? '' : 's'}.` : ''}`
            : 'Holidays are planned like any other day.'
        }
        onChange={(v) => holiday.set(v === NONE ? null : v)}
      />
      {view.publicHolidays.message && !holiday.changed ? <p className="callout callout-warning">{view.publicHolidays.message}</p> : null}
    </>
  );
}
