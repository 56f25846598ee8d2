import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MAX_IMPORT_NOTES } from '../../../../../shared/schemas/flashcards/limits';
import { decodeNotetypeKind } from './ankiProtobuf';
import { ImportFileError, type TimeSlicer } from './timeSlicer';

/**
 * Reads an Anki collection (SQLite) from a temporary file with better-sqlite3: note types and
 * their fields, decks, notes, cards and the review log, in keyset-paged chunks so no single step
 * runs long. Schema 11 (Anki 2.0–2.1.27, and "support older versions" exports) keeps note types
 * and decks as JSON in `col`; schemas 14–18 keep them in tables.
 *
 * Those tables declare text columns `COLLATE unicase`, a collation only Anki defines: SQLite then
 * refuses every query on the WITHOUT ROWID ones (`fields`, `templates`, `tags`) with "no query
 * solution", and better-sqlite3 cannot register a collation. The file is Certplan's own
 * throwaway copy, so before opening it read-only the importer rewrites those declarations to
 * NOCASE (`writable_schema`), which only changes how names compare; the rows are only scanned.
 * The package itself is never changed.
 */

export const KNOWN_SCHEMAS = { min: 11, max: 18 } as const;
const PAGE = 1000;

export interface AnkiNoteType {
  id: string;
  name: string;
  kind: 'basic' | 'cloze';
  fields: string[];
}

export interface AnkiNote {
  id: number;
  guid: string;
  noteTypeId: string;
  tags: string[];
  fields: string[];
}

export interface AnkiCard {
  id: number;
  noteId: number;
  deckId: string;
  ord: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  reps: number;
  lapses: number;
  data: string;
}

export interface AnkiReview {
  /** Milliseconds since 1970: when the review happened. */
  id: number;
  cardId: number;
  ease: number;
  timeMs: number;
  type: number;
}

export interface AnkiCollection {
  schema: number;
  /** The collection's creation day (seconds since 1970); review cards' `due` counts days from it. */
  createdSecs: number;
  noteTypes: Map<string, AnkiNoteType>;
  decks: Map<string, string>;
  notes: AnkiNote[];
  cards: AnkiCard[];
  reviews: Map<number, AnkiReview[]>;
}

const SQLITE_HEADER = 'SQLite format 3\0';

