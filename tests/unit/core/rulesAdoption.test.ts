import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG, BUILTIN_CATALOG_RELEASED_AT } from '../../../src/main/core/catalog';
import type { BuiltinEntry } from '../../../src/main/core/catalog/builtinEntry';
import type { Core } from '../../../src/main/core/createCore';
import { type MaintenanceInput } from '../../../src/shared/schemas/certification';
import { callOk, testCore } from '../../support/core';
import { freshDataDir } from '../../support/webHost';

/**
 * Newer catalog rules reach tracks and credentials only when the person adopts them, and rules a
 * person fills in apply to their own credential or track only. Through the real core, pinned to
 * 2026-11-25.
 */

let core: Core;
afterEach(() => core?.close());

/** The catalog as an earlier release had PMP: revision 1, one outline of 185 questions, carry-over without a maximum. */
function olderRelease() {
  const entries = BUILTIN_CATALOG.map((entry): BuiltinEntry => {
    if (entry.id !== 'pmi-pmp') return { ...entry, revision: 1 };
    const eco2026 = entry.exam.outlines.find((o) => o.id === 'eco-2026');
    return {
      ...entry,
      revision: 1,
      exam: { ...entry.exam, outlines: [{ ...eco2026!, id: 'outline', name: 'exam outline', effectiveFrom: null, questions: 185, scoredQuestions: 175 }] },
      maintenance: { ...(entry.maintenance as MaintenanceInput), carryOver: { rule: 'last-year-excess', maxUnits: 'no-limit' } },
    };
  });
  return { version: 1, releasedAt: '2026-11-01T00:00:00.000Z', entries };
}

