import { expect } from 'vitest';
import { TINY_PNG, buildAnkiPackage } from '../../support/ankiPackages';
import type { WebHost } from '../../support/webHost';
import { ok, pmpTrack, preparedTrack } from './preparationCases';
import type { MethodCases } from './types';

/** Flashcards (issue 13) over HTTP: one good and one bad call per method. */

interface Deck {
  id: string;
  name: string;
  cardCount: number;
  status: string;
}

async function deckOn(host: WebHost, trackId?: string): Promise<{ trackId: string; deck: Deck }> {
  const track = trackId ?? (await preparedTrack(host));
  const deck = await ok<Deck>(host, 'decks:create', { trackId: track, name: `Deck ${Math.random().toString(36).slice(2, 8)}` });
  return { trackId: track, deck };
}

async function cardOn(host: WebHost): Promise<{ trackId: string; deck: Deck; card: { id: string } }> {
  const { trackId, deck } = await deckOn(host);
  const card = await ok<{ id: string }>(host, 'cards:create', { deckId: deck.id, front: 'What is a WBS?', back: 'Work breakdown structure', domainId: 'process' });
  return { trackId, deck, card };
}

async function uploaded(host: WebHost, fileName: string, bytes: Uint8Array): Promise<string> {
  const upload = await ok<{ uploadId: string }>(host, 'uploads:begin', { fileName, sizeBytes: bytes.length });
  await ok(host, 'uploads:append', { uploadId: upload.uploadId, offset: 0, contentBase64: Buffer.from(bytes).toString('base64') });
  return upload.uploadId;
}

const APKG = () => buildAnkiPackage('anki21b', { notes: [{ id: 1700000000001, fields: ['Front <img src="a.png">', 'Back'], tags: ['Process'] }], media: { 'a.png': TINY_PNG } });

