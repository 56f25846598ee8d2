import { plusDays } from '../../../src/main/core/domain/calendarDays';
import type { IsoDate } from '../../../src/shared/schemas/dates';
import type { Track } from '../../../src/shared/schemas/track';
import type { LoadSession } from './loadSession';
import type { SeededRandom } from './random';

/** How many of `total` go to part `index` of `parts` (the first ones take the remainder). */
export function shareOf(total: number, parts: number, index: number): number {
  return Math.floor(total / parts) + (index < total % parts ? 1 : 0);
}

/** A day in the `days` before `today` (never today itself, never the future). */
export function pastDay(random: SeededRandom, today: IsoDate, days: number): IsoDate {
  return plusDays(today, -random.int(1, days));
}

function domainIdsOf(track: Track): string[] {
  return (track.outline.outline?.domains ?? []).map((d) => d.id);
}

/**
 * Study sessions and practice results of one track, then its preparation. History goes in before
 * `prep:setup` on purpose: every session or result added to a prepared track re-plans it from all
 * of its sessions (that is the cost issue 10 is about), which would make building ten years take
 * hours; entered first, the track is planned once, at set-up, from the whole history.
 */
export async function addStudyHistory(
  session: LoadSession,
  random: SeededRandom,
  track: Track,
  counts: { sessions: number; practice: number; days: number; scale: number },
): Promise<void> {
  const today = session.today();
  const domains = domainIdsOf(track);
  await session.inTransaction(async () => {
    for (let i = 0; i < counts.sessions; i++) {
      await session.call('sessions:add', {
        trackId: track.id,
        date: pastDay(random, today, counts.days),
        // Above scale 1 the rows multiply but the hours studied do not, so every scale leaves the
        // same part of the goal to plan (and the bench compares like with like).
        minutes: Math.max(1, Math.round(random.int(10, 60) / Math.max(1, counts.scale))),
        domainId: domains.length > 0 && random.chance(0.9) ? random.pick(domains) : null,
        notes: random.chance(0.2) ? `Chapter ${random.int(1, 30)} notes` : '',
      });
    }
    for (let i = 0; i < counts.practice; i++) {
      const scores = domains.map((domainId) => ({ domainId, percent: random.int(40, 95) }));
      const total = scores.length > 0 ? Math.round(scores.reduce((sum, s) => sum + s.percent, 0) / scores.length) : random.int(40, 95);
      await session.call('practice:add', {
        trackId: track.id,
        date: pastDay(random, today, counts.days),
        source: random.pick(['Official practice test', 'Question bank', 'Mock exam', 'Study group quiz']),
        totalPercent: total,
        domainScores: scores,
      });
    }
    await session.call('prep:setup', {
      trackId: track.id,
      examDate: plusDays(today, random.int(30, 240)),
      examBooked: random.chance(0.5),
      // Ten years of sessions (~70,000 minutes) leave part of the largest goal to plan.
      goalMinutes: (2000 - random.int(0, 200)) * 60,
      availability: [60, 60, 45, 60, 30, 180, 120],
      sessionMinutes: 45,
      selfRatings: domains.map((domainId) => ({ domainId, rating: random.int(1, 5) })),
    });
  });
}
