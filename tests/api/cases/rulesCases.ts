import { expect } from 'vitest';
import type { WebHost } from '../../support/webHost';
import type { MethodCases } from './types';

/** Issue 8: newer catalog rules (preview, adopt, keep) and rules a person fills in, over HTTP. */

async function ok<T>(host: WebHost, method: string, input: unknown): Promise<T> {
  const { status, body } = await host.call<T>(method, input);
  expect(status).toBe(200);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data;
}

/** A custom entry (a copy of CAPM), tracked and held, then edited: both now follow an older revision. */
async function olderRules(host: WebHost): Promise<{ trackId: string; credentialId: string }> {
  const detail = await ok<{ certification: Record<string, unknown> }>(host, 'catalog:get', { id: 'pmi-capm' });
  const { id: _i, origin: _o, revision: _r, facts: _f, updatedAt: _u, ...draft } = detail.certification;
  const custom = await ok<{ id: string }>(host, 'catalog:create-custom', { certification: { ...draft, name: 'Rules test', acronym: `R${Math.floor(Math.random() * 1e6)}`, copiedFrom: 'pmi-capm' } });
  const track = await ok<{ id: string }>(host, 'tracks:create', { certificationId: custom.id });
  const credential = await ok<{ id: string }>(host, 'credentials:add', { certificationId: custom.id, earnedOn: '2025-01-15' });
  const maintenance = draft.maintenance as { totalUnits: number };
  await ok(host, 'catalog:update-custom', { id: custom.id, certification: { ...draft, name: 'Rules test', acronym: 'RT', copiedFrom: 'pmi-capm', maintenance: { ...maintenance, totalUnits: 18 } } });
  return { trackId: track.id, credentialId: credential.id };
}

async function unknownRulesCredential(host: WebHost): Promise<string> {
  const list = await ok<{ certificationId: string | null; id: string }[]>(host, 'credentials:list', {});
  const existing = list.find((c) => c.certificationId === 'aipmo-ipmo-p');
  if (existing) return existing.id;
  return (await ok<{ id: string }>(host, 'credentials:add', { certificationId: 'aipmo-ipmo-p', earnedOn: '2025-02-01' })).id;
}

async function unknownOutlineTrack(host: WebHost): Promise<string> {
  const open = await ok<{ certificationId: string | null; id: string }[]>(host, 'tracks:list', {});
  const existing = open.find((t) => t.certificationId === 'peoplecert-msp5-practitioner');
  if (existing) return existing.id;
  return (await ok<{ id: string }>(host, 'tracks:create', { certificationId: 'peoplecert-msp5-practitioner' })).id;
}

const OWN_RULES = {
  kind: 'continuing-education',
  cycleYears: 3,
  unitName: 'CPD hour',
  totalUnits: 36,
  unitStep: null,
  groups: [{ id: 'cpd', name: 'CPD', min: null, max: null, categories: [{ id: 'learning', name: 'Learning', min: null, max: null, maxPerYear: null, sharing: 'none' }] }],
  suspensionMonths: 0,
  carryOver: { rule: 'none' },
  renewalFees: null,
  notes: null,
};

const OWN_OUTLINE = {
  id: 'mine',
  name: 'MSP 5 Practitioner, my notes',
  effectiveFrom: null,
  effectiveUntil: null,
  questions: 70,
  scoredQuestions: null,
  durationMinutes: 150,
  format: null,
  domains: [],
};

