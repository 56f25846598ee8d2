import type { ExportedFile } from '../../../../../shared/schemas/flashcards/decks';
import type { CardRepository } from '../../../db/repositories/flashcards/cardRepository';
import type { NoteRepository } from '../../../db/repositories/flashcards/noteRepository';
import type { ReviewLogRepository } from '../../../db/repositories/flashcards/reviewLogRepository';
import { localDateOf } from '../../../clock';
import { mediaHashesIn } from '../../../domain/flashcards/cardHtml';
import { domainNameOf } from '../../trackDomains';
import type { TrackService } from '../../trackService';
import { parseStateJson } from '../cardState';
import type { DeckService } from '../deckService';
import type { FlashcardMediaStore } from '../mediaStore';
import { buildApkg } from './apkgExport';
import { renderDeckCsv } from './csvExport';

/** A deck written out as CSV or as an Anki package. */
export class DeckExportService {
  constructor(
    private readonly decks: DeckService,
    private readonly notes: NoteRepository,
    private readonly cards: CardRepository,
    private readonly log: ReviewLogRepository,
    private readonly media: FlashcardMediaStore,
    private readonly tracks: TrackService,
    private readonly now: () => Date,
  ) {}

  export(deckId: string, format: 'csv' | 'apkg'): ExportedFile {
    const deck = this.decks.require(deckId);
    const track = this.tracks.get(deck.trackId);
    const notes = this.notes.forDeck(deck.id);
    const base = `${track.acronym}-${deck.name}`.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/-+/g, '-').slice(0, 80);
    const day = localDateOf(this.now());
    if (format === 'csv') {
      const csv = renderDeckCsv(notes, (id) => domainNameOf(track, id));
      return { fileName: `${base}-${day}.csv`, mediaType: 'text/csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') };
    }
    const live = new Set(notes.map((n) => n.id));
    const cards = this.cards.forDeck(deck.id).filter((c) => live.has(c.noteId));
    const media = new Map<string, { fileName: string; bytes: Uint8Array }>();
    for (const note of notes) {
      for (const sha of [...mediaHashesIn(note.front), ...mediaHashesIn(note.back)]) {
        if (media.has(sha) || !this.media.has(sha)) continue;
        const m = this.media.get(sha);
        media.set(sha, { fileName: m.fileName, bytes: Buffer.from(m.contentBase64, 'base64') });
      }
    }
    const reviews = this.log.forDeck(deck.id).map((r) => {
      const before = parseStateJson(r.state_before);
      const after = parseStateJson(r.state_after);
      return { cardId: r.card_id, rating: r.rating, reviewedAt: r.reviewed_at, durationMs: r.duration_ms, intervalBefore: before.scheduledDays, intervalAfter: after.scheduledDays, stateBefore: before.state };
    });
    const bytes = buildApkg({ deckName: deck.name, notes, cards, reviews, media, now: this.now() });
    return { fileName: `${base}-${day}.apkg`, mediaType: 'application/octet-stream', contentBase64: Buffer.from(bytes).toString('base64') };
  }
}
