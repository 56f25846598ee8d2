import Papa from 'papaparse';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { CsvDateOrder, CsvMapping, CsvRow } from '../../../shared/schemas/practice';
import { numericDateParts, readCsvDate } from './csvDates';

/** Reading a CSV of practice-exam results exported by another tool. Pure: text in, rows out. */

export const MAX_CSV_ROWS = 5000;
export const DEFAULT_CSV_SOURCE = 'CSV import';

export interface ParsedCsv {
  /** Header texts, made unique ("Score", "Score (2)") so a mapping can name each column. */
  columns: string[];
  rows: { line: number; cells: string[] }[];
  /** A problem with the file as a whole (unreadable, too many rows), or null. */
  problem: string | null;
}

/** `separator` comes from csvFileText.ts (decided once per file); papaparse guesses without it. */
export function parseCsv(text: string, separator = ''): ParsedCsv {
  const records: { cells: string[]; start: number }[] = [];
  let previousEnd = 0;
  const withoutBom = text.replace(/^\uFEFF/, '');
  Papa.parse<string[]>(withoutBom, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, start: previousEnd });
      previousEnd = result.meta.cursor;
    },
  });
  const lineOf = lineCounter(withoutBom);
  const [header, ...body] = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) return { columns: [], rows: [], problem: 'The file has no header row' };
  const columns = uniqueNames(header.cells.map((c) => c.trim()));
  if (body.length > MAX_CSV_ROWS) {
    return { columns, rows: [], problem: `The file has ${body.length} rows; Certplan imports at most ${MAX_CSV_ROWS} at a time` };
  }
  // A record's first line: the line its first character is on (quoted cells may span lines).
  return { columns, rows: body.map((r) => ({ line: lineOf(r.start), cells: r.cells })), problem: null };
}

