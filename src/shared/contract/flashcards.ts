import { z } from 'zod';
import { CardCreateInputSchema, CardListInputSchema, CardListSchema, CardSchema, CardUpdateInputSchema, MediaAddInputSchema, MediaSchema, MediaWithContentSchema, Sha256Schema } from '../schemas/flashcards/cards';
import { DeckCreateInputSchema, DeckExportInputSchema, DeckSchema, DeckUpdateInputSchema, ExportedFileSchema } from '../schemas/flashcards/decks';
import { ImportOptionsSchema, ImportPreviewSchema, ImportResultSchema, ImportRunInputSchema } from '../schemas/flashcards/imports';
import { ReviewPlanSchema } from '../schemas/flashcards/plan';
import { ReviewNextInputSchema, ReviewNextSchema, ReviewRateInputSchema, ReviewRateSchema, ReviewUndoSchema } from '../schemas/flashcards/review';
import { AfterExamInputSchema, FlashcardSettingsSchema, FlashcardSettingsUpdateSchema } from '../schemas/flashcards/settings';
import { FlashcardStatsSchema, RetentionSchema } from '../schemas/flashcards/stats';
import { IdInputSchema, RecordIdSchema } from '../schemas/ids';
import { defineMethods } from './define';

const TrackInput = z.strictObject({ trackId: RecordIdSchema });

/** Flashcards (issue 13): decks, cards, review on FSRS with exam-date mode, import and export. */
export const flashcardMethods = defineMethods({
  'decks:list': {
    input: TrackInput.extend({ includeArchived: z.boolean().default(true) }),
    output: z.array(DeckSchema),
    summary: 'The track’s decks with their card counts and what is due today',
  },
  'decks:create': { input: DeckCreateInputSchema, output: DeckSchema, summary: 'Create a deck for a track' },
  'decks:update': { input: DeckUpdateInputSchema, output: DeckSchema, summary: 'Rename a deck, change its description, archive or reactivate it' },
  'decks:remove': {
    input: IdInputSchema,
    output: z.object({ id: z.string() }),
    summary: 'Delete a deck and its cards (kept for undo with decks:restore; their review history stays)',
  },
  'decks:restore': { input: IdInputSchema, output: DeckSchema, summary: 'Bring back a deleted deck and its cards' },
  'decks:export': { input: DeckExportInputSchema, output: ExportedFileSchema, summary: 'A deck as CSV (front, back, domain, tags) or as an .apkg Anki opens' },

  'cards:list': { input: CardListInputSchema, output: CardListSchema, summary: 'Search a track’s cards by text, deck, domain and state, a page at a time' },
  'cards:get': { input: IdInputSchema, output: CardSchema, summary: 'One card (note) with its text, domain, tags and state' },
  'cards:create': { input: CardCreateInputSchema, output: CardSchema, summary: 'Add a basic or cloze card to a deck' },
  'cards:update': { input: CardUpdateInputSchema, output: CardSchema, summary: 'Edit a card’s text, kind, deck, domain or tags, or suspend it' },
  'cards:remove': { input: IdInputSchema, output: z.object({ id: z.string() }), summary: 'Delete a card (kept for undo with cards:restore)' },
  'cards:restore': { input: IdInputSchema, output: CardSchema, summary: 'Bring back a deleted card' },
  'cards:add-media': { input: MediaAddInputSchema, output: MediaSchema, summary: 'Store an image for cards (kept once under its content hash)' },
  'cards:get-media': { input: z.strictObject({ sha256: Sha256Schema }), output: MediaWithContentSchema, summary: 'An image a card shows' },

  'review:get-next': { input: ReviewNextInputSchema, output: ReviewNextSchema, summary: 'The next card to review today, or why there is none (budget used, nothing left)' },
  'review:rate': { input: ReviewRateInputSchema, output: ReviewRateSchema, summary: 'Rate a card 1–4; appends to the review log and schedules it with FSRS' },
  'review:undo': { input: TrackInput, output: ReviewUndoSchema, summary: 'Take back today’s latest rating (logged as an undo, never erased)' },

  'flashcards:get-settings': { input: TrackInput, output: FlashcardSettingsSchema, summary: 'How the track’s flashcards are scheduled (exam-date mode, budget share, retention ramp)' },
  'flashcards:update-settings': { input: FlashcardSettingsUpdateSchema, output: FlashcardSettingsSchema, summary: 'Change how the track’s flashcards are scheduled' },
  'flashcards:get-plan': { input: TrackInput, output: ReviewPlanSchema, summary: 'Today’s review budget and the days to the exam: final pass, load, and whether the cards fit' },
  'flashcards:get-stats': { input: TrackInput, output: FlashcardStatsSchema, summary: 'Due forecast for 30 days against the budget, retention by domain, review heatmap and streak' },
  'flashcards:get-retention': { input: TrackInput, output: RetentionSchema, summary: 'Recall rate by exam domain from the review log (shown beside practice scores)' },
  'flashcards:after-exam': {
    input: AfterExamInputSchema,
    output: FlashcardSettingsSchema,
    summary: 'After the exam: keep the decks in maintenance, or archive them',
  },
  'flashcards:preview-import': { input: ImportOptionsSchema, output: ImportPreviewSchema, summary: 'Read an uploaded .apkg or CSV/TSV: what would be imported and every problem with its place' },
  'flashcards:import': { input: ImportRunInputSchema, output: ImportResultSchema, summary: 'Import an uploaded file into a deck: everything or nothing' },
});
