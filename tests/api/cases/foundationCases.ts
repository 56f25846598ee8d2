import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import type { MethodCases } from './types';

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

async function customDraft(host: WebHost): Promise<Record<string, unknown>> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: 'pmi-capm' });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  return { ...draft, name: 'API custom', acronym: `API${Math.floor(Math.random() * 1e6)}`, copiedFrom: 'pmi-capm' };
}

async function customId(host: WebHost): Promise<string> {
  return (await ok<{ id: string }>(host, 'catalog:create-custom', { certification: await customDraft(host) })).id;
}

async function trackId(host: WebHost): Promise<string> {
  return (await ok<{ id: string }>(host, 'tracks:create', { certificationId: await customId(host) })).id;
}

export const foundationCases: MethodCases = {
  'app:info': {
    good: async (host) => {
      const info = await ok<{ host: string; today: string }>(host, 'app:info', {});
      expect(info).toMatchObject({ host: 'web', today: '2026-11-25' });
    },
    bad: { input: () => ({ extra: 1 }), field: '' },
  },
  'settings:get': {
    good: async (host) => expect(await ok(host, 'settings:get', {})).toHaveProperty('theme'),
    bad: { input: () => ({ theme: 'dark' }), field: '' },
  },
  'settings:update': {
    good: async (host) => expect(await ok(host, 'settings:update', { patch: { theme: 'dark' } })).toMatchObject({ theme: 'dark', notifications: true }),
    bad: { input: () => ({ patch: { theme: 'purple' } }), field: 'patch.theme' },
  },
  'catalog:list': {
    good: async (host) => {
      const list = await ok<{ items: { id: string }[]; total: number }>(host, 'catalog:list', { query: 'pmp' });
      expect(list.items.map((i) => i.id)).toContain('pmi-pmp');
    },
    bad: { input: () => ({ level: 'grandmaster' }), field: 'level' },
  },
  'catalog:get': {
    good: async (host) => expect((await ok<{ certification: { acronym: string } }>(host, 'catalog:get', { id: 'pmi-pmp' })).certification.acronym).toBe('PMP'),
    bad: { input: () => ({ id: '' }), field: 'id' },
  },
  'catalog:create-custom': {
    good: async (host) => expect(await customId(host)).toMatch(/^custom-/),
    bad: {
      input: async (host) => {
        const draft = await customDraft(host);
        const exam = draft.exam as { outlines: object[] };
        return { certification: { ...draft, exam: { ...exam, outlines: [{ ...exam.outlines[0], domains: [{ id: 'a', name: 'A', weight: 70 }] }] } } };
      },
      field: 'certification.exam.outlines.0.domains',
    },
  },
  'catalog:update-custom': {
    good: async (host) => {
      const id = await customId(host);
      const updated = await ok<{ name: string; revision: number }>(host, 'catalog:update-custom', { id, certification: { ...(await customDraft(host)), name: 'Renamed' } });
      expect(updated).toMatchObject({ name: 'Renamed', revision: 2 });
    },
    bad: { input: async (host) => ({ id: await customId(host), certification: { ...(await customDraft(host)), name: '' } }), field: 'certification.name' },
  },
  'catalog:delete-custom': {
    good: async (host) => {
      const id = await customId(host);
      expect(await ok(host, 'catalog:delete-custom', { id })).toEqual({ id, tracksKept: 0 });
    },
    bad: { input: () => ({ id: 'no-such-entry' }), field: 'id', code: 'not_found' },
  },
  'tracks:list': {
    good: async (host) => expect(Array.isArray(await ok(host, 'tracks:list', {}))).toBe(true),
    bad: { input: () => ({ includeArchived: 'yes' }), field: 'includeArchived' },
  },
  'tracks:get': {
    good: async (host) => {
      const id = await trackId(host);
      expect(await ok(host, 'tracks:get', { id })).toMatchObject({ id, status: 'exploring' });
    },
    bad: { input: () => ({ id: 'track-unknown' }), field: 'id', code: 'not_found' },
  },
  'tracks:create': {
    good: async (host) => expect(await trackId(host)).toMatch(/^track-/),
    bad: { input: () => ({ certificationId: 7 }), field: 'certificationId' },
  },
  'tracks:set-archived': {
    good: async (host) => expect(await ok(host, 'tracks:set-archived', { id: await trackId(host), archived: true })).toMatchObject({ archived: true }),
    bad: { input: () => ({ id: 'x' }), field: 'archived' },
  },
  'tracks:remove': {
    good: async (host) => {
      const id = await trackId(host);
      expect(await ok(host, 'tracks:remove', { id })).toEqual({ id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({}), field: 'id' },
  },
};
