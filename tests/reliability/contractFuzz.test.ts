import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { METHOD_NAMES, contract } from '../../src/shared/contract';
import { AppErrorSchema } from '../../src/shared/result';
import { type Core } from '../../src/main/core/createCore';
import { callOk, testCore } from '../support/core';
import { TINY_PNG, buildAnkiPackage } from '../support/ankiPackages';
import { addSampleRecords, downloadAll, uploadBytes } from '../support/dataSafety';
import { PAYLOADS_PER_METHOD, SEED } from './budget';
import { payloadsFor } from './payloads';

/**
 * Every contract method, fed payloads generated from its own zod schema: every answer is a
 * well-formed Result, none is `internal` (a bug the person would see as "something went wrong"),
 * and a rejected call changes nothing — no commit to the database, no file added or removed.
 */

const ResultSchema = z.union([z.object({ ok: z.literal(true), data: z.unknown() }).strict(), z.object({ ok: z.literal(false), error: AppErrorSchema }).strict()]);

let core: Core & { clock: { set(d: Date): void } };
let reader: Database.Database;
let readerInode = 0;
const ids = new Set<string>();
const pool = { ids: () => [...ids] };

/** Every id in an answer (fields named id or …Id), so later payloads can point at real records. */
function harvest(value: unknown, key = ''): void {
  if (typeof value === 'string' && (key === 'id' || /Id$/.test(key)) && value.length < 200) ids.add(value);
  else if (Array.isArray(value)) value.forEach((item) => harvest(item, key));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) harvest(v, k);
}

function openReader(): void {
  reader?.close();
  const file = join(core.dataDir, 'certplan.sqlite3');
  reader = new Database(file, { readonly: true });
  readerInode = statSync(file).ino;
}

/** What a rejected call must leave as it was: the database's commit counter and the files beside it. */
function snapshot(): string {
  const file = join(core.dataDir, 'certplan.sqlite3');
  // A restore puts a new file in place; follow it.
  if (statSync(file).ino !== readerInode) openReader();
  const version = reader.pragma('data_version', { simple: true });
  const listing = ['evidence', 'flashcard-media', 'backups'].map((folder) => (existsSync(join(core.dataDir, folder)) ? readdirSync(join(core.dataDir, folder)).sort().join(',') : ''));
  return `${String(version)}|${listing.join('|')}`;
}

beforeAll(async () => {
  core = await testCore();
  // Records of every kind, so generated ids can hit real ones.
  const { evidenceId } = await addSampleRecords(core);
  const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
  await callOk(core, 'prep:setup', { trackId: track.id, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 120, 0], selfRatings: [] });
  await callOk(core, 'sessions:add', { trackId: track.id, date: '2026-11-24', minutes: 40 });
  await callOk(core, 'practice:add', { trackId: track.id, date: '2026-11-20', source: 'Sim', totalPercent: 70 });
  const credential = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' });
  await callOk(core, 'ce:log', { credentialIds: [credential.id], date: '2026-02-14', title: 'Webinar', units: 2, categoryId: 'power-skills', evidenceIds: [evidenceId] });
  // Flashcards: a deck, a card with an image, a rating, and uploaded files to import.
  const deck = await callOk(core, 'decks:create', { trackId: track.id, name: 'Fuzz deck' });
  const media = await callOk(core, 'cards:add-media', { fileName: 'dot.png', mediaType: 'image/png', contentBase64: Buffer.from(TINY_PNG).toString('base64') });
  const card = await callOk(core, 'cards:create', { deckId: deck.id, front: `Shown <img src="media:${media.sha256}">`, back: 'A dot', domainId: 'process' });
  const next = await callOk(core, 'review:get-next', { trackId: track.id });
  if (next.card) await callOk(core, 'review:rate', { cardId: next.card.cardId, rating: 3, durationMs: 5000 });
  const apkg = buildAnkiPackage('anki21b', { notes: [{ id: 1_700_000_000_001, fields: ['Front <img src="b.png">', 'Back'], tags: ['Process'] }], media: { 'b.png': Uint8Array.from([...TINY_PNG, 1]) } });
  ids.add(await uploadBytes(core, Buffer.from(apkg), 'deck.apkg'));
  ids.add(await uploadBytes(core, Buffer.from('front,back\nQ1,A1\n'), 'cards.csv'));
  harvest({ id: deck.id, deckId: deck.id, cardId: card.id });
  const backup = await callOk(core, 'backups:create', {});
  const exported = await callOk(core, 'data:export', {});
  const exportBytes = await downloadAll(core, 'data:get-chunk', { downloadId: exported.downloadId });
  const backupBytes = await downloadAll(core, 'backups:get-chunk', { id: backup.backup?.id ?? '' });
  ids.add(await uploadBytes(core, exportBytes));
  ids.add(await uploadBytes(core, backupBytes));
  for (const method of ['tracks:list', 'credentials:list', 'experience:list', 'training:list', 'evidence:list', 'backups:list', 'reminders:list', 'catalog:list'] as const) {
    harvest(await callOk(core, method, {}));
  }
  harvest({ id: track.id, credentialId: credential.id });
  openReader();
}, 60_000);

afterAll(() => {
  reader?.close();
  core?.close();
});

describe(`every contract method under ${PAYLOADS_PER_METHOD} generated payloads (seed ${SEED})`, () => {
  it('answers with a well-formed Result, never internal, and a rejection changes nothing', { timeout: 120_000 + PAYLOADS_PER_METHOD * 2_500 }, async () => {
    const problems: string[] = [];
    let calls = 0;
    let rejected = 0;
    // The detector must see changes when there are some, or "a rejection changed nothing" proves nothing.
    let successfulChanges = 0;
    for (const [index, method] of METHOD_NAMES.entries()) {
      const payloads = fc.sample(payloadsFor(contract[method].input as z.ZodType, pool), { numRuns: PAYLOADS_PER_METHOD, seed: SEED + index });
      for (const payload of payloads) {
        // The previous write's follow-up (reminders, statuses) runs after its answer: let it finish first.
        await core.idle();
        const before = snapshot();
        const result = await core.call(method, payload);
        calls++;
        const shape = ResultSchema.safeParse(result);
        const described = `${method} ${JSON.stringify(payload)?.slice(0, 300)}`;
        if (!shape.success) problems.push(`${described}: not a Result`);
        else if (!result.ok) {
          rejected++;
          if (result.error.code === 'internal') problems.push(`${described}: internal — ${result.error.message}`);
          const after = snapshot();
          if (after !== before) problems.push(`${described}: rejected (${result.error.code}: ${result.error.message}) but changed ${before} → ${after}`);
        } else {
          harvest(result.data);
          if (snapshot() !== before) successfulChanges++;
        }
      }
    }
    console.log(`contract fuzz: ${METHOD_NAMES.length} methods × ${PAYLOADS_PER_METHOD} payloads = ${calls} calls, ${rejected} rejected, ${successfulChanges} accepted calls changed data, seed ${SEED}`);
    expect(calls).toBe(METHOD_NAMES.length * PAYLOADS_PER_METHOD);
    expect(successfulChanges).toBeGreaterThan(0);
    expect(problems.slice(0, 15)).toEqual([]);
  });
});
