import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zstdCompressSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';

/**
 * Anki packages built in the test from Anki's documented layout (rslib/src/storage: schema11.sql
 * and the schema 14/15/18 upgrades; proto/anki/import_export.proto), in each of the three forms:
 * `collection.anki2` (legacy), `collection.anki21` (2.1, JSON note types) and
 * `collection.anki21b` (23.10+: schema 18 with COLLATE unicase tables, zstd, protobuf media
 * list). Written independently of Certplan's own export code.
 */

export type AnkiFormat = 'anki2' | 'anki21' | 'anki21b';

export interface TestNote {
  id: number;
  kind?: 'basic' | 'cloze';
  fields: string[];
  tags?: string[];
  deck?: string;
  /** Reviews of the note's first card (ease 1–4, type 0 learn / 1 review / 2 relearn). */
  reviews?: { at: string; ease: number; timeMs?: number; type?: number }[];
  suspended?: boolean;
  /** Extra card ords beyond the first (e.g. 1 for a reversed card). */
  extraOrds?: number[];
}

export interface PackageOptions {
  notes: readonly TestNote[];
  media?: Record<string, Uint8Array>;
  /** The `ver` written into `col` (11 for anki2/anki21, 18 for anki21b unless changed). */
  schema?: number;
  /** Replace the zstd collection with bytes that do not decode. */
  brokenZstd?: boolean;
  omitCollection?: boolean;
}

const BASIC_ID = 1342697561419;
const CLOZE_ID = 1342697561420;
const DEFAULT_DECK = 1;
const CRT = Math.floor(new Date('2026-01-01T04:00:00Z').getTime() / 1000);

export function buildAnkiPackage(format: AnkiFormat, options: PackageOptions): Uint8Array {
  const media = options.media ?? {};
  const names = Object.keys(media);
  const files: Record<string, Uint8Array> = {};
  if (format === 'anki21b') {
    const collection = collectionBytes(18, options);
    if (!options.omitCollection) files['collection.anki21b'] = options.brokenZstd ? Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3, 4, 5]) : zstd(collection);
    // New exports also carry a legacy stub for old Anki versions.
    files['collection.anki2'] = collectionBytes(11, { notes: [{ id: 1, fields: ['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', ''] }] });
    files.meta = Uint8Array.from([0x08, 0x03]);
    files.media = zstd(mediaEntries(names.map((n) => ({ name: n, bytes: media[n] as Uint8Array }))));
    names.forEach((n, i) => {
      files[String(i)] = zstd(media[n] as Uint8Array);
    });
  } else {
    if (!options.omitCollection) files[format === 'anki21' ? 'collection.anki21' : 'collection.anki2'] = collectionBytes(options.schema ?? 11, options);
    files.media = new TextEncoder().encode(JSON.stringify(Object.fromEntries(names.map((n, i) => [String(i), n]))));
    names.forEach((n, i) => {
      files[String(i)] = media[n] as Uint8Array;
    });
  }
  return zipSync(files);
}

function zstd(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(zstdCompressSync(bytes));
}