export const flashcardCases: MethodCases = {
  'decks:list': {
    good: async (host) => {
      const { trackId, deck } = await deckOn(host);
      expect((await ok<Deck[]>(host, 'decks:list', { trackId })).map((d) => d.id)).toEqual([deck.id]);
    },
    bad: { input: () => ({ trackId: 'track-x', includeArchived: 'yes' }), field: 'includeArchived' },
  },
  'decks:create': {
    good: async (host) => {
      const deck = await ok<Deck>(host, 'decks:create', { trackId: await pmpTrack(host), name: 'Formulas', description: 'EVM' });
      expect(deck).toMatchObject({ name: 'Formulas', status: 'active', cardCount: 0 });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), name: '  ' }), field: 'name' },
  },
  'decks:update': {
    good: async (host) => {
      const { deck } = await deckOn(host);
      expect(await ok<Deck>(host, 'decks:update', { id: deck.id, patch: { status: 'archived' } })).toMatchObject({ status: 'archived' });
    },
    bad: { input: () => ({ id: 'deck-x', patch: { status: 'gone' } }), field: 'patch.status' },
  },
  'decks:remove': {
    good: async (host) => {
      const { trackId, deck } = await deckOn(host);
      await ok(host, 'decks:remove', { id: deck.id });
      expect(await ok<Deck[]>(host, 'decks:list', { trackId })).toEqual([]);
    },
    bad: { input: () => ({ id: 'deck-missing' }), field: 'id', code: 'not_found' },
  },
  'decks:restore': {
    good: async (host) => {
      const { deck } = await deckOn(host);
      await ok(host, 'decks:remove', { id: deck.id });
      expect(await ok<Deck>(host, 'decks:restore', { id: deck.id })).toMatchObject({ id: deck.id });
    },
    bad: { input: () => ({ id: 'deck-missing' }), field: 'id', code: 'not_found' },
  },
  'decks:export': {
    good: async (host) => {
      const { deck } = await cardOn(host);
      const csv = await ok<{ fileName: string; contentBase64: string }>(host, 'decks:export', { id: deck.id, format: 'csv' });
      expect(Buffer.from(csv.contentBase64, 'base64').toString('utf8')).toContain('front,back,domain,tags\r\nWhat is a WBS?,Work breakdown structure,Process,');
      const apkg = await ok<{ fileName: string; contentBase64: string }>(host, 'decks:export', { id: deck.id, format: 'apkg' });
      expect(apkg.fileName).toMatch(/\.apkg$/);
      expect(Buffer.from(apkg.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
    },
    bad: { input: () => ({ id: 'deck-x', format: 'pdf' }), field: 'format' },
  },
  'cards:list': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      const list = await ok<{ total: number; cards: { front: string }[] }>(host, 'cards:list', { trackId, query: 'wbs' });
      expect(list.total).toBe(1);
    },
    bad: { input: () => ({ trackId: 'track-x', limit: 1000 }), field: 'limit' },
  },
  'cards:get': {
    good: async (host) => {
      const { card } = await cardOn(host);
      expect(await ok(host, 'cards:get', { id: card.id })).toMatchObject({ id: card.id, domainName: 'Process', state: 'new' });
    },
    bad: { input: () => ({ id: 'note-missing' }), field: 'id', code: 'not_found' },
  },
  'cards:create': {
    good: async (host) => {
      const { deck } = await deckOn(host);
      const card = await ok<{ reviewCards: number; kind: string }>(host, 'cards:create', { deckId: deck.id, kind: 'cloze', front: '{{c1::Scope}} and {{c2::schedule}}' });
      expect(card).toMatchObject({ kind: 'cloze', reviewCards: 2 });
    },
    bad: { input: async (host) => ({ deckId: (await deckOn(host)).deck.id, front: '<p> </p>', back: 'x' }), field: 'front' },
  },
  'cards:update': {
    good: async (host) => {
      const { card } = await cardOn(host);
      expect(await ok(host, 'cards:update', { id: card.id, patch: { suspended: true, tags: ['wbs'] } })).toMatchObject({ suspended: true, tags: ['wbs'] });
    },
    bad: { input: async (host) => ({ id: (await cardOn(host)).card.id, patch: { domainId: 'finance' } }), field: 'patch.domainId' },
  },
  'cards:remove': {
    good: async (host) => {
      const { trackId, card } = await cardOn(host);
      await ok(host, 'cards:remove', { id: card.id });
      expect((await ok<{ total: number }>(host, 'cards:list', { trackId })).total).toBe(0);
    },
    bad: { input: () => ({ id: '' }), field: 'id' },
  },
  'cards:restore': {
    good: async (host) => {
      const { card } = await cardOn(host);
      await ok(host, 'cards:remove', { id: card.id });
      expect(await ok(host, 'cards:restore', { id: card.id })).toMatchObject({ id: card.id });
    },
    bad: { input: () => ({ id: 'note-missing' }), field: 'id', code: 'not_found' },
  },
  'cards:add-media': {
    good: async (host) => {
      const media = await ok<{ sha256: string }>(host, 'cards:add-media', { fileName: 'dot.png', mediaType: 'image/png', contentBase64: Buffer.from(TINY_PNG).toString('base64') });
      expect(media.sha256).toMatch(/^[0-9a-f]{64}$/);
    },
    bad: { input: () => ({ fileName: 'x.exe', mediaType: 'application/x-msdownload', contentBase64: 'AA==' }), field: 'mediaType' },
  },
  'cards:get-media': {
    good: async (host) => {
      const media = await ok<{ sha256: string }>(host, 'cards:add-media', { fileName: 'dot.png', mediaType: 'image/png', contentBase64: Buffer.from(TINY_PNG).toString('base64') });
      expect(await ok(host, 'cards:get-media', { sha256: media.sha256 })).toMatchObject({ mediaType: 'image/png', contentBase64: Buffer.from(TINY_PNG).toString('base64') });
    },
    bad: { input: () => ({ sha256: 'abc' }), field: 'sha256' },
  },
  'review:get-next': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      const next = await ok<{ card: { question: string }; day: { mode: string } }>(host, 'review:get-next', { trackId });
      expect(next).toMatchObject({ card: { question: 'What is a WBS?' }, day: { mode: 'exam' } });
    },
    bad: { input: () => ({ trackId: 'track-x', deckId: 7 }), field: 'deckId' },
  },
  'review:rate': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      const next = await ok<{ card: { cardId: string } }>(host, 'review:get-next', { trackId });
      expect(await ok(host, 'review:rate', { cardId: next.card.cardId, rating: 3, durationMs: 8000 })).toMatchObject({ interval: '10 min', day: { reviewedCards: 1 } });
    },
    bad: { input: () => ({ cardId: 'card-x', rating: 5, durationMs: 1000 }), field: 'rating' },
  },
  'review:undo': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      const next = await ok<{ card: { cardId: string } }>(host, 'review:get-next', { trackId });
      await ok(host, 'review:rate', { cardId: next.card.cardId, rating: 1, durationMs: 5000 });
      expect(await ok(host, 'review:undo', { trackId })).toMatchObject({ cardId: next.card.cardId, day: { reviewedCards: 0 } });
    },
    bad: { input: async (host) => ({ trackId: (await cardOn(host)).trackId }), field: 'trackId', code: 'conflict' },
  },
  'flashcards:get-settings': {
    good: async (host) => {
      expect(await ok(host, 'flashcards:get-settings', { trackId: await pmpTrack(host) })).toMatchObject({ examMode: true, reviewSharePercent: 25, baseRetention: 0.85, targetRetention: 0.93 });
    },
    bad: { input: () => ({}), field: 'trackId' },
  },
  'flashcards:update-settings': {
    good: async (host) => {
      expect(await ok(host, 'flashcards:update-settings', { trackId: await pmpTrack(host), patch: { reviewSharePercent: 40, streakEnabled: false } })).toMatchObject({ reviewSharePercent: 40, streakEnabled: false });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), patch: { targetRetention: 0.8 } }), field: 'patch.targetRetention' },
  },
  'flashcards:get-plan': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      const plan = await ok<{ mode: string; examDate: string; day: { budgetMinutes: number } }>(host, 'flashcards:get-plan', { trackId });
      expect(plan).toMatchObject({ mode: 'exam', examDate: '2027-02-17' });
      expect(plan.day.budgetMinutes).toBeGreaterThan(0);
    },
    bad: { input: () => ({ trackId: 'track-missing' }), field: 'id', code: 'not_found' },
  },
  'flashcards:get-stats': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      const stats = await ok<{ forecast: unknown[]; heatmap: { date: string }[] }>(host, 'flashcards:get-stats', { trackId });
      expect(stats.forecast).toHaveLength(30);
      expect(stats.heatmap.at(-1)?.date).toBe('2026-11-25');
    },
    bad: { input: () => ({ trackId: ['x'] }), field: 'trackId' },
  },
  'flashcards:get-retention': {
    good: async (host) => {
      const { trackId } = await cardOn(host);
      expect(await ok(host, 'flashcards:get-retention', { trackId })).toMatchObject({ windowDays: 30, overall: { reviews: 0, retentionPercent: null } });
    },
    bad: { input: () => ({ trackId: '' }), field: 'trackId' },
  },
  'flashcards:after-exam': {
    good: async (host) => {
      // An exam on the host's pinned day counts as taken: the decks move to maintenance or are archived.
      const { trackId, deck } = await deckOn(host, await pmpTrack(host));
      await ok(host, 'exam:book', { trackId, examDate: '2026-11-25', booked: true });
      expect(await ok(host, 'flashcards:after-exam', { trackId, choice: 'archive' })).toMatchObject({ afterExam: 'archive', afterExamFor: '2026-11-25' });
      expect((await ok<Deck[]>(host, 'decks:list', { trackId })).find((d) => d.id === deck.id)?.status).toBe('archived');
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), choice: 'delete' }), field: 'choice' },
  },
  'flashcards:preview-import': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      const preview = await ok(host, 'flashcards:preview-import', { trackId, uploadId: await uploaded(host, 'deck.apkg', APKG()) });
      expect(preview).toMatchObject({ format: 'anki21b', notes: 1, media: { files: 1 }, canImport: true });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), uploadId: await uploaded(host, 'deck.apkg', new TextEncoder().encode('nope')) }), field: 'uploadId', code: 'rule_violation' },
  },
  'flashcards:import': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      const uploadId = await uploaded(host, 'cards.csv', new TextEncoder().encode('front,back\nQ1,A1\nQ2,A2\n'));
      expect(await ok(host, 'flashcards:import', { trackId, uploadId, deckName: 'From CSV' })).toMatchObject({ notes: 2, cards: 2, deckName: 'From CSV' });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), uploadId: await uploaded(host, 'cards.csv', new TextEncoder().encode('front,back\n,A1\n')), deckName: 'X' }), field: 'uploadId', code: 'rule_violation' },
  },
  'uploads:discard': {
    good: async (host) => {
      const upload = await ok<{ uploadId: string }>(host, 'uploads:begin', { fileName: 'a.csv', sizeBytes: 3 });
      expect(await ok(host, 'uploads:discard', { uploadId: upload.uploadId })).toEqual({ uploadId: upload.uploadId });
    },
    bad: { input: () => ({ uploadId: '' }), field: 'uploadId' },
  },
};
