import { MAX_MEDIA_BYTES } from '../../../../../shared/schemas/flashcards/limits';
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNoteType, AnkiReview } from './ankiCollection';
import type { AnkiFormat, PackageMedia } from './ankiPackage';
import type { CsvTable } from './csvTable';
import type { ImportFile } from './importFile';
import { imageTypeOf } from './importDraft';
import { ImportFileError } from './timeSlicer';

/**
 * How a read import file crosses from the import worker thread to the core's thread: as a
 * series of small messages, each answered with "next" before the following one is sent. Every
 * message is deserialized on the core's thread in one go, so a page is kept small (a few
 * hundred notes, or one image whose bytes are transferred, not copied) and the core gets a turn
 * between pages — one large message would block it for as long as the worker saved.
 */

export type ImportFileMessage =
  | { type: 'csv'; fileName: string; table: Omit<CsvTable, 'rows'> }
  | { type: 'csv-rows'; rows: CsvTable['rows'] }
  | { type: 'anki'; fileName: string; format: AnkiFormat; schema: number; createdSecs: number; noteTypes: AnkiNoteType[]; decks: [string, string][] }
  | { type: 'notes'; rows: AnkiNote[] }
  | { type: 'cards'; rows: AnkiCard[] }
  | { type: 'reviews'; rows: AnkiReview[] }
  | { type: 'media'; name: string; zipName: string; sizeBytes: number; bytes: Uint8Array | null; sha256: string | null; problem: { place: string; message: string } | null }
  | { type: 'done' };

/** What the worker says when the file cannot be read (an ImportFileError), or reading itself failed. */
export type ImportWorkerFailure = { type: 'failed'; place: string; message: string } | { type: 'crashed'; message: string };

/** Rows per page, and the text a page may hold at most, whichever comes first. */
const PAGE_ROWS = { notes: 400, cards: 2000, reviews: 4000, 'csv-rows': 1000 } as const;
const PAGE_CHARS = 512 * 1024;

export interface OutgoingMessage {
  message: ImportFileMessage;
  /** Buffers moved to the receiving thread rather than copied. */
  transfer: ArrayBuffer[];
}

/** The messages that carry `file`, in order, ending with `done` (worker side). */
export async function* messagesOf(file: ImportFile): AsyncGenerator<OutgoingMessage> {
  if (file.kind === 'csv') {
    const { rows, ...table } = file.table;
    yield plain({ type: 'csv', fileName: file.fileName, table });
    for (const page of pages(rows, PAGE_ROWS['csv-rows'], (r) => r.cells.reduce((s, c) => s + c.length, 0))) yield plain({ type: 'csv-rows', rows: page });
  } else {
    const col = file.collection;
    yield plain({ type: 'anki', fileName: file.fileName, format: file.format, schema: col.schema, createdSecs: col.createdSecs, noteTypes: [...col.noteTypes.values()], decks: [...col.decks] });
    for (const page of pages(col.notes, PAGE_ROWS.notes, (n) => n.fields.reduce((s, f) => s + f.length, 0))) yield plain({ type: 'notes', rows: page });
    for (const page of pages(col.cards, PAGE_ROWS.cards, (c) => c.data.length)) yield plain({ type: 'cards', rows: page });
    for (const page of pages([...col.reviews.values()].flat(), PAGE_ROWS.reviews, () => 0)) yield plain({ type: 'reviews', rows: page });
    for (const [name, media] of file.media) yield await mediaMessage(name, media);
  }
  yield plain({ type: 'done' });
}

function plain(message: ImportFileMessage): OutgoingMessage {
  return { message, transfer: [] };
}

function* pages<T>(rows: readonly T[], maxRows: number, charsOf: (row: T) => number): Generator<T[]> {
  let page: T[] = [];
  let chars = 0;
  for (const row of rows) {
    page.push(row);
    chars += charsOf(row);
    if (page.length >= maxRows || chars >= PAGE_CHARS) {
      yield page;
      page = [];
      chars = 0;
    }
  }
  if (page.length > 0) yield page;
}

/**
 * One media file. Only images a card could show are unpacked here (the draft leaves out other
 * files and refuses images over the limit by their stored size before reading them), so the
 * worker does the Zstandard decoding and hashing, and the bytes travel once.
 */
async function mediaMessage(name: string, media: PackageMedia): Promise<OutgoingMessage> {
  const base = { type: 'media' as const, name, zipName: media.zipName, sizeBytes: media.sizeBytes };
  if (!imageTypeOf(name) || media.sizeBytes > MAX_MEDIA_BYTES) return plain({ ...base, bytes: null, sha256: null, problem: null });
  try {
    const { bytes, sha256 } = await media.read();
    // Only a whole ArrayBuffer can be transferred; a view into a larger one is copied first.
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
    return { message: { ...base, bytes: owned, sha256, problem: null }, transfer: [owned.buffer as ArrayBuffer] };
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    return plain({ ...base, bytes: null, sha256: null, problem: { place: error.place, message: error.message } });
  }
}

/** Puts the file back together from its messages (the core's side); each step is short. */
export class ImportFileAssembler {
  #csv: { fileName: string; table: Omit<CsvTable, 'rows'>; rows: CsvTable['rows'] } | null = null;
  #anki: { fileName: string; format: AnkiFormat; media: Map<string, PackageMedia>; collection: AnkiCollection } | null = null;
  #done = false;

  /** Takes one message; true once the file is complete. */
  accept(message: ImportFileMessage): boolean {
    switch (message.type) {
      case 'csv':
        this.#csv = { fileName: message.fileName, table: message.table, rows: [] };
        break;
      case 'csv-rows':
        this.#requireCsv().rows.push(...message.rows);
        break;
      case 'anki':
        this.#anki = {
          fileName: message.fileName,
          format: message.format,
          media: new Map(),
          collection: {
            schema: message.schema,
            createdSecs: message.createdSecs,
            noteTypes: new Map(message.noteTypes.map((t) => [t.id, t])),
            decks: new Map(message.decks),
            notes: [],
            cards: [],
            reviews: new Map(),
          },
        };
        break;
      case 'notes':
        this.#requireAnki().collection.notes.push(...message.rows);
        break;
      case 'cards':
        this.#requireAnki().collection.cards.push(...message.rows);
        break;
      case 'reviews': {
        const reviews = this.#requireAnki().collection.reviews;
        for (const review of message.rows) {
          const list = reviews.get(review.cardId);
          if (list) list.push(review);
          else reviews.set(review.cardId, [review]);
        }
        break;
      }
      case 'media': {
        const { bytes, sha256, problem } = message;
        this.#requireAnki().media.set(message.name, {
          zipName: message.zipName,
          sizeBytes: message.sizeBytes,
          read: () =>
            bytes && sha256
              ? Promise.resolve({ bytes, sha256 })
              : Promise.reject(new ImportFileError(problem?.place ?? message.name, problem?.message ?? 'The file cannot be read')),
        });
        break;
      }
      case 'done':
        this.#done = true;
        break;
    }
    return this.#done;
  }

  file(): ImportFile {
    if (!this.#done) throw new Error('The import file is not complete yet');
    if (this.#csv) return { kind: 'csv', fileName: this.#csv.fileName, table: { ...this.#csv.table, rows: this.#csv.rows } };
    if (this.#anki) return { kind: 'anki', ...this.#anki };
    throw new Error('The import worker sent no file');
  }

  #requireCsv() {
    if (!this.#csv) throw new Error('CSV rows before the CSV header message');
    return this.#csv;
  }

  #requireAnki() {
    if (!this.#anki) throw new Error('Anki rows before the collection message');
    return this.#anki;
  }
}