export async function readAnkiCollection(place: string, bytes: Uint8Array, slicer: TimeSlicer): Promise<AnkiCollection> {
  if (new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_HEADER) throw new ImportFileError(place, 'The collection is not an SQLite database');
  const dir = mkdtempSync(join(tmpdir(), 'certplan-anki-'));
  const file = join(dir, 'collection.sqlite');
  try {
    await writeFile(file, bytes, { mode: 0o600 });
    defineUnicaseAway(place, file);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return await readOpen(place, db, slicer);
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(place, `The collection cannot be read (${reason})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function defineUnicaseAway(place: string, file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    const uses = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE sql LIKE '%unicase%'").get() as { n: number };
    if (uses.n === 0) return;
    // Schema edits need SQLite's defensive mode off; this connection touches only the copy.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    const rows = db.prepare("SELECT rowid AS id, sql FROM sqlite_master WHERE sql LIKE '%unicase%'").all() as { id: number; sql: string }[];
    const update = db.prepare('UPDATE sqlite_master SET sql = ? WHERE rowid = ?');
    for (const row of rows) update.run(row.sql.replace(/collate\s+unicase/gi, 'COLLATE NOCASE'), row.id);
    db.pragma('writable_schema = OFF');
  } catch (error) {
    throw new ImportFileError(place, `The collection cannot be prepared for reading (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db.close();
  }
}

async function readOpen(place: string, db: Database.Database, slicer: TimeSlicer): Promise<AnkiCollection> {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  if (!tables.has('col') || !tables.has('notes') || !tables.has('cards')) throw new ImportFileError(place, 'This SQLite file is not an Anki collection (no col, notes or cards table)');
  const col = db.prepare('SELECT ver, crt, models, decks FROM col LIMIT 1').get() as { ver: number; crt: number; models: string; decks: string } | undefined;
  if (!col) throw new ImportFileError(place, 'The collection has no header row (col)');
  if (col.ver < KNOWN_SCHEMAS.min || col.ver > KNOWN_SCHEMAS.max) {
    throw new ImportFileError(
      place,
      `The collection uses Anki schema ${col.ver}, which Certplan does not know (it reads ${KNOWN_SCHEMAS.min} to ${KNOWN_SCHEMAS.max}); export it again from Anki with “Support older Anki versions” ticked`,
    );
  }
  const noteCount = (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
  if (noteCount > MAX_IMPORT_NOTES) {
    throw new ImportFileError(place, `The collection holds ${noteCount.toLocaleString('en')} notes; Certplan imports at most ${MAX_IMPORT_NOTES.toLocaleString('en')} at once`);
  }
  const noteTypes = tables.has('notetypes') && tables.has('fields') ? noteTypesFromTables(db) : noteTypesFromJson(place, col.models);
  const decks = tables.has('decks') ? decksFromTable(db) : decksFromJson(place, col.decks);

  const notes: AnkiNote[] = [];
  const notePage = db.prepare('SELECT id, guid, mid, tags, flds FROM notes WHERE id > ? ORDER BY id LIMIT ?');
  for (let after = Number.MIN_SAFE_INTEGER; ; ) {
    const rows = notePage.all(after, PAGE) as { id: number; guid: string; mid: number; tags: string; flds: string }[];
    for (const r of rows) notes.push({ id: r.id, guid: r.guid, noteTypeId: String(r.mid), tags: r.tags.trim().split(/\s+/).filter(Boolean), fields: r.flds.split('\x1f') });
    if (rows.length < PAGE) break;
    after = rows.at(-1)?.id ?? after;
    await slicer.tick();
  }

  const cards: AnkiCard[] = [];
  const cardPage = db.prepare('SELECT id, nid, did, ord, type, queue, due, ivl, reps, lapses, data FROM cards WHERE id > ? ORDER BY id LIMIT ?');
  for (let after = Number.MIN_SAFE_INTEGER; ; ) {
    const rows = cardPage.all(after, PAGE) as { id: number; nid: number; did: number; ord: number; type: number; queue: number; due: number; ivl: number; reps: number; lapses: number; data: string }[];
    for (const r of rows) cards.push({ id: r.id, noteId: r.nid, deckId: String(r.did), ord: r.ord, type: r.type, queue: r.queue, due: r.due, ivl: r.ivl, reps: r.reps, lapses: r.lapses, data: r.data ?? '' });
    if (rows.length < PAGE) break;
    after = rows.at(-1)?.id ?? after;
    await slicer.tick();
  }

  const reviews = new Map<number, AnkiReview[]>();
  if (tables.has('revlog')) {
    const reviewPage = db.prepare('SELECT id, cid, ease, time, type FROM revlog WHERE id > ? ORDER BY id LIMIT ?');
    for (let after = Number.MIN_SAFE_INTEGER; ; ) {
      const rows = reviewPage.all(after, PAGE * 5) as { id: number; cid: number; ease: number; time: number; type: number }[];
      for (const r of rows) {
        const list = reviews.get(r.cid) ?? [];
        list.push({ id: r.id, cardId: r.cid, ease: r.ease, timeMs: r.time, type: r.type });
        reviews.set(r.cid, list);
      }
      if (rows.length < PAGE * 5) break;
      after = rows.at(-1)?.id ?? after;
      await slicer.tick();
    }
  }
  return { schema: col.ver, createdSecs: col.crt, noteTypes, decks, notes, cards, reviews };
}

function noteTypesFromTables(db: Database.Database): Map<string, AnkiNoteType> {
  const types = new Map<string, AnkiNoteType>();
  for (const row of db.prepare('SELECT id, name, config FROM notetypes').all() as { id: number; name: string; config: Uint8Array }[]) {
    let kind: AnkiNoteType['kind'] = 'basic';
    try {
      kind = decodeNotetypeKind(row.config) === 1 ? 'cloze' : 'basic';
    } catch {
      // An unreadable config leaves the type as basic; its cards still import as front/back.
    }
    types.set(String(row.id), { id: String(row.id), name: row.name, kind, fields: [] });
  }
  for (const f of db.prepare('SELECT ntid, ord, name FROM fields ORDER BY ntid, ord').all() as { ntid: number; ord: number; name: string }[]) {
    const type = types.get(String(f.ntid));
    if (type) type.fields[f.ord] = f.name;
  }
  for (const type of types.values()) type.fields = Array.from(type.fields, (name, i) => name ?? `Field ${i + 1}`);
  return types;
}

function noteTypesFromJson(place: string, json: string): Map<string, AnkiNoteType> {
  const parsed = parseJson(place, json, 'note types') as Record<string, { name?: unknown; type?: unknown; flds?: { name?: unknown; ord?: unknown }[] }>;
  const types = new Map<string, AnkiNoteType>();
  for (const [id, m] of Object.entries(parsed)) {
    const fields = Array.isArray(m.flds) ? [...m.flds].sort((a, b) => Number(a.ord ?? 0) - Number(b.ord ?? 0)).map((f, i) => (typeof f.name === 'string' ? f.name : `Field ${i + 1}`)) : [];
    types.set(id, { id, name: typeof m.name === 'string' ? m.name : `Note type ${id}`, kind: m.type === 1 ? 'cloze' : 'basic', fields });
  }
  return types;
}

function decksFromTable(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM decks').all() as { id: number; name: string }[];
  // Schema 15+ separates deck levels with \x1f where older ones wrote "::".
  return new Map(rows.map((r) => [String(r.id), r.name.split('\x1f').join('::')]));
}

function decksFromJson(place: string, json: string): Map<string, string> {
  const parsed = parseJson(place, json, 'decks') as Record<string, { name?: unknown }>;
  return new Map(Object.entries(parsed).map(([id, d]) => [id, typeof d.name === 'string' ? d.name : `Deck ${id}`]));
}

function parseJson(place: string, json: string, what: string): object {
  try {
    const value = JSON.parse(json) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // Reported below.
  }
  throw new ImportFileError(place, `The collection’s ${what} cannot be read`);
}
