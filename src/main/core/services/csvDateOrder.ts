import type { CsvDateOrderChoice, CsvDateOrderInfo, CsvMapping } from '../../../shared/schemas/practice';
import { detectDateOrder, numericDateParts } from '../domain/csvDates';
import type { ParsedCsv } from '../domain/practiceCsv';

/**
 * The order a CSV's numeric dates are read in: the person's choice, else what the file's own
 * values show; when nothing shows it, the preview asks (and such dates are not read meanwhile).
 */
export function dateOrderOf(parsed: ParsedCsv, mapping: CsvMapping, choice: CsvDateOrderChoice): CsvDateOrderInfo {
  const at = mapping.date === null ? -1 : parsed.columns.indexOf(mapping.date);
  const values = at < 0 ? [] : parsed.rows.map((r) => (r.cells[at] ?? '').trim());
  const detected = detectDateOrder(values);
  const sample = values.find((v) => numericDateParts(v) !== null) ?? null;
  const applied = choice === 'auto' ? detected.order : choice;
  return {
    choice,
    applied,
    detected: detected.order,
    needsChoice: detected.numeric && applied === null,
    conflicting: detected.conflicting,
    example: detected.example,
    sample,
  };
}
