import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdjustableClock } from '../../../../src/main/core/clock';
import type { Core } from '../../../../src/main/core/createCore';
import { callOk, PINNED_NOW, testCore } from '../../../support/core';
import { freshDataDir } from '../../../support/webHost';

/**
 * Issue 10's property: after any sequence of writes, the answers of a core that kept its derived
 * state (renewal evaluations, plans, progress, known dates, the calendar file, the reminder scan)
 * equal those of a core opened fresh on the same file. Plans are kept per track and evaluations
 * per credential, so writes go to one track or credential and both are read; removals (a session,
 * an activity, a whole track with its cascades) must invalidate as additions do.
 */
type Write =
  | { kind: 'ce'; credential: 0 | 1; daysAgo: number; units: number; category: number; shared: boolean }
  | { kind: 'removeCe' }
  | { kind: 'session'; track: 0 | 1 | 2; daysAgo: number; minutes: number }
  | { kind: 'removeSession'; track: 0 | 1 | 2 }
  | { kind: 'removeTrack' }
  | { kind: 'day'; days: number }
  | { kind: 'holidays'; country: 'US' | 'GB' | null }
  | { kind: 'practice'; track: 0 | 1 | 2; daysAgo: number; percent: number }
  | { kind: 'experience'; startYear: number; months: number };

const aTrack = fc.constantFrom(0 as const, 1 as const, 2 as const);
const write: fc.Arbitrary<Write> = fc.oneof(
  fc.record({ kind: fc.constant('ce' as const), credential: fc.constantFrom(0 as const, 1 as const), daysAgo: fc.integer({ min: 0, max: 900 }), units: fc.integer({ min: 1, max: 30 }), category: fc.integer({ min: 0, max: 2 }), shared: fc.boolean() }),
  fc.record({ kind: fc.constant('removeCe' as const) }),
  fc.record({ kind: fc.constant('session' as const), track: aTrack, daysAgo: fc.integer({ min: 0, max: 60 }), minutes: fc.integer({ min: 5, max: 240 }) }),
  fc.record({ kind: fc.constant('removeSession' as const), track: aTrack }),
  fc.record({ kind: fc.constant('removeTrack' as const) }),
  fc.record({ kind: fc.constant('day' as const), days: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ kind: fc.constant('holidays' as const), country: fc.constantFrom('US' as const, 'GB' as const, null) }),
  fc.record({ kind: fc.constant('practice' as const), track: aTrack, daysAgo: fc.integer({ min: 0, max: 60 }), percent: fc.integer({ min: 30, max: 95 }) }),
  fc.record({ kind: fc.constant('experience' as const), startYear: fc.integer({ min: 2018, max: 2025 }), months: fc.integer({ min: 1, max: 30 }) }),
);

const dayBefore = (clock: AdjustableClock, days: number) => new Date(clock.now().getTime() - days * 86_400_000).toISOString().slice(0, 10);

