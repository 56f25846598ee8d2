import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type WebHost, freshDataDir, startWebHost } from '../support/webHost';
import { KILLS, SEED } from './budget';
import { type FlashcardAcks, checkFlashcards, checkImportsSettled, flashcardWrite, noFlashcardAcks } from './flashcardWrites';

/**
 * kill -9 during writes, over and over: after every kill the database passes integrity_check,
 * every write the host acknowledged is there (records, evidence files with their bytes, flashcards
 * created, edited, rated and imported — an import all or nothing), and
 * the next start sweeps what the kill interrupted (half-written evidence, partial backups, the
 * stale lock and host file).
 */

interface Acknowledged {
  experience: Set<string>;
  evidence: Map<string, string>;
  flashcards: FlashcardAcks;
}

/** A small deterministic generator, so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function writeUntilKilled(host: WebHost, acknowledged: Acknowledged, round: number, next: () => number): Promise<void> {
  const writer = async (lane: number) => {
    for (let n = 0; ; n++) {
      try {
        if (lane === 2) {
          await flashcardWrite(host, acknowledged.flashcards, round, n);
        } else if (lane === 0 && n % 4 === 3) {
          const bytes = Buffer.from(`evidence ${round}.${n} ${'x'.repeat(Math.floor(next() * 40_000))}`);
          const { body } = await host.call<{ id: string }>('evidence:add', { fileName: `e${round}-${n}.pdf`, contentBase64: bytes.toString('base64') });
          if (body.ok) acknowledged.evidence.set(body.data.id, createHash('sha256').update(bytes).digest('hex'));
        } else if (lane === 1 && round % 5 === 0 && n === 1) {
          await host.call('backups:create', {});
        } else {
          const { body } = await host.call<{ id: string }>('experience:add', { organisation: `Org ${round}`, title: `Write ${round}.${lane}.${n}`, role: '', startMonth: '2021-01', endMonth: '2021-06', areas: [] });
          if (body.ok) acknowledged.experience.add(body.data.id);
        }
      } catch {
        return; // the host is gone
      }
    }
  };
  const lanes = [0, 1, 2].map(writer);
  // Every eighth round runs long enough for a package import to be acknowledged; the others kill
  // it (and everything else) part-way.
  await sleep(round % 8 === 2 ? 1500 : 30 + Math.floor(next() * 150));
  await host.kill();
  await Promise.all(lanes);
}

function checkAfterKill(dataDir: string, acknowledged: Acknowledged): void {
  // Opened read-write, as the next start would: SQLite replays the WAL first.
  const db = new Database(join(dataDir, 'certplan.sqlite3'));
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare<[], { id: string }>('SELECT id FROM experience_entries').all().map((r) => r.id));
    const missing = [...acknowledged.experience].filter((id) => !stored.has(id));
    expect(missing, 'acknowledged experience entries lost').toEqual([]);
    const evidence = new Map(db.prepare<[], { id: string; sha256: string }>('SELECT id, sha256 FROM evidence_files').all().map((r) => [r.id, r.sha256]));
    for (const [id, sha] of acknowledged.evidence) {
      expect(evidence.get(id), `evidence ${id}`).toBe(sha);
      const bytes = readFileSync(join(dataDir, 'evidence', sha));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha);
    }
    checkFlashcards(db, acknowledged.flashcards);
  } finally {
    db.close();
  }
}

describe('kill -9 during writes', () => {
  it(`loses no acknowledged write over ${KILLS} kills (seed ${SEED})`, { timeout: 60_000 + KILLS * 4_000 }, async () => {
    console.log(`kill loop: ${KILLS} kills, seed ${SEED}`);
    const next = random(SEED);
    const dataDir = freshDataDir('certplan-kill-');
    const acknowledged: Acknowledged = { experience: new Set(), evidence: new Map(), flashcards: noFlashcardAcks() };
    let kills = 0;
    for (let round = 0; round < KILLS; round++) {
      const host = await startWebHost({ dataDir, clock: '2026-11-25T10:00:00.000Z' });
      await writeUntilKilled(host, acknowledged, round, next);
      kills++;
      checkAfterKill(dataDir, acknowledged);
    }
    const cards = acknowledged.flashcards;
    console.log(
      `kill loop: ${kills} kills; ${acknowledged.experience.size} experience entries, ${acknowledged.evidence.size} evidence files, ${cards.cards.size} cards, ${cards.edits.size} edited, ${cards.reviews.size} ratings and ${cards.imports.size} imports acknowledged, all present after every kill`,
    );
    expect(kills).toBeGreaterThanOrEqual(KILLS);
    expect(acknowledged.experience.size).toBeGreaterThan(KILLS);
    expect(cards.cards.size).toBeGreaterThan(0);
    expect(cards.reviews.size).toBeGreaterThan(0);

    // One clean start after the last kill: what the kills interrupted is swept, and it all still reads.
    const host = await startWebHost({ dataDir, clock: '2026-11-25T10:00:00.000Z' });
    try {
      const partials = ['evidence', 'flashcard-media', 'backups'].flatMap((folder) => (existsSync(join(dataDir, folder)) ? readdirSync(join(dataDir, folder)) : []).filter((name) => name.endsWith('.partial')));
      expect(partials).toEqual([]);
      const list = await host.call<{ entries: unknown[] }>('experience:list', {});
      expect(list.body.ok && list.body.data.entries.length).toBeGreaterThanOrEqual(acknowledged.experience.size);
      const backups = await host.call<{ backups: unknown[] }>('backups:list', {});
      expect(backups.body.ok).toBe(true);
      const db = new Database(join(dataDir, 'certplan.sqlite3'), { readonly: true });
      try {
        checkImportsSettled(db);
      } finally {
        db.close();
      }
    } finally {
      await host.stop();
    }
  });
});
