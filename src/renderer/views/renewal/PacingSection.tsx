import { useState } from 'react';
import type { Pacing } from '../../../shared/schemas/renewal';
import { useApi, useStores } from '../../app/AppContext';
import { NumberField } from '../../components/fields';
import { formatDay } from '../../format/dates';
import { formatNumber } from '../../format/renewalLabels';
import { formatUnits } from '../../../shared/formatUnits';

/** Units a month still needed (in total and per short category) to finish early, and whether the pace so far gets there. */
export function PacingSection({ credentialId, pacing, unitName }: { credentialId: string; pacing: Pacing; unitName: string }) {
  const api = useApi();
  const { notices } = useStores();
  const [days, setDays] = useState<number | null>(pacing.finishDaysBefore);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (days === null || Number.isNaN(days)) {
      setError('Enter a number of days');
      return;
    }
    setSaving(true);
    const result = await api['renewal:set-pace-target']({ credentialId, finishDaysBefore: days });
    setSaving(false);
    if (!result.ok) {
      setError(result.error.details?.issues?.find((i) => i.path === 'finishDaysBefore')?.message ?? result.error.message);
      return;
    }
    setError(undefined);
    notices.getState().show({ kind: 'success', message: `Pacing now aims at ${formatDay(result.data.pacing?.targetDate ?? pacing.targetDate)}` });
  };

  return (
    <section className="section" aria-labelledby="pacing-heading">
      <h2 id="pacing-heading">Pacing</h2>
      <form
        className="inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <NumberField label="Finish this many days before the cycle ends" value={days} min={0} step={1} error={error} onChange={setDays} />
        <button type="submit" className="button" disabled={saving}>
          {saving ? 'Saving…' : 'Aim there'}
        </button>
      </form>
      <dl className="facts">
        <div className="fact-row">
          <dt>Target date</dt>
          <dd>
            {formatDay(pacing.targetDate)}
            {pacing.targetPassed ? ' (passed)' : ` (${formatNumber(pacing.monthsLeft)} months from today)`}
          </dd>
        </div>
        <div className="fact-row">
          <dt>Needed a month</dt>
          <dd>{pacing.unitsPerMonthNeeded > 0 ? formatUnits(pacing.unitsPerMonthNeeded, unitName) : 'Nothing more: requirements met'}</dd>
        </div>
        {pacing.categories.length > 0 ? (
          <div className="fact-row">
            <dt>Still short</dt>
            <dd>
              <ul className="plain-list">
                {pacing.categories.map((c) => (
                  <li key={c.id}>
                    {c.name}: {formatUnits(c.stillNeeded, unitName)} ({formatNumber(c.perMonth)} a month)
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        <div className="fact-row">
          <dt>Your pace so far</dt>
          <dd>
            {pacing.currentPacePerMonth === null ? (
              'Too early in the cycle to tell: no rate before the first 90 days.'
            ) : (
              <>
                {formatUnits(pacing.currentPacePerMonth, unitName)} a month. Kept up, that makes about {Math.round(pacing.projectedAtTarget ?? 0)} by{' '}
                {formatDay(pacing.targetDate)}: <strong>{pacing.onPace ? 'enough' : 'not enough'}</strong>.
              </>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
