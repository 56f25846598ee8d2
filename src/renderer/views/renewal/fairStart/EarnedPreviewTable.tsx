import type { EarnedPreview } from '../../../../shared/schemas/fairStart';
import { formatDay } from '../../../format/dates';
import { formatNumber } from '../../../format/renewalLabels';
import { TableScroll } from '../../../components/TableScroll';

/** Every line of the entry as it would be imported, each problem beside its line. */
export function EarnedPreviewTable({ preview, unitName }: { preview: EarnedPreview; unitName: string }) {
  const total = preview.totals.reduce((sum, t) => sum + t.units, 0);
  const lines = preview.rows.length;
  return (
    <div className="earned-preview" data-testid="earned-preview">
      {preview.fileProblem ? (
        <p className="callout callout-warning" role="alert">
          {preview.fileProblem}
        </p>
      ) : null}
      <p role="status" className={preview.clean ? 'success-text' : 'warning-text'}>
        {preview.clean
          ? `Ready to import: ${lines === 1 ? '1 line' : `${lines} lines`}, ${formatNumber(total)} ${unitName}${total === 1 ? '' : 's'} in all.`
          : `${preview.problemCount === 1 ? '1 problem' : `${preview.problemCount} problems`} to fix; nothing is imported until every line is clean.`}
      </p>
      {preview.warnings.length > 0 ? (
        <ul className="callout callout-warning plain-list" aria-label="Before you import">
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {lines > 0 ? (
        <TableScroll label="Lines to import">
          <table className="data-table compact">
            <caption className="visually-hidden">Lines to import</caption>
            <thead>
              <tr>
                <th scope="col" className="num">Line</th>
                <th scope="col">Date</th>
                <th scope="col">Activity</th>
                <th scope="col">Category</th>
                <th scope="col" className="num">Units</th>
                <th scope="col">Problems and notes</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.line} className={row.problems.length ? 'row-problem' : undefined}>
                  <td className="num">{row.line}</td>
                  <td>{row.date ? formatDay(row.date) : '—'}</td>
                  <th scope="row">{row.title}</th>
                  <td>
                    {row.categoryName ?? '—'}
                    {row.activityTypeName ? <span className="cell-note">{row.activityTypeName}</span> : null}
                  </td>
                  <td className="num">{row.units === null ? '—' : formatNumber(row.units)}</td>
                  <td>
                    {row.problems.length === 0 ? (
                      (row.note ?? 'None')
                    ) : (
                      <ul className="plain-list warning-text">
                        {row.problems.map((p) => (
                          <li key={p}>{p}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