/** A PMP held since 2022, its first cycle renewed with 90 PDUs, 40 of them in the cycle's last year. */
async function pmpHolderOnOlderRules() {
  const dataDir = freshDataDir();
  const first = await testCore({ dataDir, catalog: olderRelease() });
  // The first cycle is renewed while it is still open, in December 2024.
  first.clock.set(new Date('2024-12-15T10:00:00.000Z'));
  const track = await callOk(first, 'tracks:create', { certificationId: 'pmi-pmp' });
  const credential = await callOk(first, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2022-01-10' });
  const log = (date: string, units: number, categoryId: string) =>
    callOk(first, 'ce:log', { date, title: `${categoryId} ${date}`, units, categoryId, credentialIds: [credential.id] });
  await log('2022-03-01', 20, 'ways-of-working');
  await log('2022-04-01', 15, 'power-skills');
  await log('2023-02-01', 15, 'business-acumen');
  await log('2024-02-01', 40, 'power-skills');
  await callOk(first, 'renewal:record', { credentialId: credential.id, submittedOn: '2024-12-01', approvedOn: '2024-12-10', feePaid: true });
  first.close();
  core = await testCore({ dataDir });
  return { track, credential };
}

describe('newer catalog rules for a track', () => {
  it('previews what changes field by field and which figures move, then adopts through one method', async () => {
    const { track } = await pmpHolderOnOlderRules();
    const before = await callOk(core, 'tracks:get', { id: track.id });
    expect(before).toMatchObject({ newerRulesAvailable: true, keptOlderRules: false });
    expect(before.outline.outline).toMatchObject({ questions: 185 });

    const preview = await callOk(core, 'tracks:preview-rules-update', { id: track.id });
    expect(preview).toMatchObject({ target: 'track', available: true, fromRevision: 1, toRevision: 2, kept: false });
    const texts = preview.changes.map((c) => c.text);
    expect(texts).toContain('PMP exam on 11/25/2026: 185 → 180 questions');
    expect(texts).toContain('Carry-over now capped at 20 PDUs');
    expect(preview.derived).toContainEqual({ label: 'Exam outline for your date', before: 'Exam outline: 185 questions (175 scored), 240 min', after: 'July 2026 exam content outline: 180 questions (170 scored), 240 min' });

    const adopted = await callOk(core, 'tracks:adopt-latest-rules', { id: track.id });
    expect(adopted).toMatchObject({ newerRulesAvailable: false, snapshot: { revision: 2 } });
    expect(adopted.outline.outline?.id).toBe('eco-2026');
    expect(adopted.history.at(-1)?.reason).toBe('Adopted PMP rules revision 2 (was 1)');
    expect((await callOk(core, 'tracks:preview-rules-update', { id: track.id })).available).toBe(false);
    const again = await core.call('tracks:adopt-latest-rules', { id: track.id });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', message: 'PMP already follows the catalog’s latest rules (revision 2)' });
  });

  it('keeps the current rules on request; the notice goes quiet until the catalog changes again', async () => {
    const { track } = await pmpHolderOnOlderRules();
    const kept = await callOk(core, 'tracks:keep-current-rules', { id: track.id });
    expect(kept).toMatchObject({ available: true, kept: true });
    expect(await callOk(core, 'tracks:get', { id: track.id })).toMatchObject({ newerRulesAvailable: false, keptOlderRules: true, snapshot: { revision: 1 } });
    expect((await callOk(core, 'tracks:list', {}))[0]).toMatchObject({ newerRulesAvailable: false, keptOlderRules: true });
  });
});

describe('newer catalog rules for a credential', () => {
  it('shows the carry-over a cap would take away, and leaves the activities untouched when adopting', async () => {
    const { credential } = await pmpHolderOnOlderRules();
    const before = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(before.credential).toMatchObject({ newerRulesAvailable: true, rulesRevision: 1 });
    expect(before.progress?.carriedIn).toBe(30);

    const preview = await callOk(core, 'credentials:preview-rules-update', { id: credential.id });
    expect(preview.changes.map((c) => c.text)).toContain('Carry-over now capped at 20 PDUs');
    expect(preview.derived).toContainEqual({ label: 'Carried in from the last cycle', before: '30 PDUs', after: '20 PDUs' });
    expect(preview.derived).toContainEqual({ label: 'Still needed', before: '30 PDUs', after: '40 PDUs' });

    const activities = before.activities;
    const adopted = await callOk(core, 'credentials:adopt-latest-rules', { id: credential.id });
    expect(adopted).toMatchObject({ rulesRevision: 2, newerRulesAvailable: false });
    const after = await callOk(core, 'renewal:get', { credentialId: credential.id });
    expect(after.progress?.carriedIn).toBe(20);
    expect(after.activities).toEqual(activities);
    const history = await callOk(core, 'renewal:get', { credentialId: credential.id, cycleIndex: 0 });
    expect(history.activities.map((a) => a.units)).toEqual([20, 15, 15, 40]);
  });

  it('refuses to adopt for a credential outside the catalog, changing nothing', async () => {
    core = await testCore();
    const badge = await callOk(core, 'credentials:add', { name: 'Company PMO badge', earnedOn: '2024-01-01' });
    const result = await core.call('credentials:adopt-latest-rules', { id: badge.id });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'conflict', message: 'Company PMO badge is not from the catalog, so there are no catalog rules to adopt' });
  });
});

