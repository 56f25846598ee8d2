import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import { checkSessionPages } from './pagingCases';
import type { MethodCases } from './types';

/** The host's clock is pinned at 2026-11-25T10:00Z (a Wednesday). */
const PINNED = '2026-11-25T10:00:00.000Z';

export async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

/** A track on a private copy of PMP (one open track per certification, and cases run on one host). */
export async function pmpTrack(host: WebHost): Promise<string> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: 'pmi-pmp' });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  const custom = await ok<{ id: string }>(host, 'catalog:create-custom', {
    certification: { ...draft, acronym: `PMP${Math.floor(Math.random() * 1e6)}`, copiedFrom: 'pmi-pmp' },
  });
  return (await ok<{ id: string }>(host, 'tracks:create', { certificationId: custom.id })).id;
}

const SETUP = { examDate: '2027-02-17', goalMinutes: 7200, availability: [60, 60, 60, 60, 60, 240, 120] };

export async function preparedTrack(host: WebHost): Promise<string> {
  const trackId = await pmpTrack(host);
  await ok(host, 'prep:setup', { trackId, ...SETUP });
  return trackId;
}

const CSV = 'Date,Source,Total,People,Process\n2026-11-01,Sim,70,72,68\n2026-11-15,Sim,75,80,71\n';
const MAPPING = { date: 'Date', source: 'Source', total: 'Total', domains: [{ domainId: 'people', column: 'People' }, { domainId: 'process', column: 'Process' }] };

