import type { CeRequirementView } from '../../../shared/schemas/ceRequirement';
import type { CeProgress } from '../../../shared/schemas/renewal';
import { RequirementBars } from '../../components/charts/RequirementBars';
import { formatDay } from '../../format/dates';
import { formatNumber } from '../../format/renewalLabels';
import { formatUnits } from '../../../shared/formatUnits';
import { TableScroll } from '../../components/TableScroll';
import { Term } from '../../components/Term';
import { explainCategory } from '../../format/ceCategories';

/** Earned against required after minimums and caps, as a chart and the table it pictures. */
export function ProgressSection({ progress, requirement }: { progress: CeProgress; requirement: CeRequirementView | null }) {
  const unit = progress.unitName;
  return (
    <section className="section" aria-labelledby="progress-heading" data-testid="ce-progress">
      <h2 id="progress-heading">Continuing education</h2>
      <p className="progress-summary">
        <strong>
          {formatNumber(progress.counted)} of {progress.required ?? '?'} {unit}s counted
        </strong>
        {progress.notCounted > 0 ? `; ${formatUnits(progress.notCounted, unit)} above caps do not count` : ''}
        {requirement ? `; ${requirement.headline}.` : progress.complete ? '. Requirements met.' : `; ${formatUnits(progress.stillNeeded, unit)} still needed.`}
      </p>
      {requirement ? <RequirementBars view={requirement} caption={`${unit}s against the requirement, per rule`} /> : null}
      <TableScroll label="Units per category">
      <table className="data-table">
        <caption>
          Requirements after minimums and caps ({unit}s)
          {progress.years.length > 0 ? '. Rows count the whole cycle; the total also includes what each year still needs (next table).' : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">Minimum</th>
            <th scope="col" className="num">Maximum</th>
            <th scope="col" className="num">Logged</th>
            <th scope="col" className="num">Counted</th>
            <th scope="col" className="num">Not counting</th>
            <th scope="col" className="num">Still needed</th>
          </tr>
        </thead>
        <tbody>
          {progress.groups.map((g) => (
            <GroupRows key={g.id} group={g} unit={unit} />
          ))}
          <tr className="group-row">
            <th scope="row">Total</th>
            <td className="num">{progress.required ?? '—'}</td>
            <td className="num">—</td>
            <td className="num">{formatNumber(progress.earned)}</td>
            <td className="num">{formatNumber(progress.counted)}</td>
            <td className="num">{formatNumber(progress.notCounted)}</td>
            <td className="num">{formatNumber(progress.stillNeeded)}</td>
          </tr>
        </tbody>
      </table>
      </TableScroll>
      {progress.years.length > 0 ? (
        <TableScroll label="Units per year">
        <table className="data-table compact">
          <caption>Every year of the cycle needs its own minimum</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col" className="num">Counted</th>
              <th scope="col" className="num">Required</th>
              {(progress.years[0]?.categoryMinimums ?? []).map((c) => (
                <th key={c.categoryId} scope="col" className="num">
                  {c.name} (at least {c.required})
                </th>
              ))}
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {progress.years.map((y) => (
              <tr key={y.index}>
                <th scope="row">
                  {formatDay(y.start)} to {formatDay(y.end)}
                </th>
                <td className="num">{formatNumber(y.counted)}</td>
                <td className="num">{y.required}</td>
                {y.categoryMinimums.map((c) => (
                  <td key={c.categoryId} className="num">
                    {formatNumber(c.counted)}
                  </td>
                ))}
                <td>{y.missed ? 'Missed: cannot be made up' : y.stillNeeded > 0 ? `${formatNumber(y.stillNeeded)} to go` : 'Met'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      ) : null}
    </section>
  );
}

function GroupRows({ group, unit }: { group: CeProgress['groups'][number]; unit: string }) {
  const single = group.categories.length === 1 && group.categories[0]?.name === group.name;
  return (
    <>
      {!single ? (
        <tr className="group-row">
          <th scope="row">
            <Term explain={explainCategory(group, unit)}>{group.name}</Term>
          </th>
          <td className="num">{group.min ?? '—'}</td>
          <td className="num">{group.max ?? '—'}</td>
          <td className="num">{formatNumber(group.earned)}</td>
          <td className="num">{formatNumber(group.counted)}</td>
          <td className="num">{formatNumber(group.notCounted)}</td>
          <td className="num">{formatNumber(group.stillNeeded)}</td>
        </tr>
      ) : null}
      {group.categories.map((c) => (
        <tr key={c.id}>
          <th scope="row" className={single ? undefined : 'indent'}>
            <Term explain={explainCategory(c, unit)}>{c.name}</Term>
          </th>
          <td className="num">{c.min ?? '—'}</td>
          <td className="num">
            {c.max ?? '—'}
            {c.maxPerYear !== null ? ` (${c.maxPerYear} a year)` : ''}
          </td>
          <td className="num">{formatNumber(c.earned)}</td>
          <td className="num">{formatNumber(c.counted)}</td>
          <td className="num">{formatNumber(c.notCounted)}</td>
          <td className="num">{formatNumber(c.stillNeeded)}</td>
        </tr>
      ))}
    </>
  );
}
