import type { CsvCardMapping, ImportProblem } from '../../../../../shared/schemas/flashcards/imports';
import { isBlankCardText, plainText, sanitizeCardHtml } from '../../../domain/flashcards/cardHtml';
import { clozeNumbers } from '../../../domain/flashcards/cloze';
import { type DraftNote, type ImportDraft, normaliseName, snippet } from './importDraft';
import { type CsvTable, SEPARATOR_WORDS } from './csvTable';
import type { TimeSlicer } from './timeSlicer';

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

/**
 * The notes a CSV makes with a mapping, and every problem with its line, a slice at a time.
 * `cleaned` keeps each cell's sanitised HTML with the read file, so a new mapping or the import
 * after the preview cleans a cell once.
 */
export async function draftFromCsv(
  fileName: string,
  table: CsvTable,
  mapping: CsvCardMapping,
  context: { domains: readonly { id: string; name: string }[]; trackAcronym: string; defaultDomainId: string | null; cleaned: Map<string, string> },
  slicer: TimeSlicer,
): Promise<ImportDraft> {
  const { domains, trackAcronym, defaultDomainId } = context;
  const clean = (cell: string) => {
    let html = context.cleaned.get(cell);
    if (html === undefined) {
      html = sanitizeCardHtml(unescapeFormula(cell));
      context.cleaned.set(cell, html);
    }
    return html;
  };
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
      await slicer.tick();
      const place = `line ${row.line}`;
      const cell = (index: number | null) => (index === null ? '' : (row.cells[index] ?? ''));
      const need = Math.max(mapping.front ?? 0, mapping.back ?? 0) + 1;
      if (row.cells.length < need) {
        problems.push({ place, message: `The row has ${row.cells.length} column${row.cells.length === 1 ? '' : 's'}; the back is in column ${(mapping.back ?? 0) + 1}` });
        continue;
      }
      const front = clean(cell(mapping.front));
      const back = clean(cell(mapping.back));
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
    formatLabel: table.format === 'tsv' ? 'Tab-separated text (TSV)' : table.delimiter === ',' ? 'Comma-separated values (CSV)' : `Delimited text (${SEPARATOR_WORDS[table.delimiter]}-separated)`,
    suggestedDeckName: fileName.replace(/\.[^.]+$/, '').slice(0, 120) || 'Imported cards',
    decks: [],
    noteTypes: [],
    csv: { columns, delimiter: SEPARATOR_WORDS[table.delimiter], mapping },
    tags: [...tagCounts.entries()].map(([tag, count]) => ({ tag, notes: count })).sort((a, b) => b.notes - a.notes || a.tag.localeCompare(b.tag)),
    notes,
    media: new Map(),
    problems,
    // Said once for the whole file (its encoding or separator), not on every row.
    warnings: table.fileNote ? [{ place: fileName, message: table.fileNote }] : [],
  };
}
