import Papa from 'papaparse';
import type { StoredNote } from '../../../db/repositories/flashcards/noteRepository';

export const CARD_CSV_COLUMNS = ['front', 'back', 'domain', 'tags'] as const;

/**
 * A deck as CSV: front, back (HTML as stored), domain (its name, which import reads back), tags
 * separated by spaces. Formula-looking cells get a leading ' (papaparse's escapeFormulae), which
 * Certplan's import takes off again. With a byte-order mark so spreadsheets read UTF-8.
 */
export function renderDeckCsv(notes: readonly StoredNote[], domainName: (domainId: string | null) => string): string {
  const rows = notes.map((n) => [n.front, n.back, n.domainId === null ? '' : domainName(n.domainId), n.tags.join(' ')]);
  return `\uFEFF${Papa.unparse({ fields: [...CARD_CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}`;
}