describe('renewal rules a person fills in', () => {
  const ownRules = {
    kind: 'continuing-education',
    cycleYears: 3,
    unitName: 'CPD hour',
    totalUnits: 30,
    unitStep: null,
    groups: [{ id: 'cpd', name: 'CPD', min: null, max: null, categories: [{ id: 'training', name: 'Training', min: null, max: 20, maxPerYear: null, sharing: 'none' }] }],
    suspensionMonths: 0,
    carryOver: { rule: 'none' },
    renewalFees: null,
    notes: null,
  };

  it('apply to that credential only and let it log activities against them', async () => {
    core = await testCore();
    const ipmo = await callOk(core, 'credentials:add', { certificationId: 'aipmo-ipmo-f', earnedOn: '2025-03-01' });
    const unknown = await callOk(core, 'renewal:get', { credentialId: ipmo.id });
    expect(unknown).toMatchObject({ status: 'unknown', canFillIn: true, rulesSource: 'catalog', cycles: [] });

    const view = await callOk(core, 'credentials:set-own-renewal-rules', { id: ipmo.id, maintenance: ownRules });
    expect(view).toMatchObject({ rulesSource: 'own', status: 'behind', progress: { required: 30 } });
    expect(view.cycles[0]).toMatchObject({ start: '2025-03-01', end: '2028-02-29' });
    await callOk(core, 'ce:log', { date: '2025-10-01', title: 'PMO course', units: 25, categoryId: 'training', credentialIds: [ipmo.id] });
    const after = await callOk(core, 'renewal:get', { credentialId: ipmo.id });
    expect(after.progress).toMatchObject({ counted: 20, notCounted: 5, stillNeeded: 10 });
    expect((await callOk(core, 'catalog:get', { id: 'aipmo-ipmo-f' })).certification.maintenance.kind).toBe('unknown');

    const cleared = await callOk(core, 'credentials:clear-own-renewal-rules', { id: ipmo.id });
    expect(cleared).toMatchObject({ rulesSource: 'catalog', status: 'unknown' });
  });

  it.each([
    ['a minimum above the total', { groups: [{ ...ownRules.groups[0], min: 40 }] }, 'maintenance.groups.0.min', 'The minimum (40) cannot be above the total of 30 CPD hours'],
    ['a cap below a minimum', { groups: [{ ...ownRules.groups[0], categories: [{ ...ownRules.groups[0]!.categories[0], min: 25 }] }] }, 'maintenance.groups.0.categories.0.max', 'The cap cannot be below the minimum'],
    ['a zero cycle', { cycleYears: 0 }, 'maintenance.cycleYears', 'Cycle length must be at least 1'],
    ['a carry-over above the total', { carryOver: { rule: 'last-year-excess', maxUnits: 31 } }, 'maintenance.carryOver.maxUnits', 'The carry-over (31) cannot be above the total of 30 CPD hours'],
    ['an unknown field', { cycle: 3 }, 'maintenance', 'Unknown field: cycle'],
  ])('refuses %s, naming the field, and stores nothing', async (_name, patch, path, message) => {
    core = await testCore();
    const ipmo = await callOk(core, 'credentials:add', { certificationId: 'aipmo-ipmo-f', earnedOn: '2025-03-01' });
    const result = await core.call('credentials:set-own-renewal-rules', { id: ipmo.id, maintenance: { ...ownRules, ...patch } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.details?.issues).toContainEqual({ path, message });
    expect((await callOk(core, 'renewal:get', { credentialId: ipmo.id })).rulesSource).toBe('catalog');
  });

  it('are refused where the catalog knows the rules', async () => {
    core = await testCore();
    const pmp = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2025-03-01' });
    const result = await core.call('credentials:set-own-renewal-rules', { id: pmp.id, maintenance: ownRules });
    expect(result.ok ? null : result.error).toMatchObject({ code: 'rule_violation', details: { issues: [{ path: 'maintenance' }] } });
  });
});

describe('an exam outline a person fills in', () => {
  const outline = {
    id: 'mine',
    name: 'IPMO-F outline from my course',
    effectiveFrom: null,
    effectiveUntil: null,
    questions: 40,
    scoredQuestions: null,
    durationMinutes: 60,
    format: null,
    domains: [
      { id: 'pmo-basics', name: 'PMO basics', weight: 60 },
      { id: 'services', name: 'PMO services', weight: 40 },
    ],
  };

  it('drives the plan’s domains for that track only', async () => {
    core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'aipmo-ipmo-f' });
    expect(track.outline).toMatchObject({ outline: null, canFillIn: true });
    const updated = await callOk(core, 'tracks:set-own-outline', { id: track.id, outline });
    expect(updated.outline).toMatchObject({ source: 'own', outline: { id: 'mine' } });
    const prep = await callOk(core, 'prep:get', { trackId: track.id });
    expect(prep.domains.map((d) => [d.id, d.weight])).toEqual([
      ['pmo-basics', 60],
      ['services', 40],
    ]);
    expect(prep.generalReason).toBeNull();
    expect((await callOk(core, 'tracks:clear-own-outline', { id: track.id })).outline.source).toBe('catalog');
  });

  it.each([
    ['weights not summing to 100', { domains: [{ id: 'a', name: 'A', weight: 70 }] }, 'outline.domains', 'Domain weights must add up to 100 (now 70)'],
    ['an unknown field', { weights: [] }, 'outline', 'Unknown field: weights'],
  ])('refuses %s', async (_name, patch, path, message) => {
    core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'aipmo-ipmo-f' });
    const result = await core.call('tracks:set-own-outline', { id: track.id, outline: { ...outline, ...patch } });
    expect(result.ok ? null : result.error.details?.issues).toContainEqual({ path, message });
    expect((await callOk(core, 'tracks:get', { id: track.id })).ownOutline).toBeNull();
  });

  it('is refused where the catalog knows the outline', async () => {
    core = await testCore();
    const track = await callOk(core, 'tracks:create', { certificationId: 'pmi-pmp' });
    const result = await core.call('tracks:set-own-outline', { id: track.id, outline });
    expect(result.ok ? null : result.error.code).toBe('rule_violation');
  });
});