function lineCounter(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') breaks.push(i);
  // A record starts right after the line break that ended the one before it.
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

/** Case-, space- and punctuation-insensitive, so "Business Env. %" finds "business-environment". */
function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    const name = raw || `Column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

const DATE_HINTS = ['date', 'taken', 'takenon', 'day', 'when', 'completed', 'datum'];
const SOURCE_HINTS = ['source', 'provider', 'vendor', 'test', 'exam', 'name', 'quiz', 'simulator'];
const TOTAL_HINTS = ['total', 'overall', 'score', 'result', 'percent', 'percentage'];

/** A first guess at which column holds what, from the header texts; the person adjusts it. */
export function suggestMapping(columns: readonly string[], domains: readonly { id: string; name: string }[]): CsvMapping {
  const taken = new Set<string>();
  const claim = (column: string | undefined) => {
    if (column === undefined) return null;
    taken.add(column);
    return column;
  };
  const norm = columns.map((c) => ({ column: c, key: normalizeHeader(c) }));
  const domainColumns = domains.map((d) => {
    const names = [normalizeHeader(d.name), normalizeHeader(d.id)];
    const match = norm.find((c) => !taken.has(c.column) && names.some((n) => c.key === n || c.key.startsWith(n) || (c.key.length >= 4 && n.startsWith(c.key))));
    return { domainId: d.id, column: claim(match?.column) };
  });
  const find = (hints: readonly string[]) =>
    claim(norm.find((c) => !taken.has(c.column) && hints.some((h) => c.key === h || c.key.startsWith(h) || c.key.endsWith(h)))?.column);
  const date = find(DATE_HINTS);
  const total = find(TOTAL_HINTS);
  const source = find(SOURCE_HINTS);
  return { date, source, total, domains: domainColumns };
}

export function missingRequired(mapping: CsvMapping, columns: readonly string[]): { field: 'date' | 'total'; message: string }[] {
  const missing: { field: 'date' | 'total'; message: string }[] = [];
  const has = (c: string | null) => c !== null && columns.includes(c);
  if (!has(mapping.date)) missing.push({ field: 'date', message: 'Choose the column with the date each practice exam was taken; the file needs one.' });
  if (!has(mapping.total)) missing.push({ field: 'total', message: 'Choose the column with the total score; the file needs one.' });
  return missing;
}

export interface ExistingResult {
  date: IsoDate;
  source: string;
  totalPercent: number;
}

/** Every row read with the mapping: a result, or the reasons it cannot be imported. */
export function readRows(
  parsed: ParsedCsv,
  mapping: CsvMapping,
  domains: readonly { id: string; name: string }[],
  today: IsoDate,
  existing: readonly ExistingResult[],
  /** How numeric dates are written (csvDates.ts); null reads only unambiguous dates. */
  dateOrder: CsvDateOrder | null = null,
): CsvRow[] {
  const index = (column: string | null) => (column === null ? -1 : parsed.columns.indexOf(column));
  const dateAt = index(mapping.date);
  const sourceAt = index(mapping.source);
  const totalAt = index(mapping.total);
  const domainAt = mapping.domains
    .map((m) => ({ domain: domains.find((d) => d.id === m.domainId), at: index(m.column) }))
    .filter((m): m is { domain: { id: string; name: string }; at: number } => m.domain !== undefined && m.at >= 0);
  const seen = new Set(existing.map(duplicateKey));

  return parsed.rows.map(({ line, cells }) => {
    const problems: string[] = [];
    const cell = (at: number) => (at >= 0 ? (cells[at] ?? '').trim() : '');
    const date = dateAt >= 0 ? readCsvDate(cell(dateAt), dateOrder) : null;
    if (dateAt >= 0 && date === null) problems.push(dateProblem(cell(dateAt), dateOrder));
    if (date !== null && date > today) problems.push(`The date ${date} is in the future`);
    const total = totalAt >= 0 ? readPercent(cell(totalAt), 'The total') : { value: null, problem: null };
    if (total.problem) problems.push(total.problem);
    if (totalAt >= 0 && total.value === null && !total.problem) problems.push('The total is empty');
    const domainScores: { domainId: string; percent: number }[] = [];
    for (const { domain, at } of domainAt) {
      const score = readPercent(cell(at), domain.name);
      if (score.problem) problems.push(score.problem);
      else if (score.value !== null) domainScores.push({ domainId: domain.id, percent: score.value });
    }
    const source = (sourceAt >= 0 ? cell(sourceAt) : '') || DEFAULT_CSV_SOURCE;
    if (source.length > 120) problems.push('The source is longer than 120 characters');
    if (problems.length === 0 && date !== null && total.value !== null) {
      const key = duplicateKey({ date, source, totalPercent: total.value });
      if (seen.has(key)) problems.push('Already recorded (same date, source and total)');
      seen.add(key);
    }
    const ok = problems.length === 0 && date !== null && total.value !== null;
    const raw = [
      { column: mapping.date, at: dateAt },
      { column: mapping.source, at: sourceAt },
      { column: mapping.total, at: totalAt },
      ...mapping.domains.map((m) => ({ column: m.column, at: index(m.column) })),
    ].flatMap(({ column, at }) => (column !== null && at >= 0 ? [{ column, value: (cells[at] ?? '').slice(0, 200) }] : []));
    return {
      line,
      ok,
      raw,
      problems,
      result: ok && date !== null && total.value !== null ? { date, source, totalPercent: total.value, domainScores } : null,
    };
  });
}

function duplicateKey(r: ExistingResult): string {
  return `${r.date}|${r.source.toLowerCase()}|${r.totalPercent}`;
}

/** A date without a known order for numeric dates: 03/04/2026 means different days in different countries. */
export function readDate(text: string, order: CsvDateOrder | null = null): IsoDate | null {
  return readCsvDate(text, order);
}

function dateProblem(text: string, order: CsvDateOrder | null): string {
  if (text === '') return 'The date is empty';
  if (numericDateParts(text)) {
    return order === null
      ? `“${text}” could be day first or month first: choose how this file writes dates`
      : `“${text}” is not a real date (read ${order === 'day-first' ? 'day first' : 'month first'})`;
  }
  return /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(text) ? `“${text}” is not a real date` : `“${text}” is not a date`;
}

/** "78", "78%", "78,5 %" → 78 / 78.5; empty → null; out of 0–100 or not a number → a reason. */
export function readPercent(text: string, label: string): { value: number | null; problem: string | null } {
  const value = text.replace(/\s*%$/, '').trim().replace(',', '.');
  if (value === '') return { value: null, problem: null };
  const n = Number(value);
  if (!Number.isFinite(n)) return { value: null, problem: `${label} “${text}” is not a number` };
  if (n > 100) return { value: null, problem: `${label} ${n} is above 100` };
  if (n < 0) return { value: null, problem: `${label} ${n} is below 0` };
  return { value: n, problem: null };
}
