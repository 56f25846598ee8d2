import Papa from 'papaparse';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, even after leading spaces, and even when the cell holds several lines — which
 * papaparse's `escapeFormulae` misses (its pattern stops at the first line break). Every text
 * cell of every exported column goes through this: a leading apostrophe makes it plain text.
 * Numbers stay numbers (a negative number is not a formula).
 */
export function neutraliseCsvCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^\s*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A CSV that opens cleanly in spreadsheets: a UTF-8 byte-order mark (so accents and dashes read
 * right), CRLF line ends, a fixed header, every text cell neutralised.
 */
export function renderCsv<F extends string>(fields: readonly F[], rows: readonly Partial<Record<F, string | number | null>>[]): string {
  const data = rows.map((row) => fields.map((field) => neutraliseCsvCell(row[field])));
  return `\uFEFF${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n' })}\r\n`;
}