export const preparationCases: MethodCases = {
  'prep:get': {
    good: async (host) => {
      const trackId = await preparedTrack(host);
      const view = await ok<{ plan: { totals: { plannedMinutes: number } } }>(host, 'prep:get', { trackId });
      expect(view.plan.totals.plannedMinutes).toBe(7200);
    },
    bad: { input: () => ({ trackId: '' }), field: 'trackId' },
  },
  'prep:setup': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      const view = await ok<{ settings: { goalMinutes: number }; exam: { examDate: string } }>(host, 'prep:setup', { trackId, ...SETUP });
      expect(view).toMatchObject({ settings: { goalMinutes: 7200 }, exam: { examDate: '2027-02-17' } });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), ...SETUP, examDate: '2026-11-01' }), field: 'examDate' },
  },
  'prep:add-break': {
    good: async (host) => {
      const trackId = await preparedTrack(host);
      const view = await ok<{ settings: { breaks: { label: string }[] } }>(host, 'prep:add-break', { trackId, kind: 'blackout', startDate: '2026-12-01', endDate: '2026-12-01' });
      expect(view.settings.breaks.map((b) => b.label)).toEqual(['Blackout day']);
    },
    bad: { input: async (host) => ({ trackId: await preparedTrack(host), kind: 'pause', startDate: '2026-12-10', endDate: '2026-12-01' }), field: 'endDate' },
  },
  'prep:remove-break': {
    good: async (host) => {
      const trackId = await preparedTrack(host);
      const added = await ok<{ settings: { breaks: { id: string }[] } }>(host, 'prep:add-break', { trackId, kind: 'pause', startDate: '2026-12-01', endDate: '2026-12-07' });
      const view = await ok<{ settings: { breaks: unknown[] } }>(host, 'prep:remove-break', { trackId, breakId: added.settings.breaks[0]?.id });
      expect(view.settings.breaks).toEqual([]);
    },
    bad: { input: async (host) => ({ trackId: await preparedTrack(host), breakId: 'break-missing' }), field: 'breakId', code: 'not_found' },
  },
  'prep:replan': {
    good: async (host) => {
      const trackId = await preparedTrack(host);
      const view = await ok<{ plan: { plannedOn: string } }>(host, 'prep:replan', { trackId });
      expect(view.plan.plannedOn).toBe('2026-11-25');
    },
    bad: { input: () => ({ trackId: 5 }), field: 'trackId' },
  },
  'prep:get-progress': {
    good: async (host) => {
      const trackId = await preparedTrack(host);
      const progress = await ok<{ weeks: { plannedMinutes: number }[] }>(host, 'prep:get-progress', { trackId });
      expect(progress.weeks.reduce((s, w) => s + w.plannedMinutes, 0)).toBe(7200);
    },
    bad: { input: () => ({}), field: 'trackId' },
  },
  'readiness:get': {
    good: async (host) => {
      const readiness = await ok<{ sufficient: boolean; reason: string }>(host, 'readiness:get', { trackId: await pmpTrack(host) });
      expect(readiness.sufficient).toBe(false);
      expect(readiness.reason).toMatch(/Not enough evidence/);
    },
    bad: { input: () => ({ trackId: 'x', extra: 1 }), field: '' },
  },
  'sessions:list': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      expect(await ok(host, 'sessions:list', { trackId })).toEqual({ sessions: [], timer: null });
      await checkSessionPages(host, trackId, await pmpTrack(host));
    },
    bad: { input: () => ({ trackId: 1 }), field: 'trackId' },
  },
  'sessions:add': {
    good: async (host) => {
      const session = await ok(host, 'sessions:add', { trackId: await pmpTrack(host), date: '2026-11-24', minutes: 40, domainId: 'people' });
      expect(session).toMatchObject({ minutes: 40, domainName: 'People', source: 'manual' });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), date: '2026-11-24', minutes: 0 }), field: 'minutes' },
  },
  'sessions:update': {
    good: async (host) => {
      const session = await ok<{ id: string }>(host, 'sessions:add', { trackId: await pmpTrack(host), date: '2026-11-24', minutes: 40 });
      expect(await ok(host, 'sessions:update', { id: session.id, patch: { minutes: 55, notes: 'Mock' } })).toMatchObject({ minutes: 55, notes: 'Mock' });
    },
    bad: {
      input: async (host) => {
        const session = await ok<{ id: string }>(host, 'sessions:add', { trackId: await pmpTrack(host), date: '2026-11-24', minutes: 40 });
        return { id: session.id, patch: { minutes: 2000 } };
      },
      field: 'patch.minutes',
    },
  },
  'sessions:remove': {
    good: async (host) => {
      const session = await ok<{ id: string }>(host, 'sessions:add', { trackId: await pmpTrack(host), date: '2026-11-24', minutes: 40 });
      expect(await ok(host, 'sessions:remove', { id: session.id })).toEqual({ id: session.id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({ id: 'session-missing' }), field: 'id', code: 'not_found' },
  },
  'sessions:start-timer': {
    good: async (host) => {
      const timer = await ok(host, 'sessions:start-timer', { trackId: await pmpTrack(host), domainId: 'process' });
      expect(timer).toMatchObject({ startedAt: PINNED, domainName: 'Process', elapsedMinutes: 0 });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), domainId: 'astrology' }), field: 'domainId' },
  },
  'sessions:stop-timer': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      await ok(host, 'sessions:start-timer', { trackId });
      await host.setClock('2026-11-25T10:25:00.000Z');
      try {
        expect(await ok(host, 'sessions:stop-timer', { trackId })).toMatchObject({ minutes: 25, source: 'timer', date: '2026-11-25' });
      } finally {
        await host.setClock(PINNED);
      }
    },
    bad: { input: () => ({ trackId: '' }), field: 'trackId' },
  },
  'sessions:discard-timer': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      await ok(host, 'sessions:start-timer', { trackId });
      expect(await ok(host, 'sessions:discard-timer', { trackId })).toEqual({ trackId });
    },
    bad: { input: () => ({ trackId: null }), field: 'trackId' },
  },
  'practice:list': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      await ok(host, 'practice:add', { trackId, date: '2026-11-20', source: 'Sim', totalPercent: 70 });
      expect((await ok<{ source: string }[]>(host, 'practice:list', { trackId })).map((r) => r.source)).toEqual(['Sim']);
    },
    bad: { input: () => ({ trackId: [] }), field: 'trackId' },
  },
  'practice:add': {
    good: async (host) => {
      const result = await ok(host, 'practice:add', { trackId: await pmpTrack(host), date: '2026-11-20', source: 'Sim', totalPercent: 70, domainScores: [{ domainId: 'people', percent: 66 }] });
      expect(result).toMatchObject({ totalPercent: 70, origin: 'manual', domainScores: [{ domainId: 'people', percent: 66 }] });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), date: '2026-11-20', source: 'Sim', totalPercent: 101 }), field: 'totalPercent' },
  },
  'practice:remove': {
    good: async (host) => {
      const result = await ok<{ id: string }>(host, 'practice:add', { trackId: await pmpTrack(host), date: '2026-11-20', source: 'Sim', totalPercent: 70 });
      expect(await ok(host, 'practice:remove', { id: result.id })).toEqual({ id: result.id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({ id: 'practice-missing' }), field: 'id', code: 'not_found' },
  },
  'practice:preview-import': {
    good: async (host) => {
      const preview = await ok<{ columns: string[]; validCount: number; mapping: unknown }>(host, 'practice:preview-import', { trackId: await pmpTrack(host), csvText: CSV });
      expect(preview).toMatchObject({ columns: ['Date', 'Source', 'Total', 'People', 'Process'], validCount: 2 });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), csvText: '   ' }), field: 'csvText' },
  },
  'practice:import': {
    good: async (host) => {
      expect(await ok(host, 'practice:import', { trackId: await pmpTrack(host), csvText: CSV, mapping: MAPPING })).toEqual({ imported: 2, skippedLines: [] });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), csvText: CSV, mapping: { ...MAPPING, date: 'Taken on' } }), field: 'mapping.date' },
  },
  'exam:get': {
    good: async (host) => {
      const view = await ok(host, 'exam:get', { trackId: await pmpTrack(host) });
      expect(view).toMatchObject({ schedule: null, attempts: [], canRecord: true, bands: ['Above Target', 'Target', 'Below Target', 'Needs Improvement'] });
    },
    bad: { input: () => ({}), field: 'trackId' },
  },
  'exam:book': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      const view = await ok(host, 'exam:book', { trackId, examDate: '2027-03-01', booked: true, reference: 'PV-42' });
      expect(view).toMatchObject({ schedule: { examDate: '2027-03-01', booked: true, reference: 'PV-42' } });
      expect(await ok(host, 'tracks:get', { id: trackId })).toMatchObject({ status: 'scheduled' });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), examDate: '2026-11-20', booked: true }), field: 'examDate' },
  },
  'exam:record-attempt': {
    good: async (host) => {
      const trackId = await pmpTrack(host);
      const recorded = await ok(host, 'exam:record-attempt', { trackId, date: '2026-11-25', outcome: 'passed', credentialNumber: 'PMP-1', domainBands: [{ domainId: 'people', band: 'Target' }] });
      expect(recorded).toMatchObject({ trackStatus: 'passed', credential: { credentialNumber: 'PMP-1', earnedOn: '2026-11-25' } });
    },
    bad: { input: async (host) => ({ trackId: await pmpTrack(host), date: '2026-11-25', outcome: 'maybe' }), field: 'outcome' },
  },
};
