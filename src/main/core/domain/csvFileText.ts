import Papa from 'papaparse';

/**
 * Turning a CSV file someone exported from another program into text, before any row is read:
 * its encoding (UTF-8 with or without a byte-order mark, UTF-16 from Excel's "Unicode text",
 * Windows-1252/Latin-1 from older Windows tools) and its separator (a comma, or a semicolon where
 * the decimal mark is a comma, a tab, a bar). Both are decided once for the whole file and said
 * once, instead of every row failing on mojibake. Pure: bytes in, text out. Shared by every CSV
 * import (practice results; flashcard decks).
 */

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvSeparator = ',' | ';' | '\t' | '|';

export interface CsvFileText {
  /** The file's text, without a byte-order mark. */
  text: string;
  encoding: CsvEncoding;
  separator: CsvSeparator;
  /** One sentence for the person when the file is not plain UTF-8 with commas; else null. */
  note: string | null;
  /** Lines dropped from the top (`headerComments`), so row line numbers still match the file. */
  skippedLines: number;
}

const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 / Latin-1 (Western European)',
};

const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' };

export interface CsvReadOptions {
  /**
   * Drop the lines at the top that start with `#` before anything is detected (Anki's plain-text
   * export writes `#separator:tab`, `#html:true`, `#columns:…` there); a `#separator:` line says
   * the separator instead of guessing it.
   */
  headerComments?: boolean;
}

/** Decodes and describes a CSV file's bytes. */
export function readCsvFile(bytes: Uint8Array, options: CsvReadOptions = {}): CsvFileText {
  const { text, encoding } = decodeCsvBytes(bytes);
  return describe(text, encoding, options);
}

/** For text that is already decoded (pasted, or sent as text): only the separator is detected. */
export function readCsvText(text: string, options: CsvReadOptions = {}): CsvFileText {
  return describe(text.replace(/^\uFEFF/, ''), 'utf-8', options);
}

const ANKI_SEPARATORS: Record<string, CsvSeparator> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|', ',': ',', ';': ';', '|': '|' };

function describe(fileText: string, encoding: CsvEncoding, options: CsvReadOptions): CsvFileText {
  let text = fileText;
  let skippedLines = 0;
  let declared: CsvSeparator | undefined;
  while (options.headerComments && text.startsWith('#')) {
    const end = text.indexOf('\n');
    const line = (end < 0 ? text : text.slice(0, end)).trim();
    const directive = /^#separator:(.*)$/i.exec(line);
    if (directive) declared = ANKI_SEPARATORS[(directive[1] ?? '').trim().toLowerCase()];
    text = end < 0 ? '' : text.slice(end + 1);
    skippedLines += 1;
  }
  const separator = declared ?? detectCsvSeparator(text);
  const plainEncoding = encoding === 'utf-8' || encoding === 'utf-8-bom';
  const columns = `columns separated by ${SEPARATOR_NAMES[separator]}`;
  const note = plainEncoding
    ? separator === ','
      ? null
      : `This file has ${columns}.`
    : `This file was read as ${ENCODING_NAMES[encoding]} text${separator === ',' ? '' : `, with ${columns}`}.`;
  return { text, encoding, separator, note, skippedLines };
}

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (b0 === 0xff && b1 === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: decode(utf16, bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: the bytes of an older Windows or Latin-1 export.
    return { text: decode('windows-1252', bytes), encoding: 'windows-1252' };
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/** A CSV is mostly ASCII, so UTF-16 without a mark shows as a zero byte in every other place. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

const CANDIDATES: readonly CsvSeparator[] = [',', ';', '\t', '|'];

/**
 * The separator that splits the first rows into the same number of columns most often (more
 * than one), quotes respected; a comma when nothing does better.
 */
export function detectCsvSeparator(text: string): CsvSeparator {
  const sample = text.split(/\r?\n/).slice(0, 30).join('\n');
  let best: { separator: CsvSeparator; score: number } = { separator: ',', score: 0 };
  for (const separator of CANDIDATES) {
    const rows = Papa.parse<string[]>(sample, { delimiter: separator, skipEmptyLines: true }).data;
    const counts = new Map<number, number>();
    for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    const [columns, agreeing] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const score = columns > 1 ? agreeing * 1000 + columns : 0;
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}
