import type { CardKind } from '../../../../../shared/schemas/flashcards/cards';
import type { ImportPreview, ImportProblem } from '../../../../../shared/schemas/flashcards/imports';
import type { Grade, MemoryState } from '../../../domain/flashcards/scheduler';

/** What an import would write, whatever the file it came from. */

export interface DraftCard {
  /** The gap number (cloze) or 0 (basic). */
  ord: number;
  /** Reviews to replay so scheduling starts warm (oldest first). */
  history: { grade: Grade; at: Date; durationMs: number }[];
  /** A state to start from when there is no history to replay (an Anki review card without its log). */
  start: MemoryState | null;
}

export interface DraftNote {
  place: string;
  sourceRef: string | null;
  kind: CardKind;
  front: string;
  back: string;
  domainId: string | null;
  tags: string[];
  suspended: boolean;
  cards: DraftCard[];
}

export interface DraftMedia {
  sha256: string;
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface ImportDraft {
  format: ImportPreview['format'];
  formatLabel: string;
  suggestedDeckName: string;
  decks: ImportPreview['decks'];
  noteTypes: ImportPreview['noteTypes'];
  csv: ImportPreview['csv'];
  tags: { tag: string; notes: number }[];
  notes: DraftNote[];
  media: Map<string, DraftMedia>;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/** A few words of a card to name it in messages. */
export function snippet(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim();
  return words.length > 40 ? `${words.slice(0, 40)}…` : words;
}

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

export function imageTypeOf(fileName: string): string | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return IMAGE_TYPES[ext] ?? null;
}

/** Lower-case letters and digits only: "Business_Environment" and "business environment" meet. */
export function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The exam domain a tag most likely stands for: its last ::-segment naming a domain's id or name. */
export function suggestDomainForTag(tag: string, domains: readonly { id: string; name: string }[]): string | null {
  const last = normaliseName(tag.split('::').at(-1) ?? tag);
  const whole = normaliseName(tag);
  for (const d of domains) {
    const id = normaliseName(d.id);
    const name = normaliseName(d.name);
    if (last === id || last === name || whole === id || whole === name) return d.id;
  }
  for (const d of domains) {
    const name = normaliseName(d.name);
    if (name.length >= 4 && (last.includes(name) || name.includes(last) && last.length >= 4)) return d.id;
  }
  return null;
}