/** Every kept answer, for the two tracks that stay (the third may be removed) and both credentials. */
async function answers(core: Core, trackIds: string[], credentialIds: string[]) {
  const perTrack = [];
  for (const trackId of trackIds) {
    perTrack.push({
      eligibility: await callOk(core, 'eligibility:get', { trackId }),
      prep: await callOk(core, 'prep:get', { trackId }),
      progress: await callOk(core, 'prep:get-progress', { trackId }),
      readiness: await callOk(core, 'readiness:get', { trackId }),
    });
  }
  return {
    dashboard: await callOk(core, 'dashboard:get', {}),
    perTrack,
    renewals: await Promise.all(credentialIds.map((credentialId) => callOk(core, 'renewal:get', { credentialId }))),
    calendar: await callOk(core, 'calendar:export', { trackId: null, credentialId: null }),
    reminders: await callOk(core, 'reminders:list', {}),
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
          const trackIds: string[] = [];
          for (const [certificationId, examDate] of [['pmi-acp', '2027-06-20'], ['comptia-security-plus', '2027-03-15'], ['aws-saa-c03', '2027-02-01']] as const) {
            const trackId = (await callOk(core, 'tracks:create', { certificationId })).id;
            await callOk(core, 'prep:setup', { trackId, examDate, goalMinutes: 60 * 60, availability: [60, 60, 0, 60, 60, 90, 0] });
            trackIds.push(trackId);
          }
          const read = trackIds.slice(0, 2);
          let removable: string | null = trackIds[2] ?? null;
          const sessionIds: string[][] = [[], [], []];
          const activityIds: string[] = [];
          const credentials = [
            await callOk(core, 'credentials:add', { certificationId: 'pmi-pmp', earnedOn: '2024-09-10' }),
            await callOk(core, 'credentials:add', { certificationId: 'pmi-capm', earnedOn: '2023-03-02' }),
          ];
          const categories = await Promise.all(
            credentials.map(async (c) => (await callOk(core, 'renewal:get', { credentialId: c.id })).progress?.groups.flatMap((g) => g.categories.map((k) => k.id)) ?? []),
          );
          const ids = credentials.map((c) => c.id);
          for (const round of rounds) {
            await answers(core, read, ids); // fill the caches, so the writes below must invalidate them
            for (const w of round) {
              if (w.kind === 'ce') {
                const own = categories[w.credential] ?? [];
                const categoryId = own[w.category % Math.max(1, own.length)];
                const credentialId = ids[w.credential];
                // Shared with the other credential where the rules allow it (else logged for one).
                const credentialIds = w.shared ? [credentialId, ids[1 - w.credential]] : [credentialId];
                if (categoryId && credentialId) {
                  let logged = await core.call('ce:log', { date: dayBefore(clock, w.daysAgo), title: 'Webinar', units: w.units, categoryId, credentialIds });
                  if (!logged.ok) logged = await core.call('ce:log', { date: dayBefore(clock, w.daysAgo), title: 'Webinar', units: w.units, categoryId, credentialIds: [credentialId] });
                  if (logged.ok) activityIds.push((logged.data as { id: string }).id);
                }
              } else if (w.kind === 'removeCe') {
                const id = activityIds.pop();
                if (id) await callOk(core, 'ce:remove', { id });
              } else if (w.kind === 'session') {
                const trackId = w.track === 2 ? removable : trackIds[w.track];
                if (trackId) {
                  const added = await core.call('sessions:add', { trackId, date: dayBefore(clock, w.daysAgo), minutes: w.minutes });
                  if (added.ok) sessionIds[w.track]?.push((added.data as { id: string }).id);
                }
              } else if (w.kind === 'removeSession') {
                const id = sessionIds[w.track]?.pop();
                if (id) await callOk(core, 'sessions:remove', { id });
              } else if (w.kind === 'removeTrack') {
                // The third track goes with its sessions, plan and exam date (foreign-key cascades).
                if (removable) await callOk(core, 'tracks:remove', { id: removable });
                removable = null;
                sessionIds[2] = [];
              } else if (w.kind === 'day') {
                clock.set(new Date(clock.now().getTime() + w.days * 86_400_000));
                core.refresh();
              } else if (w.kind === 'holidays') {
                await callOk(core, 'settings:update', { patch: { holidayCountry: w.country } });
              } else if (w.kind === 'practice') {
                const trackId = w.track === 2 ? removable : trackIds[w.track];
                if (trackId) await core.call('practice:add', { trackId, date: dayBefore(clock, w.daysAgo), source: 'Mock', totalPercent: w.percent, domainScores: [] });
              } else {
                const end = new Date(Date.UTC(w.startYear, w.months, 1)).toISOString().slice(0, 7);
                await core.call('experience:add', { organisation: 'Acme', title: 'Project', startMonth: `${w.startYear}-01`, endMonth: end, areas: ['leading agile projects'] });
              }
            }
            const kept = await answers(core, read, ids);
            core.close();
            core = await testCore({ dataDir, clock });
            await new Promise((resolve) => setImmediate(resolve));
            expect(await answers(core, read, ids)).toEqual(kept);
          }
        } finally {
          core.close();
        }
      }),
      { numRuns: 6, seed: 20261201 },
    );
  });
});
