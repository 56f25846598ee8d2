import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import type { MethodCases } from './types';

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

const EXPERIENCE = { organisation: 'Acme', title: 'ERP rollout', role: 'Project manager', startMonth: '2021-01', endMonth: '2022-06', areas: ['leading projects'] };
const TRAINING = { course: 'PMP boot camp', provider: 'Academy', hours: 35, completedOn: '2025-03-10', topic: 'PM education' };

async function experienceId(host: WebHost): Promise<string> {
  return (await ok<{ id: string }>(host, 'experience:add', EXPERIENCE)).id;
}

async function trainingId(host: WebHost): Promise<string> {
  return (await ok<{ id: string }>(host, 'training:add', TRAINING)).id;
}

/** A custom copy of a built-in entry, so each case gets a track of its own on the shared host. */
async function trackOf(host: WebHost, certificationId: string): Promise<string> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: certificationId });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  const custom = await ok<{ id: string }>(host, 'catalog:create-custom', { certification: { ...draft, acronym: `T${Math.floor(Math.random() * 1e6)}`, copiedFrom: certificationId } });
  return (await ok<{ id: string }>(host, 'tracks:create', { certificationId: custom.id })).id;
}

export const prerequisitesCases: MethodCases = {
  'profile:get': {
    good: async (host) => expect(await ok(host, 'profile:get', {})).toHaveProperty('gacAccredited'),
    bad: { input: () => ({ level: 'phd' }), field: '' },
  },
  'profile:update': {
    good: async (host) => expect(await ok(host, 'profile:update', { educationLevel: 'bachelor' })).toMatchObject({ educationLevel: 'bachelor', gacAccredited: false }),
    bad: { input: () => ({ educationLevel: 'wizard' }), field: 'educationLevel' },
  },
  'experience:list': {
    good: async (host) => {
      const id = await experienceId(host);
      const list = await ok<{ entries: { id: string; monthsCovered: number }[] }>(host, 'experience:list', {});
      expect(list.entries.find((e) => e.id === id)?.monthsCovered).toBe(18);
    },
    bad: { input: () => ({ trackId: 'x' }), field: '' },
  },
  'experience:add': {
    good: async (host) => expect(await ok(host, 'experience:add', { ...EXPERIENCE, endMonth: null })).toMatchObject({ endMonth: null, monthsCovered: 71 }),
    bad: { input: () => ({ ...EXPERIENCE, startMonth: '2022-07' }), field: 'endMonth' },
  },
  'experience:update': {
    good: async (host) => {
      const id = await experienceId(host);
      expect(await ok(host, 'experience:update', { id, ...EXPERIENCE, title: 'Renamed', hours: 1200 })).toMatchObject({ id, title: 'Renamed', hours: 1200 });
    },
    bad: { input: async (host) => ({ id: await experienceId(host), ...EXPERIENCE, hours: -3 }), field: 'hours' },
  },
  'experience:remove': {
    good: async (host) => {
      const id = await experienceId(host);
      expect(await ok(host, 'experience:remove', { id })).toEqual({ id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({ id: 'experience-missing' }), field: 'id', code: 'not_found' },
  },
  'experience:get-timeline': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pmp');
      const timeline = await ok<{ window: { countedMonths: number; fromMonth: string } | null }>(host, 'experience:get-timeline', { trackId, requirementId: 'leading-projects' });
      expect(timeline.window).toMatchObject({ fromMonth: '2018-12' });
    },
    bad: { input: () => ({ trackId: 'track-unknown' }), field: 'trackId' },
  },
  'training:list': {
    good: async (host) => {
      const id = await trainingId(host);
      expect((await ok<{ entries: { id: string }[] }>(host, 'training:list', {})).entries.map((e) => e.id)).toContain(id);
    },
    bad: { input: () => ({ topic: 'x' }), field: '' },
  },
  'training:add': {
    good: async (host) => expect(await ok(host, 'training:add', TRAINING)).toMatchObject({ hours: 35, evidence: null }),
    bad: { input: () => ({ ...TRAINING, hours: -1 }), field: 'hours' },
  },
  'training:update': {
    good: async (host) => {
      const id = await trainingId(host);
      const file = await ok<{ id: string }>(host, 'evidence:add', { fileName: 'receipt.pdf', contentBase64: Buffer.from('%PDF receipt').toString('base64') });
      expect(await ok(host, 'training:update', { id, ...TRAINING, evidenceId: file.id })).toMatchObject({ evidence: { id: file.id, fileName: 'receipt.pdf' } });
    },
    bad: { input: async (host) => ({ id: await trainingId(host), ...TRAINING, completedOn: '2027-01-01' }), field: 'completedOn' },
  },
  'training:remove': {
    good: async (host) => {
      const id = await trainingId(host);
      expect(await ok(host, 'training:remove', { id })).toEqual({ id, undoToken: expect.any(String) });
    },
    bad: { input: () => ({ id: 7 }), field: 'id' },
  },
  'eligibility:get': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pmp');
      const result = await ok<{ paths: { pathId: string }[]; steps: { kind: string }[] }>(host, 'eligibility:get', { trackId });
      expect(result.paths.map((p) => p.pathId)).toEqual(['four-year-degree', 'secondary-degree', 'gac-degree']);
      expect(result.steps.map((s) => s.kind)).toEqual(['education', 'experience', 'training']);
    },
    bad: { input: () => ({ trackId: 'track-unknown' }), field: 'trackId', code: 'not_found' },
  },
  'checks:set': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pgmp');
      expect(await ok(host, 'checks:set', { trackId, requirementId: 'panel-review', checked: true })).toEqual({ trackId, requirementId: 'panel-review', checked: true });
    },
    bad: { input: async (host) => ({ trackId: await trackOf(host, 'pmi-pmp'), requirementId: 'panel-review', checked: true }), field: 'requirementId' },
  },
  'applications:get': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pmp');
      expect(await ok(host, 'applications:get', { trackId })).toMatchObject({ status: null, attemptsAllowed: 3, rules: { auditResponseDays: 90 } });
    },
    bad: { input: () => ({ trackId: '' }), field: 'trackId' },
  },
  'applications:record': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pmp');
      expect(await ok(host, 'applications:record', { trackId, status: 'in-audit', on: '2026-11-01' })).toMatchObject({ status: 'in-audit', auditDueOn: '2027-01-30' });
    },
    bad: { input: async (host) => ({ trackId: await trackOf(host, 'pmi-pmp'), status: 'submitted', on: '2026-12-01' }), field: 'on' },
  },
  'applications:remove-event': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pmp');
      const app = await ok<{ events: { id: number }[] }>(host, 'applications:record', { trackId, status: 'submitted', on: '2026-11-01' });
      expect(await ok(host, 'applications:remove-event', { trackId, eventId: app.events[0]?.id })).toMatchObject({ status: null, events: [] });
    },
    bad: { input: async (host) => ({ trackId: await trackOf(host, 'pmi-pmp'), eventId: 424242 }), field: 'eventId', code: 'not_found' },
  },
  'applications:export-pack': {
    good: async (host) => {
      const trackId = await trackOf(host, 'pmi-pmp');
      const file = await ok<{ fileName: string; contentBase64: string }>(host, 'applications:export-pack', { trackId, format: 'html' });
      expect(file.fileName).toMatch(/-application-pack-2026-11-25\.html$/);
      expect(Buffer.from(file.contentBase64, 'base64').toString()).toContain('application pack</h1>');
    },
    bad: { input: async (host) => ({ trackId: await trackOf(host, 'pmi-pmp'), format: 'pdf' }), field: 'format', code: 'rule_violation' },
  },
};
