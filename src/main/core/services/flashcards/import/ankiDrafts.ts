import { MAX_MEDIA_BYTES } from '../../../../../shared/schemas/flashcards/limits';
import type { ImportProblem, NoteTypeMapping } from '../../../../../shared/schemas/flashcards/imports';
import { isBlankCardText, plainText, sanitizeCardHtml } from '../../../domain/flashcards/cardHtml';
import { clozeNumbers } from '../../../domain/flashcards/cloze';
import { type Grade, type MemoryState, State } from '../../../domain/flashcards/scheduler';
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNoteType } from './ankiCollection';
import { type AnkiPackage, FORMAT_LABELS, type MediaBytes } from './ankiPackage';
import { type DraftCard, type DraftMedia, type DraftNote, type ImportDraft, imageTypeOf, snippet } from './importDraft';
import { ImportFileError, type TimeSlicer } from './timeSlicer';

export interface DraftOptions {
  /** Cleaned field HTML by its raw text, kept with the read file: the preview and the import clean each field once. */
  cleaned: Map<string, string>;
  noteTypes: readonly NoteTypeMapping[];
  /** The domain of a note: from its first mapped tag, else the default. */
  domainFor: (tags: readonly string[]) => string | null;
  keepHistory: boolean;
}

const DAY_MS = 86_400_000;
const IMG_SRC = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const SOUND = /\[sound:[^\]]*\]/g;

/** The field a note type's front and back come from, unless the person chose others. */
export function defaultFields(type: AnkiNoteType): { frontField: number; backField: number | null } {
  const find = (...names: string[]) => type.fields.findIndex((f) => names.includes(f.toLowerCase()));
  if (type.kind === 'cloze') {
    const text = find('text');
    const extra = find('back extra', 'extra');
    return { frontField: text >= 0 ? text : 0, backField: extra >= 0 ? extra : type.fields.length > 1 ? 1 : null };
  }
  return { frontField: 0, backField: type.fields.length > 1 ? 1 : null };
}

