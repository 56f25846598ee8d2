import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import type { MethodCases } from './types';

/** Issue 11: undo after a delete, moving a planned session, the holiday countries. */

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

/** A prepared track on a private copy of PMP (one open track per certification, one host for all cases). */
async function preparedTrack(host: WebHost): Promise<string> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: 'pmi-pmp' });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  const custom = await ok<{ id: string }>(host, 'catalog:create-custom', {
    certification: { ...draft, acronym: `PMP${Math.floor(Math.random() * 1e6)}`, copiedFrom: 'pmi-pmp' },
  });
  const trackId = (await ok<{ id: string }>(host, 'tracks:create', { certificationId: custom.id })).id;
  await ok(host, 'prep:setup', { trackId, examDate: '2027-02-17', goalMinutes: 6000, availability: [60, 60, 60, 60, 60, 0, 0] });
  return trackId;
}

export const firstHourCases: MethodCases = {
  'undo:restore': {
    good: async (host) => {
      const entry = await ok<{ id: string; title: string }>(host, 'experience:add', { organisation: 'Acme', title: 'Undo me', startMonth: '2021-01', endMonth: '2021-06', areas: [] });
      const removed = await ok<{ id: string; undoToken: string }>(host, 'experience:remove', { id: entry.id });
      expect(removed.undoToken).toEqual(expect.any(String));
      expect(await ok(host, 'undo:restore', { token: removed.undoToken })).toEqual({ restored: 'Undo me', areas: ['experience'] });
      const list = await ok<{ entries: { id: string }[] }>(host, 'experience:list', {});
      expect(list.entries.map((e) => e.id)).toContain(entry.id);
    },
    bad: { input: () => ({ token: '' }), field: 'token' },
  },
  'prep:move-item': {
    good: async (host) => {
      const trackId = await preparedTrack(host);
      const view = await ok<{ plan: { items: { id: string; date: string }[] } }>(host, 'prep:get', { trackId });
      const item = view.plan.items.find((i) => i.date === '2026-11-27');
      const moved = await ok<{ settings: { moves: { toDate: string }[] } }>(host, 'prep:move-item', { trackId, itemId: item?.id, toDate: '2026-11-28' });
      expect(moved.settings.moves.map((m) => m.toDate)).toEqual(['2026-11-28']);
    },
    bad: { input: async (host) => ({ trackId: await preparedTrack(host), itemId: 'x', toDate: '2026-11-31' }), field: 'toDate' },
  },
  'holidays:list-countries': {
    good: async (host) => {
      const countries = await ok<{ code: string; name: string }[]>(host, 'holidays:list-countries', {});
      expect(countries).toContainEqual({ code: 'GB', name: 'United Kingdom' });
    },
    bad: { input: () => ({ country: 'US' }), field: '' },
  },
};
