import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../../../src/main/core/clock';
import type { Core } from '../../../../src/main/core/createCore';
import { callOk, PINNED_NOW, testCore } from '../../../support/core';
import { freshDataDir } from '../../../support/webHost';

/**
 * Issue 10's property: after any sequence of writes, the answers of a core that kept its derived
 * state (renewal evaluations, plans, progress) equal those of a core opened fresh on the same file.
 */
type Write =
  | { kind: 'ce'; credential: 0 | 1; daysAgo: number; units: number; category: number }
  | { kind: 'session'; daysAgo: number; minutes: number }
  | { kind: 'day'; days: number }
  | { kind: 'holidays'; country: 'US' | 'GB' | null }
  | { kind: 'practice'; daysAgo: number; percent: number }
  | { kind: 'experience'; startYear: number; months: number };

const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('ce' as const), credential: fc.constantFrom(0 as const, 1 as const), daysAgo: fc.integer({ min: 0, max: 900 }), units: fc.integer({ min: 1, max: 30 }), category: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('session' as const), daysAgo: fc.integer({ min: 0, max: 60 }), minutes: fc.integer({ min: 5, max: 240 }) }),
  fc.record({ kind: fc.constant('day' as const), days: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('holidays' as const), country: fc.constantFrom('US' as const, 'GB' as const, null) }),
  fc.record({ kind: fc.constant('practice' as const), daysAgo: fc.integer({ min: 0, max: 60 }), percent: fc.integer({ min: 30, max: 95 }) }),
  fc.record({ kind: fc.constant('experience' as const), startYear: fc.integer({ min: 2018, max: 2025 }), months: fc.integer({ min: 1, max: 30 }) }),
);

const dayBefore = (clock: AdjustableClock, days: number) => new Date(clock.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);

async function answers(core: Core, trackId: string, credentialIds: string[]) {
  return {
    dashboard: await callOk(core, 'dashboard:get', {}),
    eligibility: await callOk(core, 'eligibility:get', { trackId }),
    renewals: await Promise.all(credentialIds.map((credentialId) => callOk(core, 'renewal:get', { credentialId }))),
    prep: await callOk(core, 'prep:get', { trackId }),
    progress: await callOk(core, 'prep:get-progress', { trackId }),
    readiness: await callOk(core, 'readiness:get', { trackId }),
  };
}

describe('kept derived state', () => {
  it('answers as a fresh core on the same file does, after random writes', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(write, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), async (rounds) => {
        const dataDir = freshDataDir();
        const clock = new AdjustableClock(new Date(PINNED_NOW));
        let core = await testCore({ dataDir, clock });
        try {
          const trackId = (await callOk(core, 'tracks:create', { certificationId: 'pmi-acp' })).id;
          await callOk(core, 'prep:setup', { trackId, examDate: '2027-06-20', goalMinutes: 60 * 60, availability: [60, 60, 0, 60, 60, 90, 0] });
          const credentials = [
            await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' }),
            await callOk(core, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: '2023-03-02' }),
          ];
          const categories = await Promise.all(
            credentials.map(async (c) => (await callOk(core, 'renewal:get', { credentialId: c.id })).progress?.groups.flatMap((g) => g.categories.map((k) => k.id)) ?? []),
          );
          const ids = credentials.map((c) => c.id);
          for (const round of rounds) {
            await answers(core, trackId, ids); // fill the caches, so the writes below must invalidate them
            for (const w of round) {
              if (w.kind === 'ce') {
                const own = categories[w.credential] ?? [];
                const categoryId = own[w.category % Math.max(1, own.length)];
                const credentialId = ids[w.credential];
                if (categoryId && credentialId) await core.call('ce:log', { date: dayBefore(clock, w.daysAgo), title: 'Webinar', units: w.units, categoryId, credentialIds: [credentialId] });
              } else if (w.kind === 'session') {
                await core.call('sessions:add', { trackId, date: dayBefore(clock, w.daysAgo), minutes: w.minutes });
              } else if (w.kind === 'day') {
                clock.set(new Date(clock.now().getTime() + w.days * 86_400_000));
                core.refresh();
              } else if (w.kind === 'holidays') {
                await callOk(core, 'settings:update', { patch: { holidayCountry: w.country } });
              } else if (w.kind === 'practice') {
                await core.call('practice:add', { trackId, date: dayBefore(clock, w.daysAgo), source: 'Mock', totalPercent: w.percent, domainScores: [] });
              } else {
                const end = new Date(Date.UTC(w.startYear, w.months, 1)).toISOString().slice(0, 7);
                await core.call('experience:add', { organisation: 'Acme', title: 'Project', startMonth: `${w.startYear}-01`, endMonth: end, areas: ['leading agile projects'] });
              }
            }
            const kept = await answers(core, trackId, ids);
            core.close();
            core = await testCore({ dataDir, clock });
            await new Promise((resolve) => setImmediate(resolve));
            expect(await answers(core, trackId, ids)).toEqual(kept);
          }
        } finally {
          core.close();
        }
      }),
      { numRuns: 6, seed: 20261201 },
    );
  });
});
