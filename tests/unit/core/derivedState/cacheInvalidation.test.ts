import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../src/main/core/createCore';
import type * as RenewalEvaluation from '../../../../src/main/core/services/renewalEvaluation';
import type * as Replan from '../../../../src/main/core/domain/studyPlan/replan';
import { callOk, testCore } from '../../../support/core';

/**
 * Issue 10: derived state is kept until a table it reads changes. The engines are wrapped to count
 * how often they run: a CE activity re-evaluates the credentials (whose renewal and the standing
 * of tracks relying on them may move) and leaves the plans alone; a study session re-plans and
 * leaves the renewals alone; a plain read re-computes nothing.
 */
const runs = vi.hoisted(() => ({ evaluations: new Map<string, number>(), plans: 0 }));

vi.mock('../../../../src/main/core/services/renewalEvaluation', async (importOriginal) => {
  const original = await importOriginal<typeof RenewalEvaluation>();
  return {
    ...original,
    evaluateCredential: (input: Parameters<typeof original.evaluateCredential>[0]) => {
      const key = input.earnedOn;
      runs.evaluations.set(key, (runs.evaluations.get(key) ?? 0) + 1);
      return original.evaluateCredential(input);
    },
  };
});
vi.mock('../../../../src/main/core/domain/studyPlan/replan', async (importOriginal) => {
  const original = await importOriginal<typeof Replan>();
  return {
    ...original,
    replan: (...args: Parameters<typeof original.replan>) => {
      runs.plans++;
      return original.replan(...args);
    },
  };
});

let core: Core;
let trackId: string;
let pmp: { id: string };
const PMP_EARNED = '2024-09-10';
const CAPM_EARNED = '2025-03-02';

beforeEach(async () => {
  core = await testCore();
  trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-acp' })).id;
  await callOk(core, 'prep:setup', { trackId, examDate: '2027-01-20', goalMinutes: 40 * 60, availability: [60, 60, 60, 60, 60, 0, 0] });
  pmp = await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: PMP_EARNED });
  await callOk(core, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: CAPM_EARNED });
  // Everything the dashboard and the prerequisites tab read, computed once.
  await reads();
  runs.evaluations.clear();
  runs.plans = 0;
});
afterEach(() => core.close());

async function reads() {
  await callOk(core, 'dashboard:get', {});
  await callOk(core, 'eligibility:get', { trackId });
  await callOk(core, 'renewal:get', { credentialId: pmp.id });
  await callOk(core, 'prep:get', { trackId });
  await callOk(core, 'calendar:export', {});
}

describe('kept derived state', () => {
  it('is not re-computed by reads, nor by the upkeep that follows them', async () => {
    await reads();
    core.refresh();
    await reads();
    expect(runs.evaluations.size).toBe(0);
    expect(runs.plans).toBe(0);
  });

  it('a CE activity re-evaluates the credentials (and the tracks’ standing), not the plans', async () => {
    const view = await callOk(core, 'renewal:get', { credentialId: pmp.id });
    const categoryId = view.progress?.groups[0]?.categories[0]?.id ?? '';
    await callOk(core, 'eligibility:get', { trackId });
    runs.evaluations.clear();
    await callOk(core, 'ce:log', { date: '2026-11-01', title: 'Course', units: 5, categoryId, credentialIds: [pmp.id] });
    const after = await callOk(core, 'renewal:get', { credentialId: pmp.id });
    await callOk(core, 'eligibility:get', { trackId });
    await callOk(core, 'dashboard:get', {});
    expect(runs.evaluations.get(PMP_EARNED)).toBeGreaterThan(0);
    expect(after.progress?.earned).toBe((view.progress?.earned ?? 0) + 5);
    expect(runs.plans).toBe(0);
    // Evaluated once for the write and its reads, not once per check that asks.
    expect(runs.evaluations.get(PMP_EARNED)).toBeLessThanOrEqual(2);
  });

  it('a study session re-plans its track, not the renewals', async () => {
    await callOk(core, 'sessions:add', { trackId, date: '2026-11-25', minutes: 30 });
    await reads();
    expect(runs.plans).toBeGreaterThan(0);
    expect(runs.evaluations.size).toBe(0);
  });

  it('a new day re-computes both', async () => {
    core.refresh();
    (core as Core & { clock: { set: (d: Date) => void } }).clock.set(new Date('2026-11-26T10:00:00.000Z'));
    await reads();
    expect(runs.plans).toBeGreaterThan(0);
    expect(runs.evaluations.get(PMP_EARNED)).toBeGreaterThan(0);
  });
});
