import { performance } from 'node:perf_hooks';
import { plusDays } from '../../../src/main/core/domain/calendarDays';
import type { IsoDate } from '../../../src/shared/schemas/dates';
import type { Track } from '../../../src/shared/schemas/track';
import { addCredentialHistory, addMoreActivities } from './ceHistory';
import { LoadSession } from './loadSession';
import { HEAVY_PROFILE_AT_SCALE_1, type HeavyProfileShape, heavyProfileShape } from './profileShape';
import { SeededRandom } from './random';
import { addStudyHistory, pastDay, shareOf } from './studyHistory';

export interface HeavyProfileOptions {
  /** An empty (or missing) folder; the profile's data folder when done. */
  dataDir: string;
  /** 1 is the heavy profile; 4 and 16 the bench's growth points; 0.05 the smoke test. */
  scale?: number;
  seed?: number;
  /** The profile's "today": history lies in the ten years before it. */
  today?: IsoDate;
}

export interface HeavyProfileSummary {
  shape: HeavyProfileShape;
  seed: number;
  today: IsoDate;
  trackIds: string[];
  credentialIds: string[];
  renewals: number;
  ceActivities: number;
  buildMs: number;
  /** Where the build's time went, per contract method (slowest first). */
  timings: { method: string; calls: number; ms: number }[];
}

export const HEAVY_PROFILE_TODAY: IsoDate = '2026-11-25';
export const HEAVY_PROFILE_SEED = 20261201;

/**
 * Ten-year renewals: certifications with a CE cycle that the generator can fill from their own
 * rules (PMI's PDUs, CompTIA's CEUs, ISACA-style yearly minimums would work too). Renewals are
 * split 3+3+2+2+2+2 = 14.
 */
const HELD: readonly { certificationId: string; renewals: number }[] = [
  { certificationId: 'pmi-pmp', renewals: 3 },
  { certificationId: 'pmi-capm', renewals: 3 },
  { certificationId: 'pmi-acp', renewals: 2 },
  { certificationId: 'pmi-pgmp', renewals: 2 },
  { certificationId: 'comptia-security-plus', renewals: 2 },
  { certificationId: 'pmi-pfmp', renewals: 2 },
];

/**
 * Builds the heavy profile of issue 10 through the core's contract (see loadSession.ts for the
 * seam and why the runtime's per-write follow-up runs once at the end). Seeded: the same seed,
 * scale and day give the same records — every date, number, text and link; only the random ids
 * and creation instants differ between builds.
 */
export async function buildHeavyProfile(options: HeavyProfileOptions): Promise<HeavyProfileSummary> {
  const started = performance.now();
  const shape = heavyProfileShape(options.scale ?? 1);
  const seed = options.seed ?? HEAVY_PROFILE_SEED;
  const today = options.today ?? HEAVY_PROFILE_TODAY;
  const root = new SeededRandom(seed);
  const session = new LoadSession(options.dataDir, today);
  try {
    const days = shape.years * 365;
    await session.call('profile:update', { educationLevel: 'bachelor', gacAccredited: false });

    const held = HELD.slice(0, shape.heldCredentials);
    const credentialIds: string[] = [];
    let renewals = 0;
    let ceActivities = 0;
    // Cycle by cycle up to the 1× count; above that, more activities in the same cycles.
    const stepwise = Math.min(shape.ceActivities, HEAVY_PROFILE_AT_SCALE_1.ceActivities);
    for (const [i, entry] of held.entries()) {
      const random = root.fork(`credential-${entry.certificationId}`);
      const result = await session.inTransaction(() =>
        addCredentialHistory(session, random, entry.certificationId, {
          activities: shareOf(stepwise, held.length, i),
          withEvidence: shareOf(shape.ceWithEvidence, held.length, i),
          renewals: entry.renewals,
        }),
      );
      credentialIds.push(result.credentialId);
      renewals += result.renewals;
      ceActivities += result.activities;
      ceActivities += await session.inTransaction(() =>
        addMoreActivities(session, random.fork('more'), result.credentialId, shareOf(shape.ceActivities - stepwise, held.length, i)),
      );
    }

    const tracks = await pickTracks(session, shape.tracks);
    for (const [i, track] of tracks.entries()) {
      await addStudyHistory(session, root.fork(`track-${track.certificationId ?? i}`), track, {
        sessions: shareOf(shape.studySessions, tracks.length, i),
        practice: shareOf(shape.practiceResults, tracks.length, i),
        days,
        scale: shape.scale,
      });
    }

    await addRecords(session, root.fork('records'), shape, days);
    session.runFollowUp();
    await session.settle();
    return { shape, seed, today, trackIds: tracks.map((t) => t.id), credentialIds, renewals, ceActivities, buildMs: performance.now() - started, timings: timingsOf(session) };
  } finally {
    session.close();
  }
}

/** The first catalog entries (in the catalog's own order) with an exam outline to study for. */
async function pickTracks(session: LoadSession, count: number): Promise<Track[]> {
  const catalog = await session.call('catalog:list', { origin: 'builtin' });
  const picked = catalog.items.filter((item) => item.domainCount > 0).slice(0, count);
  if (picked.length < count) throw new Error(`The catalog has only ${picked.length} entries with an exam outline; the profile needs ${count}`);
  const tracks: Track[] = [];
  for (const item of picked) tracks.push(await session.call('tracks:create', { certificationId: item.id }));
  return tracks;
}

const ORGANISATIONS = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Stark Industries', 'Wayne Enterprises', 'Hooli', 'Vandelay'];
const AREAS = ['leading projects', 'agile projects', 'program management', 'portfolio management', 'security'];
const TOPICS = ['PM education', 'Agile training', 'Security training', 'Leadership', 'Portfolio management'];

async function addRecords(session: LoadSession, random: SeededRandom, shape: HeavyProfileShape, days: number): Promise<void> {
  const today = session.today();
  await session.inTransaction(async () => {
    for (let i = 0; i < shape.experience; i++) {
      const start = pastDay(random, today, days);
      const end = plusDays(start, random.int(60, 900));
      await session.call('experience:add', {
        organisation: random.pick(ORGANISATIONS),
        title: `Project ${i + 1}`,
        role: random.pick(['Project manager', 'Scrum master', 'PMO lead', 'Programme manager']),
        startMonth: start.slice(0, 7),
        // The latest few go on; the others ended (never after this month).
        endMonth: i >= shape.experience - 2 || end >= today ? null : end.slice(0, 7),
        hours: random.chance(0.5) ? random.int(200, 3000) : null,
        areas: [random.pick(AREAS), ...(random.chance(0.4) ? [random.pick(AREAS)] : [])].filter((a, k, all) => all.indexOf(a) === k),
      });
    }
    for (let i = 0; i < shape.training; i++) {
      await session.call('training:add', {
        course: `Course ${i + 1}`,
        provider: random.pick(['Academy', 'University', 'PMI chapter', 'Online school']),
        hours: random.int(1, 40),
        completedOn: pastDay(random, today, days),
        topic: random.pick(TOPICS),
      });
    }
  });
}

function timingsOf(session: LoadSession): HeavyProfileSummary['timings'] {
  return [...session.timings].map(([method, t]) => ({ method, calls: t.calls, ms: Math.round(t.ms) })).sort((a, b) => b.ms - a.ms);
}