export const rulesCases: MethodCases = {
  'tracks:preview-rules-update': {
    good: async (host) => {
      const { trackId } = await olderRules(host);
      const preview = await ok<{ available: boolean; changes: { text: string }[] }>(host, 'tracks:preview-rules-update', { id: trackId });
      expect(preview.available).toBe(true);
      expect(preview.changes.map((c) => c.text)).toContain('Units per cycle: 15 PDUs → 18 PDUs');
    },
    bad: { input: () => ({ id: '' }), field: 'id' },
  },
  'tracks:adopt-latest-rules': {
    good: async (host) => {
      const { trackId } = await olderRules(host);
      expect(await ok(host, 'tracks:adopt-latest-rules', { id: trackId })).toMatchObject({ newerRulesAvailable: false, snapshot: { revision: 2 } });
    },
    bad: { input: () => ({ id: 'track-unknown' }), field: 'id', code: 'not_found' },
  },
  'tracks:keep-current-rules': {
    good: async (host) => {
      const { trackId } = await olderRules(host);
      expect(await ok(host, 'tracks:keep-current-rules', { id: trackId })).toMatchObject({ kept: true, fromRevision: 1, toRevision: 2 });
    },
    bad: { input: () => ({ id: 'track-unknown', extra: true }), field: '' },
  },
  'tracks:set-own-outline': {
    good: async (host) => {
      const id = await unknownOutlineTrack(host);
      expect(await ok(host, 'tracks:set-own-outline', { id, outline: OWN_OUTLINE })).toMatchObject({ outline: { source: 'own', outline: { questions: 70 } } });
    },
    bad: { input: async (host) => ({ id: await unknownOutlineTrack(host), outline: { ...OWN_OUTLINE, effectiveFrom: '2026-09-01', effectiveUntil: '2026-01-01' } }), field: 'outline.effectiveUntil' },
  },
  'tracks:clear-own-outline': {
    good: async (host) => {
      const id = await unknownOutlineTrack(host);
      expect(await ok(host, 'tracks:clear-own-outline', { id })).toMatchObject({ ownOutline: null, outline: { source: 'catalog' } });
    },
    bad: { input: () => ({ id: 'track-unknown' }), field: 'id', code: 'not_found' },
  },
  'credentials:preview-rules-update': {
    good: async (host) => {
      const { credentialId } = await olderRules(host);
      const preview = await ok<{ available: boolean; derived: { label: string }[] }>(host, 'credentials:preview-rules-update', { id: credentialId });
      expect(preview.available).toBe(true);
      expect(preview.derived.map((d) => d.label)).toContain('Still needed');
    },
    bad: { input: () => ({ id: 'credential-unknown' }), field: 'id', code: 'not_found' },
  },
  'credentials:adopt-latest-rules': {
    good: async (host) => {
      const { credentialId } = await olderRules(host);
      expect(await ok(host, 'credentials:adopt-latest-rules', { id: credentialId })).toMatchObject({ rulesRevision: 2, newerRulesAvailable: false });
    },
    bad: { input: () => ({ id: 42 }), field: 'id' },
  },
  'credentials:keep-current-rules': {
    good: async (host) => {
      const { credentialId } = await olderRules(host);
      expect(await ok(host, 'credentials:keep-current-rules', { id: credentialId })).toMatchObject({ kept: true });
    },
    bad: { input: () => ({}), field: 'id' },
  },
  'credentials:set-own-renewal-rules': {
    good: async (host) => {
      const id = await unknownRulesCredential(host);
      expect(await ok(host, 'credentials:set-own-renewal-rules', { id, maintenance: OWN_RULES })).toMatchObject({ rulesSource: 'own', progress: { required: 36 } });
    },
    bad: {
      input: async (host) => ({ id: await unknownRulesCredential(host), maintenance: { ...OWN_RULES, groups: [{ ...OWN_RULES.groups[0], min: 50 }] } }),
      field: 'maintenance.groups.0.min',
    },
  },
  'credentials:clear-own-renewal-rules': {
    good: async (host) => {
      const id = await unknownRulesCredential(host);
      expect(await ok(host, 'credentials:clear-own-renewal-rules', { id })).toMatchObject({ rulesSource: 'catalog', status: 'unknown' });
    },
    bad: { input: () => ({ id: 'credential-unknown' }), field: 'id', code: 'not_found' },
  },
};