/** The SQLite collection alone (schema 11, or 18 with Anki's unicase declarations). */
export function collectionBytes(schema: number, options: PackageOptions): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'test-anki-'));
  const file = join(dir, 'collection');
  try {
    const db = new Database(file);
    const modern = (options.schema ?? schema) >= 15 && schema >= 15;
    db.exec(SCHEMA11);
    const decks = new Map<string, number>([['Default', DEFAULT_DECK]]);
    for (const n of options.notes) if (n.deck && !decks.has(n.deck)) decks.set(n.deck, 1_700_000_000_000 + decks.size);
    const models = modern ? '{}' : JSON.stringify({ [BASIC_ID]: legacyModel(BASIC_ID, 'Basic', 0, ['Front', 'Back']), [CLOZE_ID]: legacyModel(CLOZE_ID, 'Cloze', 1, ['Text', 'Back Extra']) });
    const deckJson = modern ? '{}' : JSON.stringify(Object.fromEntries([...decks].map(([name, id]) => [id, { id, name, conf: 1, dyn: 0 }])));
    db.prepare('INSERT INTO col VALUES (1, ?, 0, 0, ?, 0, 0, 0, ?, ?, ?, ?, ?)').run(CRT, options.schema ?? schema, '{}', models, deckJson, '{}', '{}');
    if (modern) {
      db.exec(SCHEMA18_TABLES);
      const nt = db.prepare('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)');
      nt.run(BASIC_ID, 'Basic', new Uint8Array(0));
      nt.run(CLOZE_ID, 'Cloze', Uint8Array.from([0x08, 0x01]));
      const field = db.prepare('INSERT INTO fields VALUES (?, ?, ?, ?)');
      ['Front', 'Back'].forEach((f, i) => field.run(BASIC_ID, i, f, new Uint8Array(0)));
      ['Text', 'Back Extra'].forEach((f, i) => field.run(CLOZE_ID, i, f, new Uint8Array(0)));
      const template = db.prepare('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)');
      template.run(BASIC_ID, 0, 'Card 1', new Uint8Array(0));
      template.run(CLOZE_ID, 0, 'Cloze', new Uint8Array(0));
      const deck = db.prepare('INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)');
      for (const [name, id] of decks) deck.run(id, name.split('::').join('\x1f'), new Uint8Array(0), new Uint8Array(0));
      db.prepare('INSERT INTO tags VALUES (?, 0, 0, NULL)').run('leech');
    }
    const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, ?)');
    const card = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, 0, -1, ?, ?, ?, ?, 2500, ?, ?, 0, 0, 0, 0, ?)');
    const review = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, 1, 0, 2500, ?, ?)');
    let cardId = 1_600_000_000_000;
    db.transaction(() => {
      for (const n of options.notes) {
        const kind = n.kind ?? 'basic';
        note.run(n.id, `guid${n.id}`, kind === 'cloze' ? CLOZE_ID : BASIC_ID, n.tags?.length ? ` ${n.tags.join(' ')} ` : '', n.fields.join('\x1f'), n.fields[0] ?? '', '');
        const ords = kind === 'cloze' ? [...new Set([...(n.fields[0] ?? '').matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1))] : [0, ...(n.extraOrds ?? [])];
        const did = decks.get(n.deck ?? 'Default') ?? DEFAULT_DECK;
        ords.forEach((ord, i) => {
          const id = cardId++;
          const reviewed = i === 0 && (n.reviews?.length ?? 0) > 0;
          const queue = n.suspended ? -1 : reviewed ? 2 : 0;
          card.run(id, n.id, did, ord, reviewed ? 2 : 0, queue, reviewed ? 340 : n.id % 1000, reviewed ? 10 : 0, n.reviews?.length ?? 0, 0, '');
          if (i === 0) for (const r of n.reviews ?? []) review.run(new Date(r.at).getTime(), id, r.ease, r.timeMs ?? 8000, r.type ?? 1);
        });
      }
    })();
    db.close();
    if (modern) declareUnicase(file);
    return new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What Anki's own files look like: the name columns collate with Anki's `unicase`. */
function declareUnicase(file: string): void {
  const db = new Database(file);
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  const rows = db.prepare("SELECT rowid AS id, sql FROM sqlite_master WHERE sql LIKE '%COLLATE NOCASE%'").all() as { id: number; sql: string }[];
  for (const r of rows) db.prepare('UPDATE sqlite_master SET sql = ? WHERE rowid = ?').run(r.sql.replace(/COLLATE NOCASE/g, 'COLLATE unicase'), r.id);
  db.pragma('writable_schema = OFF');
  db.close();
}

function legacyModel(id: number, name: string, type: number, fields: string[]) {
  return { id, name, type, flds: fields.map((f, ord) => ({ name: f, ord })), tmpls: [{ name: 'Card 1', ord: 0, qfmt: `{{${fields[0]}}}`, afmt: '' }] };
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}

/** MediaEntries { repeated MediaEntry entries = 1 } with MediaEntry { name = 1; size = 2; sha1 = 3 }. */
function mediaEntries(entries: { name: string; bytes: Uint8Array }[]): Uint8Array {
  const out: number[] = [];
  for (const e of entries) {
    const name = [...new TextEncoder().encode(e.name)];
    const sha1 = [...createHash('sha1').update(e.bytes).digest()];
    const body = [0x0a, ...varint(name.length), ...name, 0x10, ...varint(e.bytes.length), 0x1a, ...varint(sha1.length), ...sha1];
    out.push(0x0a, ...varint(body.length), ...body);
  }
  return Uint8Array.from(out);
}

const SCHEMA11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_revlog_cid ON revlog (cid);`;

// Declared NOCASE here and rewritten to Anki's unicase afterwards (better-sqlite3 cannot create them as such).
const SCHEMA18_TABLES = `
CREATE TABLE deck_config (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE NOCASE, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE TABLE config (KEY text NOT NULL PRIMARY KEY, usn integer NOT NULL, mtime_secs integer NOT NULL, val blob NOT NULL) without rowid;
CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE NOCASE, usn integer NOT NULL, collapsed boolean NOT NULL, config blob NULL) without rowid;
CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE NOCASE, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE NOCASE, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE NOCASE, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE NOCASE, mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);`;

/** Whether a query on the package's fields table fails as it does on Anki's own files (no `unicase`). */
export function fieldsTableUnreadable(collection: Uint8Array): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'test-anki-'));
  try {
    const file = join(dir, 'c');
    writeFileSync(file, collection);
    const db = new Database(file, { readonly: true });
    try {
      db.prepare('SELECT name FROM fields').all();
      return false;
    } catch (error) {
      return /no query solution|no such collation/.test(String(error));
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const TINY_PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
