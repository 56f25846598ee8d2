import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import type { StoredCard } from '../../../db/repositories/flashcards/cardRepository';
import type { StoredNote } from '../../../db/repositories/flashcards/noteRepository';
import { plainText } from '../../../domain/flashcards/cardHtml';
import { State } from '../../../domain/flashcards/scheduler';
import schema11 from './ankiSchema11.sql?raw';

export interface ExportReview {
  cardId: string;
  rating: number;
  reviewedAt: string;
  durationMs: number;
  intervalBefore: number;
  intervalAfter: number;
  stateBefore: number;
}

export interface ApkgInput {
  deckName: string;
  notes: readonly StoredNote[];
  cards: readonly StoredCard[];
  reviews: readonly ExportReview[];
  /** The bytes and name of each image the cards show, by its hash. */
  media: ReadonlyMap<string, { fileName: string; bytes: Uint8Array }>;
  now: Date;
}

const BASIC_ID = 1_700_000_000_001;
const CLOZE_ID = 1_700_000_000_002;
const DECK_ID = 1_700_000_000_010;
const DAY_MS = 86_400_000;

/**
 * A deck as an Anki package in the legacy layout every Anki since 2.1 imports: `collection.anki21`
 * (schema 11, note types and decks as JSON in `col`), the media list as JSON and the images as
 * numbered files. Cards keep their schedule (new / review with interval and due day) and the
 * review log goes along, so Anki's FSRS can rebuild memory from it.
 */
export function buildApkg(input: ApkgInput): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'certplan-export-'));
  const file = join(dir, 'collection.anki21');
  try {
    const db = new Database(file);
    try {
      writeCollection(db, input);
    } finally {
      db.close();
    }
    const mediaFiles = mediaNames(input.media);
    const zip: Record<string, Uint8Array> = { 'collection.anki21': readFileSync(file) };
    const list: Record<string, string> = {};
    [...mediaFiles.entries()].forEach(([sha, name], i) => {
      const media = input.media.get(sha);
      if (!media) return;
      zip[String(i)] = media.bytes;
      list[String(i)] = name;
    });
    zip.media = new TextEncoder().encode(JSON.stringify(list));
    return zipSync(zip, { level: 6 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A file name per image, unique inside the package. */
function mediaNames(media: ApkgInput['media']): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const [sha, m] of media) {
    const name = used.has(m.fileName) ? `${sha.slice(0, 8)}-${m.fileName}` : m.fileName;
    used.add(name);
    names.set(sha, name);
  }
  return names;
}

function writeCollection(db: Database.Database, input: ApkgInput): void {
  db.exec(schema11);
  const nowMs = input.now.getTime();
  const nowSecs = Math.floor(nowMs / 1000);
  const dayStart = new Date(input.now);
  dayStart.setHours(0, 0, 0, 0);
  const crtSecs = Math.floor(dayStart.getTime() / 1000);
  const names = mediaNames(input.media);
  const toAnkiHtml = (html: string) => html.replace(/src="media:([0-9a-f]{64})"/g, (_m, sha: string) => `src="${escapeAttr(names.get(sha) ?? '')}"`);
  db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
    crtSecs,
    nowMs,
    nowMs,
    JSON.stringify({ curDeck: DECK_ID, activeDecks: [DECK_ID], newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true, curModel: BASIC_ID, nextPos: 1, sortType: 'noteFld', sortBackwards: false, addToCur: true, schedVer: 2 }),
    JSON.stringify({ [BASIC_ID]: noteType(BASIC_ID, 'Basic (Certplan)', 0, nowSecs), [CLOZE_ID]: noteType(CLOZE_ID, 'Cloze (Certplan)', 1, nowSecs) }),
    JSON.stringify({ 1: deck(1, 'Default', nowSecs), [DECK_ID]: deck(DECK_ID, input.deckName, nowSecs) }),
    JSON.stringify({ 1: deckConfig(nowSecs) }),
    '{}',
  );
  const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
  const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)');
  const insertReview = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
  const noteIds = new Map<string, number>();
  const cardIds = new Map<string, number>();
  let nextId = nowMs;
  db.transaction(() => {
    for (const note of input.notes) {
      const id = nextId++;
      noteIds.set(note.id, id);
      const front = toAnkiHtml(note.front);
      const sort = plainText(note.front);
      const tags = note.tags.length ? ` ${note.tags.join(' ')} ` : '';
      insertNote.run(id, guid(), note.kind === 'cloze' ? CLOZE_ID : BASIC_ID, nowSecs, tags, `${front}\x1f${toAnkiHtml(note.back)}`, sort, checksum(sort), '');
    }
    let position = 1;
    for (const card of input.cards) {
      const nid = noteIds.get(card.noteId);
      if (nid === undefined) continue;
      const id = nextId++;
      cardIds.set(card.id, id);
      const note = input.notes.find((n) => n.id === card.noteId);
      const ord = note?.kind === 'cloze' ? Math.max(0, card.ord - 1) : 0;
      const review = card.state === State.Review;
      const dueDays = Math.round((new Date(`${card.dueDay}T00:00:00`).getTime() - dayStart.getTime()) / DAY_MS);
      const type = review ? 2 : 0;
      const queue = card.suspended ? -1 : type;
      const due = review ? Math.max(0, dueDays) : position++;
      insertCard.run(id, nid, DECK_ID, ord, nowSecs, type, queue, due, review ? Math.max(1, card.scheduledDays) : 0, review ? 2500 : 0, card.reps, card.lapses, '{}');
    }
    const usedIds = new Set<number>();
    for (const r of input.reviews) {
      const cid = cardIds.get(r.cardId);
      if (cid === undefined) continue;
      let id = new Date(r.reviewedAt).getTime();
      while (usedIds.has(id)) id += 1;
      usedIds.add(id);
      // Anki's revlog types: 0 learning, 1 review, 2 relearning.
      const type = r.stateBefore === State.Review ? 1 : r.stateBefore === State.Relearning ? 2 : 0;
      insertReview.run(id, cid, r.rating, r.intervalAfter, r.intervalBefore, 2500, Math.min(60_000, r.durationMs), type);
    }
  })();
}

function noteType(id: number, name: string, type: 0 | 1, mod: number) {
  const fields = (type === 1 ? ['Text', 'Back Extra'] : ['Front', 'Back']).map((f, ord) => ({ name: f, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] }));
  const template =
    type === 1
      ? { name: 'Cloze', ord: 0, qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}', bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }
      : { name: 'Card 1', ord: 0, qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 };
  return {
    id,
    name,
    type,
    mod,
    usn: -1,
    sortf: 0,
    did: DECK_ID,
    tmpls: [template],
    flds: fields,
    css: '.card { font-family: arial; font-size: 20px; text-align: center; }\n.cloze { font-weight: bold; color: blue; }',
    latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

function deck(id: number, name: string, mod: number) {
  return {
    id,
    name,
    mod,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: id === 1 ? '' : 'Exported from Certplan',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

function deckConfig(mod: number) {
  return {
    id: 1,
    name: 'Default',
    mod,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
  };
}

/** Anki's note guid: random, short, unique enough across collections. */
function guid(): string {
  return randomBytes(8).toString('base64').replace(/[+/=]/g, '').slice(0, 10);
}

/** Anki's duplicate check: the first 8 hex digits of the SHA-1 of the first field's text. */
function checksum(text: string): number {
  return Number.parseInt(createHash('sha1').update(text).digest('hex').slice(0, 8), 16);
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
