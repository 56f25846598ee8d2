import type { Core } from '../../../src/main/core/createCore';
import type { MethodName } from '../../../src/shared/contract';
import { callOk } from '../../support/core';
import type { FloorQuery } from './sqlFloor';

/** Issue 10's goals, in milliseconds (median). */
export const GOALS = { read: 40, write: 20, scan: 5, start: 1000, clickToContent: 100, bundleKb: 300, rssMb: 150 } as const;

export interface CoreCase {
  name: string;
  goalMs: number;
  run: () => Promise<unknown>;
  /** The rows the case reads (reads), or null where the floor is measured apart (writes, start). */
  floor: readonly FloorQuery[] | null;
  runs?: number;
}

export interface ProfileIds {
  trackId: string;
  credentialId: string;
  /** Every credential: the renewal views case walks them all. */
  credentialIds: readonly string[];
}

const call = (core: Core, method: MethodName, input: unknown) => () => callOk(core, method, input);

/**
 * Every screen's reads, as the renderer calls them: the dashboard, each tab of a track (overview,
 * prerequisites, prepare, exam, maintain), records, credentials, a renewal view, reminders and the
 * calendar export. The track and credential are the profile's first (the busiest PMI ones).
 */
export function readCases(core: Core, ids: ProfileIds): CoreCase[] {
  const t = [ids.trackId];
  const c = [ids.credentialId];
  const read = (name: string, method: MethodName, input: unknown, floor: FloorQuery[]): CoreCase => ({ name, goalMs: GOALS.read, run: call(core, method, input), floor });
  const standing: FloorQuery[] = [{ sql: 'credentials' }, { sql: 'renewals' }, { sql: 'allCe' }];
  return [
    read('dashboard:get', 'dashboard:get', {}, [
      { sql: 'tracks' }, { sql: 'preparations' }, { sql: 'allSessions' }, { sql: 'allPractice' }, { sql: 'allPlans' }, { sql: 'exams' }, ...standing, { sql: 'reminders' },
    ]),
    read('eligibility:get (prerequisites tab)', 'eligibility:get', { trackId: ids.trackId }, [
      { sql: 'track', params: t }, { sql: 'checksOfTrack', params: t }, { sql: 'experience' }, { sql: 'training' }, { sql: 'profile' }, ...standing,
    ]),
    read('applications:get (prerequisites tab)', 'applications:get', { trackId: ids.trackId }, [
      { sql: 'track', params: t }, { sql: 'applicationOfTrack', params: t }, { sql: 'applicationEventsOfTrack', params: t },
    ]),
    read('tracks:get (every tab)', 'tracks:get', { id: ids.trackId }, [{ sql: 'track', params: t }]),
    read('prep:get (prepare tab)', 'prep:get', { trackId: ids.trackId }, [
      { sql: 'track', params: t }, { sql: 'prepOfTrack', params: t }, { sql: 'breaksOfTrack', params: t }, { sql: 'planOfTrack', params: t }, { sql: 'sessionsOfTrack', params: t }, { sql: 'practiceOfTrack', params: t }, { sql: 'examOfTrack', params: t },
    ]),
    read('prep:get-progress (prepare tab)', 'prep:get-progress', { trackId: ids.trackId }, [
      { sql: 'track', params: t }, { sql: 'prepOfTrack', params: t }, { sql: 'planOfTrack', params: t }, { sql: 'sessionsOfTrack', params: t }, { sql: 'practiceOfTrack', params: t },
    ]),
    read('sessions:list (prepare tab)', 'sessions:list', { trackId: ids.trackId }, [{ sql: 'track', params: t }, { sql: 'sessionsOfTrack', params: t }]),
    read('practice:list (prepare tab)', 'practice:list', { trackId: ids.trackId }, [{ sql: 'track', params: t }, { sql: 'practiceOfTrack', params: t }]),
    // Readiness reads the practice results only (measured: it answers faster than a read of the sessions).
    read('readiness:get (prepare tab)', 'readiness:get', { trackId: ids.trackId }, [{ sql: 'track', params: t }, { sql: 'practiceOfTrack', params: t }]),
    read('exam:get (exam tab)', 'exam:get', { trackId: ids.trackId }, [{ sql: 'track', params: t }, { sql: 'examOfTrack', params: t }, { sql: 'attemptsOfTrack', params: t }]),
    read('credentials:list (maintain tab, credentials)', 'credentials:list', {}, [{ sql: 'credentials' }, { sql: 'renewals' }]),
    read('renewal:get (renewal view, open cycle)', 'renewal:get', { credentialId: ids.credentialId }, [
      { sql: 'credential', params: c }, { sql: 'renewalsOfCredential', params: c }, { sql: 'ceOfCredential', params: c }, { sql: 'evidenceOfCredential', params: c },
    ]),
    {
      name: `renewal:get × ${ids.credentialIds.length} (every renewal view)`,
      goalMs: GOALS.read * ids.credentialIds.length,
      run: async () => {
        for (const credentialId of ids.credentialIds) await callOk(core, 'renewal:get', { credentialId });
      },
      floor: ids.credentialIds.flatMap((id): FloorQuery[] => [
        { sql: 'credential', params: [id] }, { sql: 'renewalsOfCredential', params: [id] }, { sql: 'ceOfCredential', params: [id] }, { sql: 'evidenceOfCredential', params: [id] },
      ]),
    },
    read('profile:get (records)', 'profile:get', {}, [{ sql: 'profile' }]),
    read('experience:list (records)', 'experience:list', {}, [{ sql: 'experience' }]),
    read('experience:get-timeline (records)', 'experience:get-timeline', {}, [{ sql: 'experience' }]),
    read('training:list (records)', 'training:list', {}, [{ sql: 'training' }]),
    read('evidence:list (records)', 'evidence:list', {}, [{ sql: 'evidenceFiles' }, { sql: 'evidenceLinks' }]),
    read('reminders:list', 'reminders:list', {}, [{ sql: 'reminders' }]),
    read('reminders:list-groups (reminders screen)', 'reminders:list-groups', {}, [{ sql: 'reminders' }]),
    read('calendar:export (everything)', 'calendar:export', {}, [
      { sql: 'tracks' }, { sql: 'exams' }, { sql: 'allPlans' }, { sql: 'credentials' }, { sql: 'renewals' }, { sql: 'reminders' },
    ]),
  ];
}

/** What a reminder scan and the whole upkeep read: every known date's sources. */
export const KNOWN_DATES_FLOOR: readonly FloorQuery[] = [
  { sql: 'tracks' }, { sql: 'exams' }, { sql: 'preparations' }, { sql: 'allPlans' }, { sql: 'credentials' }, { sql: 'renewals' }, { sql: 'allCe' }, { sql: 'reminders' },
];