/** Turns an Anki collection into the notes and cards Certplan would import, with every problem found. */
export async function draftFromAnki(fileName: string, pkg: Pick<AnkiPackage, 'format' | 'media'>, col: AnkiCollection, options: DraftOptions, slicer: TimeSlicer): Promise<ImportDraft> {
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const cardsByNote = new Map<number, AnkiCard[]>();
  for (const [i, card] of col.cards.entries()) {
    const list = cardsByNote.get(card.noteId) ?? [];
    list.push(card);
    cardsByNote.set(card.noteId, list);
    if (i % 2000 === 0) await slicer.tick();
  }
  const mapping = new Map<string, { frontField: number; backField: number | null }>();
  for (const type of col.noteTypes.values()) {
    const chosen = options.noteTypes.find((m) => m.noteTypeId === type.id);
    mapping.set(type.id, chosen ? { frontField: chosen.frontField, backField: chosen.backField } : defaultFields(type));
  }
  const media = await resolveMedia(fileName, pkg, col.notes, problems, warnings, slicer);

  const deckCounts = new Map<string, number>();
  const noteTypeCounts = new Map<string, number>();
  const tagCounts = new Map<string, number>();
  const notes: DraftNote[] = [];
  let skippedCards = 0;
  let sounds = 0;
  const multiDeck = new Set(col.cards.map((c) => c.deckId)).size > 1;
  for (const note of col.notes) {
    const place = `note ${note.id}`;
    const type = col.noteTypes.get(note.noteTypeId);
    if (!type) {
      problems.push({ place, message: `Its note type (${note.noteTypeId}) is missing from the collection` });
      continue;
    }
    noteTypeCounts.set(type.id, (noteTypeCounts.get(type.id) ?? 0) + 1);
    const fields = mapping.get(type.id) ?? defaultFields(type);
    const resolveImage = (src: string) => media.bySrc.get(src)?.ref ?? null;
    const raw = (index: number | null) => (index === null ? '' : (note.fields[index] ?? ''));
    sounds += (raw(fields.frontField).match(SOUND)?.length ?? 0) + (raw(fields.backField).match(SOUND)?.length ?? 0);
    const clean = (text: string) => {
      let html = options.cleaned.get(text);
      if (html === undefined) {
        html = sanitizeCardHtml(text.replace(SOUND, ''), { resolveImage });
        options.cleaned.set(text, html);
      }
      return html;
    };
    const front = clean(raw(fields.frontField));
    const back = clean(raw(fields.backField));
    const label = `${place} (“${snippet(plainText(front)) || type.name}”)`;
    if (isBlankCardText(front)) {
      problems.push({ place, message: `The front (field “${type.fields[fields.frontField] ?? fields.frontField + 1}”) is empty` });
      continue;
    }
    if (type.kind === 'cloze' && clozeNumbers(front).length === 0) {
      problems.push({ place: label, message: 'The cloze text has no gaps ({{c1::…}})' });
      continue;
    }
    const ankiCards = cardsByNote.get(note.id) ?? [];
    const deckName = mostCommon(ankiCards.map((c) => col.decks.get(c.deckId) ?? 'Default')) ?? 'Default';
    deckCounts.set(deckName, (deckCounts.get(deckName) ?? 0) + 1);
    const tags = [...new Set([...note.tags, ...(multiDeck ? [deckTag(deckName)] : [])])].map((t) => t.slice(0, 80));
    for (const t of tags) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
    const ords = type.kind === 'cloze' ? clozeNumbers(front) : [0];
    const cards: DraftCard[] = ords.map((ord) => {
      const anki = ankiCards.find((c) => (type.kind === 'cloze' ? c.ord + 1 === ord : c.ord === 0));
      return anki ? draftCard(ord, anki, col, options.keepHistory) : { ord, history: [], start: null };
    });
    skippedCards += ankiCards.filter((c) => (type.kind === 'cloze' ? !ords.includes(c.ord + 1) : c.ord !== 0)).length;
    notes.push({
      place: label,
      sourceRef: note.guid || String(note.id),
      kind: type.kind,
      front,
      back,
      domainId: options.domainFor(tags),
      tags,
      suspended: ankiCards.length > 0 && ankiCards.every((c) => c.queue === -1),
      cards,
    });
    await slicer.tick();
  }
  if (skippedCards > 0) warnings.push({ place: fileName, message: `${skippedCards} cards from other card templates (such as reversed cards) are left out: a Certplan card has one direction` });
  if (sounds > 0) warnings.push({ place: fileName, message: `${sounds} sound references are left out: Certplan cards show text and images` });
  return {
    format: pkg.format,
    formatLabel: FORMAT_LABELS[pkg.format],
    suggestedDeckName: suggestDeckName([...deckCounts.keys()], fileName),
    decks: [...deckCounts.entries()].map(([name, count]) => ({ name, notes: count })).sort((a, b) => b.notes - a.notes),
    noteTypes: [...col.noteTypes.values()]
      .filter((t) => noteTypeCounts.has(t.id))
      .map((t) => ({ noteTypeId: t.id, name: t.name, kind: t.kind, fields: t.fields, ...(mapping.get(t.id) ?? defaultFields(t)), notes: noteTypeCounts.get(t.id) ?? 0 })),
    csv: null,
    tags: [...tagCounts.entries()].map(([tag, count]) => ({ tag, notes: count })).sort((a, b) => b.notes - a.notes || a.tag.localeCompare(b.tag)),
    notes,
    media: media.files,
    problems,
    warnings,
  };
}

/** The decks' common parent ("PMP" for "PMP::People" and "PMP::Process"), else the file's name. */
function suggestDeckName(decks: readonly string[], fileName: string): string {
  const named = decks.filter((d) => d !== 'Default');
  const parts = named.map((d) => d.split('::'));
  const common: string[] = [];
  for (let i = 0; parts.length > 0 && parts.every((p) => p[i] !== undefined && p[i] === parts[0]?.[i]); i++) common.push(parts[0]?.[i] ?? '');
  const name = common.join('::') || (named.length === 1 ? named[0] : null) || fileName.replace(/\.[^.]+$/, '');
  return name.slice(0, 120);
}

