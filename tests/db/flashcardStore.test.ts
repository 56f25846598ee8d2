import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../src/main/core/createCore';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT, BUILTIN_CATALOG_VERSION } from '../../src/main/core/catalog';
import { syncBuiltinCatalog } from '../../src/main/core/catalog/syncBuiltinCatalog';
import { openDatabase } from '../../src/main/core/db/connection';
import { applyMigrations } from '../../src/main/core/db/migrate';
import { MIGRATIONS } from '../../src/main/core/db/migrations';
import { callOk, testCore } from '../support/core';
import { freshDataDir } from '../support/webHost';

/** Migration 0008 and the flashcard tables: sessions survive the rebuild, the review log is append-only. */

async function reviewedCard() {
  const core = await testCore();
  const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
  await callOk(core, 'prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 60, 60] });
  const deck = await callOk(core, 'decks:create', { trackId, name: 'D' });
  const note = await callOk(core, 'cards:create', { deckId: deck.id, front: 'F', back: 'B', domainId: 'people' });
  const next = await callOk(core, 'review:get-next', { trackId });
  await callOk(core, 'review:rate', { cardId: next.card?.cardId, rating: 3, durationMs: 70_000 });
  core.close();
  const db = new Database(join(core.dataDir, DATABASE_FILE_NAME));
  db.pragma('foreign_keys = ON');
  return { db, trackId, deckId: deck.id, noteId: note.id, cardId: next.card?.cardId ?? '' };
}

describe('migration 0008', () => {
  it('keeps the study sessions of an older database and lets review minutes in', async () => {
    // A data folder from the version before flashcards holding a track and a study session.
    const current = await testCore();
    const trackId = (await callOk(current, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    current.close();
    const source = new Database(join(current.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const trackRow = source.prepare('SELECT * FROM tracks WHERE id = ?').get(trackId) as Record<string, unknown>;
    source.close();
    const dataDir = freshDataDir();
    const old = openDatabase(join(dataDir, DATABASE_FILE_NAME));
    applyMigrations(old, MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === '0008_flashcards')));
    syncBuiltinCatalog(old, { version: BUILTIN_CATALOG_VERSION, releasedAt: BUILTIN_CATALOG_RELEASED_AT, entries: BUILTIN_CATALOG });
    old.prepare(`INSERT INTO tracks (${Object.keys(trackRow).join(', ')}) VALUES (${Object.keys(trackRow).map((k) => `@${k}`).join(', ')})`).run(trackRow);
    old.prepare(
      "INSERT INTO study_sessions (id, track_id, studied_on, minutes, domain_id, notes, source, created_at, updated_at) VALUES ('session-old', ?, '2026-11-24', 45, 'process', 'before the upgrade', 'manual', '2026-11-24T18:00:00.000Z', '2026-11-24T18:00:00.000Z')",
    ).run(trackId);
    old.close();
    const session = { id: 'session-old' };

    const upgraded = await testCore({ dataDir });
    expect((await callOk(upgraded, 'sessions:list', { trackId })).sessions).toEqual([expect.objectContaining({ id: session.id, minutes: 45, source: 'manual', notes: 'before the upgrade' })]);
    upgraded.close();
    const db = new Database(join(dataDir, DATABASE_FILE_NAME));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const insert = db.prepare("INSERT INTO study_sessions (id, track_id, studied_on, minutes, source, created_at, updated_at) VALUES (?, ?, '2026-11-25', 5, ?, 'x', 'x')");
    expect(() => insert.run('s-review', trackId, 'review')).not.toThrow();
    expect(() => insert.run('s-other', trackId, 'guess')).toThrow(/CHECK constraint/);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'study_sessions'").all()).toEqual([
      { name: 'sqlite_autoindex_study_sessions_1' },
      { name: 'study_sessions_by_track_date' },
    ]);
    db.close();
  });
});

describe('the review log', () => {
  it('refuses to change or delete a row, and cards and decks are only deleted softly', async () => {
    const { db, cardId, deckId, noteId } = await reviewedCard();
    const row = db.prepare('SELECT id, rating, phase, scheduler, params_id, state_before, state_after, domain_id, duration_ms FROM flashcard_review_log').get() as Record<string, unknown>;
    expect(row).toMatchObject({ rating: 3, phase: 'new', scheduler: 'ts-fsrs v5.4.2 using FSRS-6.0', domain_id: 'people', duration_ms: 70_000 });
    expect(JSON.parse(String(row.state_before))).toMatchObject({ state: 0, reps: 0 });
    expect(JSON.parse(String(row.state_after))).toMatchObject({ state: 1, reps: 1 });
    const params = db.prepare('SELECT params FROM flashcard_scheduler_params WHERE id = ?').get(row.params_id) as { params: string };
    expect(JSON.parse(params.params)).toMatchObject({ requestRetention: 0.85, maximumInterval: 36500 });
    expect(() => db.prepare('UPDATE flashcard_review_log SET rating = 4').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM flashcard_review_log').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM flashcard_cards WHERE id = ?').run(cardId)).toThrow(/deleted softly/);
    expect(() => db.prepare('DELETE FROM flashcard_notes WHERE id = ?').run(noteId)).toThrow(/deleted softly/);
    expect(() => db.prepare('DELETE FROM flashcard_decks WHERE id = ?').run(deckId)).toThrow(/deleted softly/);
    expect((db.prepare('SELECT count(*) AS n FROM flashcard_review_log').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('goes with its track when the track is removed', async () => {
    const { db, trackId } = await reviewedCard();
    db.prepare('DELETE FROM tracks WHERE id = ?').run(trackId);
    for (const table of ['flashcard_decks', 'flashcard_notes', 'flashcard_cards', 'flashcard_review_log', 'flashcard_days', 'study_sessions']) {
      expect((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n).toBe(0);
    }
    db.close();
  });

  it('keeps an undo as a row of its own', async () => {
    const core = await testCore();
    const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' })).id;
    const deck = await callOk(core, 'decks:create', { trackId, name: 'D' });
    await callOk(core, 'cards:create', { deckId: deck.id, front: 'F', back: 'B' });
    const next = await callOk(core, 'review:get-next', { trackId });
    await callOk(core, 'review:rate', { cardId: next.card?.cardId, rating: 1, durationMs: 4000 });
    await callOk(core, 'review:undo', { trackId });
    core.close();
    const db = new Database(join(core.dataDir, DATABASE_FILE_NAME), { readonly: true });
    const rows = db.prepare('SELECT kind, rating, undoes_id IS NOT NULL AS undoes FROM flashcard_review_log ORDER BY rowid').all();
    expect(rows).toEqual([{ kind: 'review', rating: 1, undoes: 0 }, { kind: 'undo', rating: null, undoes: 1 }]);
    expect(db.prepare('SELECT state, reps FROM flashcard_cards').get()).toEqual({ state: 0, reps: 0 });
    db.close();
  });
});

describe('hot queries', () => {
  it('find the next card and the load per day through their indexes', async () => {
    const { db, trackId } = await reviewedCard();
    const plan = (sql: string, ...args: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail).join('\n');
    expect(plan("SELECT id FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND state = 2 AND due_at < ? ORDER BY due_at, id LIMIT 1", trackId, 'z')).toMatch(/USING INDEX flashcard_cards_queue/);
    expect(plan('SELECT id FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND state = 0 ORDER BY position, id LIMIT 1', trackId)).toMatch(/USING INDEX flashcard_cards_(new|queue)/);
    expect(plan('SELECT due_day, count(*) FROM flashcard_cards WHERE track_id = ? AND in_queue = 1 AND due_day BETWEEN ? AND ? AND state <> 0 GROUP BY due_day', trackId, 'a', 'z')).toMatch(/USING (COVERING )?INDEX flashcard_cards_due_day/);
    expect(plan('SELECT count(*) FROM flashcard_review_log WHERE track_id = ? AND review_day = ?', trackId, 'x')).toMatch(/flashcard_review_log_by_day/);
    db.close();
  });
});
