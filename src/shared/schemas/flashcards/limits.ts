/**
 * Size limits of cards and imports, in a module without zod so the import reader's worker thread
 * (core/services/flashcards/import/importWorker.ts) can use them without loading the schemas.
 */

/** The largest image a card may show. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
/** The largest file imported at once (an Anki package or a CSV). */
export const MAX_IMPORT_BYTES = 250 * 1024 * 1024;
export const MAX_IMPORT_NOTES = 100_000;
