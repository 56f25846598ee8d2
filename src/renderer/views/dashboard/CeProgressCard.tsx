import { Link } from 'react-router';
import type { Dashboard } from '../../../shared/contract/dashboard';
import { CeProgressChart } from '../../components/charts/CeProgressChart';
import { formatNumber } from '../../format/renewalLabels';
import { TableScroll } from '../../components/TableScroll';

/** One credential's open cycle per category, as a small chart over the same numbers in a table. */
export function CeProgressCard({ progress }: { progress: Dashboard['ceProgress'][number] }) {
  const caption = `${progress.acronym}: ${formatNumber(progress.counted)} of ${progress.required ?? '?'} ${progress.unitName}s counted`;
  return (
    <figure className="ce-card chart-figure">
      <figcaption>
        <Link to={`/credentials/${encodeURIComponent(progress.credentialId)}`}>{caption}</Link>
      </figcaption>
      <CeProgressChart categories={progress.categories} unitName={progress.unitName} caption={caption} compact />
      <TableScroll label={`${progress.acronym} per category`}>
      <table className="data-table compact">
        <caption className="visually-hidden">{caption}, per category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="num">Counted</th>
            <th scope="col" className="num">Not counting</th>
            <th scope="col" className="num">Still needed</th>
          </tr>
        </thead>
        <tbody>
          {progress.categories.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td className="num">{formatNumber(c.counted)}</td>
              <td className="num">{formatNumber(c.notCounted)}</td>
              <td className="num">{formatNumber(c.stillNeeded)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </figure>
  );
}
