import type { CeCategory, Certification } from '../../../../shared/schemas/certification';
import { Unknown } from '../../../components/Badge';
import { MAINTENANCE_LABELS, formatFees, pluralize } from '../../../format/labels';
import { FactNote } from './FactNote';
import { TableScroll } from '../../../components/TableScroll';

const SHARING_TEXT: Record<CeCategory['sharing'], string> = {
  'all-body-credentials': 'Counts toward every credential you hold from this body',
  'when-relevant': 'Counts where the content is relevant',
  none: 'Counts toward this credential only',
};

export function MaintenanceSection({ cert }: { cert: Certification }) {
  const m = cert.maintenance;
  const unit = m.unitName ?? 'units';
  return (
    <section className="section" aria-labelledby="renewal-heading">
      <h2 id="renewal-heading">Renewal</h2>
      <FactNote cert={cert} fact="maintenance" />
      <dl className="facts">
        <div className="fact-row">
          <dt>How</dt>
          <dd>{m.kind === 'unknown' ? <Unknown /> : MAINTENANCE_LABELS[m.kind]}</dd>
        </div>
        {m.kind !== 'none' ? (
          <>
            <div className="fact-row">
              <dt>Cycle</dt>
              <dd>{m.cycleYears !== null ? pluralize(m.cycleYears, 'year') : <Unknown />}</dd>
            </div>
            {m.kind === 'continuing-education' ? (
              <div className="fact-row">
                <dt>Units</dt>
                <dd>
                  {m.totalUnits !== null ? `${m.totalUnits} ${unit} per cycle` : <Unknown />}
                  {m.unitStep !== null ? ` (claimable in steps of ${m.unitStep})` : ''}
                  {m.annualMinimum !== null ? `; at least ${m.annualMinimum} every year` : ''}
                </dd>
              </div>
            ) : null}
            <div className="fact-row">
              <dt>If not renewed</dt>
              <dd>
                {m.suspensionMonths !== null && m.suspensionMonths > 0
                  ? `Suspended for ${pluralize(m.suspensionMonths, 'month')}, then expired`
                  : m.kind === 'unknown'
                    ? <Unknown />
                    : 'Expires at the end of the cycle'}
              </dd>
            </div>
            <div className="fact-row">
              <dt>Carry-over</dt>
              <dd>
                {m.carryOver === 'last-year-excess'
                  ? 'Units above the total earned in the last year of the cycle move to the next one'
                  : m.carryOver === 'none'
                    ? 'None'
                    : <Unknown />}
              </dd>
            </div>
            <div className="fact-row">
              <dt>Renewal fee</dt>
              <dd>{m.renewalFees && m.renewalFees.length ? formatFees(m.renewalFees) : <Unknown />}</dd>
            </div>
          </>
        ) : null}
      </dl>
      <FactNote cert={cert} fact="maintenance.fees" />
      {m.groups.length > 0 ? (
        <TableScroll label="Renewal categories">
        <table className="data-table">
          <caption>Categories, minimums and caps ({unit})</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col" className="num">Minimum</th>
              <th scope="col" className="num">Maximum</th>
              <th scope="col">Counts toward</th>
            </tr>
          </thead>
          <tbody>
            {m.groups.map((group) => (
              <GroupRows key={group.id} group={group} />
            ))}
          </tbody>
        </table>
        </TableScroll>
      ) : null}
      {m.notes ? <p className="muted">{m.notes}</p> : null}
    </section>
  );
}

function GroupRows({ group }: { group: Certification['maintenance']['groups'][number] }) {
  return (
    <>
      <tr className="group-row">
        <th scope="row">{group.name}</th>
        <td className="num">{group.min ?? '—'}</td>
        <td className="num">{group.max ?? '—'}</td>
        <td />
      </tr>
      {group.categories.map((cat) => (
        <tr key={cat.id}>
          <th scope="row" className="indent">
            {cat.name}
          </th>
          <td className="num">{cat.min ?? '—'}</td>
          <td className="num">
            {cat.max ?? '—'}
            {cat.maxPerYear !== null ? ` (${cat.maxPerYear} a year)` : ''}
          </td>
          <td>{SHARING_TEXT[cat.sharing]}</td>
        </tr>
      ))}
    </>
  );
}
