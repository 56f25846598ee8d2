import Papa from 'papaparse';
import { MAX_IMPORT_NOTES } from '../../../../../shared/schemas/flashcards/limits';
import { type CsvSeparator, readCsvFile } from '../../../domain/csvFileText';
import { ImportFileError, type TimeSlicer } from './timeSlicer';

/** A CSV or TSV read into rows, with the line each row starts on. */
export interface CsvTable {
  format: 'csv' | 'tsv';
  delimiter: CsvSeparator;
  /** Header names when the first row is one, else "Column 1", "Column 2", … */
  header: string[] | null;
  rows: { line: number; cells: string[] }[];
  /** What the shared decoder says once about the file (its encoding or separator), if anything. */
  fileNote: string | null;
}

const MAX_CSV_BYTES = 50 * 1024 * 1024;
const ROWS_PER_SLICE = 2000;
export const SEPARATOR_WORDS: Record<CsvSeparator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

/**
 * Reads a CSV/TSV with papaparse, a few thousand rows per slice. The bytes are decoded by the
 * shared CSV decoder, as every CSV import is (UTF-8 with or without a byte-order mark, UTF-16,
 * Windows-1252; the separator detected), so a deck file and a practice-results file behave the
 * same. Lines at the top starting with `#` (Anki's plain-text export writes `#separator:tab`,
 * `#html:true`) are skipped, and a `#separator:` line is obeyed.
 */
export async function readCsvTable(fileName: string, bytes: Uint8Array, slicer: TimeSlicer): Promise<CsvTable> {
  if (bytes.length > MAX_CSV_BYTES) throw new ImportFileError(fileName, `The file is larger than ${MAX_CSV_BYTES / 1024 / 1024} MB of text`);
  const file = readCsvFile(bytes, { headerComments: true });
  const text = file.text;
  if (text.trim() === '') throw new ImportFileError(fileName, 'The file has no rows');
  const rows: { line: number; cells: string[] }[] = [];
  let line = file.skippedLines + 1;
  let consumed = 0;
  let tooMany = false;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: file.separator,
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
  return {
    format: file.separator === '\t' ? 'tsv' : 'csv',
    delimiter: file.separator,
    header: looksLikeHeader ? first.map((c) => c.trim()) : null,
    rows,
    fileNote: file.note,
  };
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
