import Papa from 'papaparse';
import type { CsvCardMapping, ImportProblem } from '../../../../../shared/schemas/flashcards/imports';
import { MAX_IMPORT_NOTES } from '../../../../../shared/schemas/flashcards/imports';
import { isBlankCardText, plainText, sanitizeCardHtml } from '../../../domain/flashcards/cardHtml';
import { clozeNumbers } from '../../../domain/flashcards/cloze';
import { type DraftNote, type ImportDraft, normaliseName, snippet } from './importDraft';
import { ImportFileError, type TimeSlicer } from './timeSlicer';

/** A CSV or TSV read into rows, with the line each row starts on. */
export interface CsvTable {
  format: 'csv' | 'tsv';
  delimiter: string;
  /** Header names when the first row is one, else "Column 1", "Column 2", … */
  header: string[] | null;
  rows: { line: number; cells: string[] }[];
}

const MAX_CSV_BYTES = 50 * 1024 * 1024;
const ROWS_PER_SLICE = 2000;

/** Text as UTF-8 (a byte-order mark is dropped), or Windows-1252 when it is not valid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Reads a CSV/TSV with papaparse, a few thousand rows per slice. Lines at the top starting with
 * `#` (Anki's plain-text export writes `#separator:tab`, `#html:true`) are skipped.
 */