describe('rules the engines apply when logging', () => {
  it('PeopleCert refuses an activity above 15 points and reminds before a short cycle year ends', async () => {
    core = await testCore();
    const prince2 = await callOk(core, 'credentials:add', { certificationId: 'peoplecert-prince2-7-foundation', earnedOn: '2026-03-01' });
    const tooLong = await core.call('ce:log', { date: '2026-06-01', title: 'Two-day course', units: 16, categoryId: 'professional-education', credentialIds: [prince2.id] });
    expect(tooLong.ok ? null : tooLong.error.details?.issues).toContainEqual({ path: 'units', message: 'PRINCE2 F counts at most 15 CPD points for one activity; log a longer one as several activities' });
    await callOk(core, 'ce:log', { date: '2026-06-01', title: 'Course', units: 12, categoryId: 'professional-education', credentialIds: [prince2.id] });
    const view = await callOk(core, 'renewal:get', { credentialId: prince2.id });
    expect(view.progress?.years[0]).toMatchObject({ end: '2027-02-28', counted: 12, stillNeeded: 8 });
    const calendar = await callOk(core, 'calendar:export', {});
    expect(Buffer.from(calendar.contentBase64, 'base64').toString('utf8')).toContain('PRINCE2 F: 8 CPD points to go this cycle year');
    const reminders = await callOk(core, 'reminders:list', {});
    expect(JSON.stringify(reminders)).toContain('cycle-year-end');
  });

  it('Security+ asks for the kind of activity and caps live webinars at 10', async () => {
    core = await testCore();
    const sec = await callOk(core, 'credentials:add', { certificationId: 'comptia-security-plus', earnedOn: '2025-03-01' });
    const noKind = await core.call('ce:log', { date: '2026-01-10', title: 'Webinar', units: 4, categoryId: 'training', credentialIds: [sec.id] });
    expect(noKind.ok ? null : noKind.error.details?.issues?.[0]?.path).toBe('activityTypeId');
    await callOk(core, 'ce:log', { date: '2026-01-10', title: 'Webinars', units: 12, categoryId: 'training', activityTypeId: 'live-webinar', credentialIds: [sec.id] });
    const view = await callOk(core, 'renewal:get', { credentialId: sec.id });
    expect(view.activities[0]).toMatchObject({ counted: 10, notCounted: 2, activityTypeName: 'Live webinar', notCountedReason: 'above the Live webinar cap of 10' });
  });
});

describe('the catalog list', () => {
  it('shows Unknown and low-confidence facts at a glance', async () => {
    core = await testCore();
    const list = await callOk(core, 'catalog:list', {});
    const pmocp = list.items.find((i) => i.id === 'pmi-pmocp');
    expect(pmocp?.unknownFacts).toEqual(['Renewal categories', 'Carry-over']);
    const ipmo = list.items.find((i) => i.id === 'aipmo-ipmo-f');
    expect(ipmo?.unknownFacts).toEqual(['Exam outline', 'Exam fee', 'Renewal rules']);
    expect(list.items.find((i) => i.id === 'pmi-pmp')?.conflicts).toBeGreaterThan(0);
    expect(BUILTIN_CATALOG_RELEASED_AT).toBe('2026-12-10T00:00:00.000Z');
  });
});
