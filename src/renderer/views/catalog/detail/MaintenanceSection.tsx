import type { CeCategory, Certification, Maintenance } from '../../../../shared/schemas/certification';
import { FactList, type FactRow } from './FactList';
import { describeActivityBounds, describeCarryOver, describePerYear } from '../../../../shared/rulesWording';
import { Unknown } from '../../../components/Badge';
import { MAINTENANCE_LABELS, formatFees, pluralize } from '../../../format/labels';
import { FactNote } from './FactNote';
import { TableScroll } from '../../../components/TableScroll';

const SHARING_TEXT: Record<CeCategory['sharing'], string> = {
  'all-body-credentials': 'Every credential you hold from this body',
  suite: 'Every credential of the suite',
  'when-relevant': 'Where the content is relevant',
  none: 'This credential only',
};

/** Every renewal rule the engines apply, in words, each section with where it comes from. */
export function MaintenanceSection({ cert }: { cert: Certification }) {
  return (
    <section className="section" aria-labelledby="renewal-heading">
      <h2 id="renewal-heading">Renewal</h2>
      <MaintenanceFacts maintenance={cert.maintenance} />
      <FactNote cert={cert} fact="maintenance" />
      <FactNote cert={cert} fact="maintenance.carryOver" />
      <FactNote cert={cert} fact="maintenance.records" />
      <FactNote cert={cert} fact="maintenance.fees" />
      <CategoryTable maintenance={cert.maintenance} />
      <FactNote cert={cert} fact="maintenance.categories" />
      {cert.maintenance.notes ? <p className="muted">{cert.maintenance.notes}</p> : null}
    </section>
  );
}

/** The rules as a list of facts; shared by the catalog page and a credential's own rules. */
export function MaintenanceFacts({ maintenance: m }: { maintenance: Maintenance }) {
  const unit = m.unitName ?? 'unit';
  const ce = m.kind === 'continuing-education';
  const rows: FactRow[] = [['How', m.kind === 'unknown' ? <Unknown /> : MAINTENANCE_LABELS[m.kind]]];
  if (m.kind !== 'none') {
    rows.push(['Cycle', m.cycleYears !== null ? pluralize(m.cycleYears, 'year') : <Unknown />]);
    if (ce) {
      rows.push(['Units', m.totalUnits !== null ? `${m.totalUnits} ${unit}s per cycle${m.unitStep !== null ? `, claimable in steps of ${m.unitStep}` : ''}` : <Unknown />]);
      const yearly = describePerYear(m.perYear, m.groups.flatMap((g) => g.categories), unit);
      if (yearly) rows.push(['Every year', yearly]);
      const bounds = describeActivityBounds(m.activityUnits, unit);
      if (bounds) rows.push(['One activity', bounds]);
      if (m.maxUnitsPerDay !== null) rows.push(['One day', `At most ${m.maxUnitsPerDay} ${unit}s count for one day of activity`]);
      rows.push(['Carry-over', describeCarryOver(m.carryOver, unit)]);
    }
    if (m.suite) rows.push(['Shared renewal', `All certifications of the ${m.suite.name} suite share one renew-by date`]);
    rows.push([
      'If not renewed',
      m.suspensionMonths !== null && m.suspensionMonths > 0 ? `Suspended for ${pluralize(m.suspensionMonths, 'month')}, then expired` : m.suspensionMonths === 0 ? 'Lapses at the end of the cycle' : <Unknown />,
    ]);
    if (m.recordKeepingMonths !== null) rows.push(['Keep evidence', `At least ${m.recordKeepingMonths} months after the cycle ends`]);
    rows.push(['Renewal fee', m.renewalFees && m.renewalFees.length ? formatFees(m.renewalFees) : <Unknown />]);
  }
  return (
    <FactList rows={rows} />
  );
}

export function CategoryTable({ maintenance: m }: { maintenance: Maintenance }) {
  if (m.kind !== 'continuing-education') return null;
  if (m.groups.length === 0) {
    return (
      <p>
        <Unknown what="categories" />: how the units split across categories was not found.
      </p>
    );
  }
  return (
    <TableScroll label="Renewal categories">
    <table className="data-table">
      <caption>Categories, minimums and caps ({m.unitName ?? 'units'})</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col" className="num">
            Minimum
          </th>
          <th scope="col" className="num">
            Cap
          </th>
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
  );
}

function GroupRows({ group }: { group: Maintenance['groups'][number] }) {
  return (
    <>
      <tr className="group-row">
        <th scope="row">{group.name}</th>
        <td className="num">{group.min ?? '—'}</td>
        <td className="num">{group.max ?? '—'}</td>
        <td />
      </tr>
      {group.categories.map((cat) => (
        <CategoryRows key={cat.id} category={cat} />
      ))}
    </>
  );
}

function CategoryRows({ category: cat }: { category: CeCategory }) {
  return (
    <>
      <tr>
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
      {cat.activityTypes.map((kind) => (
        <tr key={kind.id} className="kind-row">
          <th scope="row" className="indent-2">
            {kind.name}
          </th>
          <td className="num">—</td>
          <td className="num">{kind.max ?? '—'}</td>
          <td />
        </tr>
      ))}
    </>
  );
}