function deckTag(deckName: string): string {
  return `deck::${deckName.replace(/\s+/g, '_')}`;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** The card's review history (or, without one, an approximate state from its Anki interval). */
function draftCard(ord: number, card: AnkiCard, col: AnkiCollection, keepHistory: boolean): DraftCard {
  if (!keepHistory) return { ord, history: [], start: null };
  const history = (col.reviews.get(card.id) ?? [])
    // Ratings 1–4 of learning, review, relearning and filtered-deck reviews; manual reschedules (type 4+) carry no rating.
    .filter((r) => r.ease >= 1 && r.ease <= 4 && r.type >= 0 && r.type <= 3)
    .sort((a, b) => a.id - b.id)
    .map((r) => ({ grade: r.ease as Grade, at: new Date(r.id), durationMs: Math.max(0, r.timeMs) }));
  if (history.length > 0 || card.type !== 2) return { ord, history, start: null };
  const dueAt = (col.createdSecs * 1000) + card.due * DAY_MS;
  const start: MemoryState = {
    state: State.Review,
    dueAt: new Date(dueAt).toISOString(),
    stability: Math.max(0.5, card.ivl),
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: Math.max(1, card.ivl),
    learningSteps: 0,
    reps: card.reps,
    lapses: card.lapses,
    lastReviewAt: new Date(dueAt - Math.max(1, card.ivl) * DAY_MS).toISOString(),
  };
  return { ord, history: [], start };
}

/** Reads every image the notes show, checks its size, and gives each a `media:<sha256>` reference. */
async function resolveMedia(fileName: string, pkg: Pick<AnkiPackage, 'media'>, notes: readonly AnkiNote[], problems: ImportProblem[], warnings: ImportProblem[], slicer: TimeSlicer) {
  const bySrc = new Map<string, { ref: string }>();
  const files = new Map<string, DraftMedia>();
  const usedBy = new Map<string, number>();
  for (const [i, note] of notes.entries()) {
    if (i % 1000 === 0) await slicer.tick();
    for (const field of note.fields) {
      for (const m of field.matchAll(IMG_SRC)) {
        const src = decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
        if (src && !usedBy.has(src)) usedBy.set(src, note.id);
      }
    }
  }
  let missing = 0;
  let notImages = 0;
  for (const [src, noteId] of usedBy) {
    const name = pkg.media.has(src) ? src : safeDecodeUri(src);
    const entry = pkg.media.get(name);
    if (!entry) {
      missing += 1;
      continue;
    }
    const mediaType = imageTypeOf(name);
    if (!mediaType) {
      notImages += 1;
      continue;
    }
    const place = `media file ${entry.zipName} (${name}), shown by note ${noteId}`;
    if (entry.sizeBytes > MAX_MEDIA_BYTES) {
      problems.push({ place, message: `The image is ${(entry.sizeBytes / 1024 / 1024).toFixed(1)} MB; an image on a card can be at most ${MAX_MEDIA_BYTES / 1024 / 1024} MB` });
      continue;
    }
    let read: MediaBytes;
    try {
      read = await entry.read();
    } catch (error) {
      problems.push({ place, message: error instanceof ImportFileError ? error.message : 'The file cannot be read' });
      continue;
    }
    const { bytes, sha256 } = read;
    files.set(sha256, { sha256, fileName: name, mediaType, bytes });
    bySrc.set(src, { ref: `media:${sha256}` });
    await slicer.tick();
  }
  if (missing > 0) warnings.push({ place: fileName, message: `${missing} images the notes show are not in the package; they are left out` });
  if (notImages > 0) warnings.push({ place: fileName, message: `${notImages} media files that are not images are left out` });
  return { bySrc, files };
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