export async function readCsvTable(fileName: string, bytes: Uint8Array, slicer: TimeSlicer): Promise<CsvTable> {
  if (bytes.length > MAX_CSV_BYTES) throw new ImportFileError(fileName, `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB of text`);
  let text = decodeText(bytes);
  let skipped = 0;
  while (text.startsWith('#')) {
    const end = text.indexOf('\n');
    text = end < 0 ? '' : text.slice(end + 1);
    skipped += 1;
  }
  if (text.trim() === '') throw new ImportFileError(fileName, 'The file has no rows');
  const tsv = /\.(tsv|txt)$/i.test(fileName) || (text.split('\n', 1)[0] ?? '').includes('\t');
  const rows: { line: number; cells: string[] }[] = [];
  let line = skipped + 1;
  let consumed = 0;
  let tooMany = false;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: tsv ? '\t' : '',
      skipEmptyLines: 'greedy',
      step: (result, parser) => {
        const cursor = result.meta.cursor;
        // The line a row starts on: count the line breaks consumed before it.
        line += countNewlines(text, consumed, rowStart(text, consumed));
        rows.push({ line, cells: result.data.map((c) => c ?? '') });
        line += countNewlines(text, rowStart(text, consumed), cursor);
        consumed = cursor;
        if (rows.length > MAX_IMPORT_NOTES + 1) {
          tooMany = true;
          parser.abort();
          return;
        }
        if (rows.length % ROWS_PER_SLICE === 0) {
          parser.pause();
          void slicer.tick().then(() => parser.resume(), reject);
        }
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  if (tooMany) throw new ImportFileError(fileName, `The file has more than ${MAX_IMPORT_NOTES.toLocaleString('en')} rows; Certplan imports at most that many cards at once`);
  const first = rows[0]?.cells ?? [];
  const looksLikeHeader = first.some((c) => /^(front|back|question|answer|term|definition|domain|tags?)$/i.test(c.trim()));
  return { format: tsv ? 'tsv' : 'csv', delimiter: tsv ? '\t' : ',', header: looksLikeHeader ? first.map((c) => c.trim()) : null, rows };
}

function rowStart(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Which columns hold what, guessed from the header (or the first two columns). */
export function suggestCsvMapping(table: CsvTable): CsvCardMapping {
  const header = table.header;
  if (!header) return { hasHeader: false, front: 0, back: (table.rows[0]?.cells.length ?? 0) > 1 ? 1 : null, domain: null, tags: null };
  const find = (pattern: RegExp) => {
    const i = header.findIndex((h) => pattern.test(h));
    return i >= 0 ? i : null;
  };
  return { hasHeader: true, front: find(/^(front|question|term|text)$/i) ?? 0, back: find(/^(back|answer|definition|extra)$/i), domain: find(/^(domain|exam domain|topic|area)$/i), tags: find(/^tags?$/i) };
}

export function columnNames(table: CsvTable, mapping: CsvCardMapping): string[] {
  const width = Math.max(0, ...table.rows.slice(0, 50).map((r) => r.cells.length));
  return Array.from({ length: width }, (_, i) => (mapping.hasHeader ? table.header?.[i] || `Column ${i + 1}` : `Column ${i + 1}`));
}

/** Certplan's CSV export writes a ' before cells a spreadsheet would run as a formula; take it off again. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The notes a CSV makes with a mapping, and every problem with its line. */
export function draftFromCsv(
  fileName: string,
  table: CsvTable,
  mapping: CsvCardMapping,
  domains: readonly { id: string; name: string }[],
  trackAcronym: string,
  defaultDomainId: string | null,
): ImportDraft {
  const problems: ImportProblem[] = [];
  const columns = columnNames(table, mapping);
  if (mapping.front === null) problems.push({ place: fileName, message: 'No column is chosen for the front; say which column holds it' });
  if (mapping.back === null) problems.push({ place: fileName, message: 'The file has no column for the back; say which column holds it' });
  for (const [what, index] of [['front', mapping.front], ['back', mapping.back], ['domain', mapping.domain], ['tags', mapping.tags]] as const) {
    if (index !== null && index >= columns.length) problems.push({ place: fileName, message: `The ${what} is mapped to column ${index + 1}, but the file has ${columns.length}` });
  }
  const byName = new Map<string, string>();
  for (const d of domains) {
    byName.set(normaliseName(d.id), d.id);
    byName.set(normaliseName(d.name), d.id);
  }
  const notes: DraftNote[] = [];
  const tagCounts = new Map<string, number>();
  const rows = mapping.hasHeader ? table.rows.slice(1) : table.rows;
  if (problems.length === 0) {
    for (const row of rows) {
      const place = `line ${row.line}`;
      const cell = (index: number | null) => (index === null ? '' : (row.cells[index] ?? ''));
      const need = Math.max(mapping.front ?? 0, mapping.back ?? 0) + 1;
      if (row.cells.length < need) {
        problems.push({ place, message: `The row has ${row.cells.length} column${row.cells.length === 1 ? '' : 's'}; the back is in column ${(mapping.back ?? 0) + 1}` });
        continue;
      }
      const front = sanitizeCardHtml(unescapeFormula(cell(mapping.front)));
      const back = sanitizeCardHtml(unescapeFormula(cell(mapping.back)));
      if (isBlankCardText(front)) {
        problems.push({ place, message: 'The front is empty' });
        continue;
      }
      const domainText = cell(mapping.domain).trim();
      let domainId = defaultDomainId;
      if (domainText) {
        const found = byName.get(normaliseName(domainText));
        if (!found) {
          problems.push({ place, message: `“${domainText}” is not a domain of the ${trackAcronym} exam (its domains: ${domains.map((d) => d.name).join(', ') || 'none known'})` });
          continue;
        }
        domainId = found;
      }
      const tags = [...new Set(cell(mapping.tags).split(/[\s,;]+/).filter(Boolean).map((t) => t.slice(0, 80)))];
      for (const t of tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
      const gaps = clozeNumbers(front);
      notes.push({
        place: `${place} (“${snippet(plainText(front))}”)`,
        sourceRef: `line ${row.line}`,
        kind: gaps.length > 0 ? 'cloze' : 'basic',
        front,
        back,
        domainId,
        tags,
        suspended: false,
        cards: (gaps.length > 0 ? gaps : [0]).map((ord) => ({ ord, history: [], start: null })),
      });
    }
  }
  return {
    format: table.format,
    formatLabel: table.format === 'tsv' ? 'Tab-separated text (TSV)' : 'Comma-separated values (CSV)',
    suggestedDeckName: fileName.replace(/\.[^.]+$/, '').slice(0, 120) || 'Imported cards',
    decks: [],
    noteTypes: [],
    csv: { columns, delimiter: table.delimiter === '\t' ? 'tab' : 'comma', mapping },
    tags: [...tagCounts.entries()].map(([tag, count]) => ({ tag, notes: count })).sort((a, b) => b.notes - a.notes || a.tag.localeCompare(b.tag)),
    notes,
    media: new Map(),
    problems,
    warnings: [],
  };
}
