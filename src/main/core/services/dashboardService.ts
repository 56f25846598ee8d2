import type { Dashboard } from '../../../shared/contract/dashboard';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { TrackStatus, TrackSummary } from '../../../shared/schemas/track';
import { daysBetween } from '../domain/calendarDays';
import { toCeRequirementView } from './ceRequirement/ceRequirementView';
import type { ReminderService } from './reminderService';
import type { TrackStandingSource } from './trackStanding';
import type { RenewalService } from './renewalService';
import type { TrackService } from './trackService';

/** A slice that knows what a track needs next (prerequisites, preparation, exam) says so here. */
export interface NextActionSource {
  nextActionFor(track: TrackSummary, today: IsoDate): string | null;
}

/** What a track in each status usually needs next, when no slice knows better. */
const GENERIC_NEXT_ACTION: Record<TrackStatus, string> = {
  exploring: 'Read the prerequisites and decide whether to go for it',
  qualifying: 'Complete the prerequisites still missing',
  eligible: 'Apply for the exam',
  applied: 'Wait for the decision on your application; answer any audit',
  approved: 'Book your exam date',
  scheduled: 'Prepare for the exam',
  passed: 'Record the credential to start its renewal cycle',
  failed: 'Plan a retake',
  active: 'Keep logging continuing education',
  'renewal-due': 'Renew before the cycle ends',
  suspended: 'Renew before the suspension ends',
  expired: 'Earn it again: apply and sit the exam',
};

const NEXT_REMINDERS = 5;

/**
 * The start screen's data in one call, gathered through small interfaces so slices built in
 * parallel plug in without the dashboard knowing them: next actions per track come from the
 * renewal for held credentials, else the first slice with an answer; study hours from the preparation slice.
 */
export class DashboardService {
  constructor(
    private readonly tracks: TrackService,
    private readonly renewal: RenewalService,
    private readonly reminders: ReminderService,
    private readonly nextActions: readonly NextActionSource[],
    private readonly standing: TrackStandingSource,
    private readonly fairStartOf: (credentialId: string) => 'pending' | 'done' | 'skipped' | null = () => null,
  ) {}

  get(): Dashboard {
    const today = this.renewal.today();
    const summaries = this.renewal.summaries();
    const byTrack = new Map(summaries.flatMap((s) => (s.trackId ? [[s.trackId, s] as const] : [])));
    const prep = this.standing.read(today);
    return {
      today,
      tracks: this.tracks.list(false).map((track) => ({
        id: track.id,
        acronym: track.acronym,
        name: track.name,
        body: track.body,
        status: track.status,
        // Once the credential is held, its renewal is what matters; before that, the first slice
        // with an answer (prerequisites, preparation) names the step.
        nextAction:
          byTrack.get(track.id)?.nextAction ??
          this.nextActions.map((source) => source.nextActionFor(track, today)).find((a) => a) ??
          GENERIC_NEXT_ACTION[track.status],
        ...prep.standing(track.id, track.status),
      })),
      credentials: summaries.map((s) => {
        const open = s.evaluation.open;
        const pacing = s.evaluation.pacing;
        const fairStart = this.fairStartOf(s.credential.id);
        return {
          id: s.credential.id,
          acronym: s.credential.acronym,
          name: s.credential.name,
          trackId: s.trackId,
          status: s.evaluation.status,
          statusText: s.statusText,
          nextAction: s.nextAction,
          cycleEnd: open?.cycle.end ?? null,
          daysToCycleEnd: open && open.cycle.end >= today ? daysBetween(today, open.cycle.end) : null,
          pace: pacing ? { onPace: pacing.onPace, perMonthNeeded: pacing.unitsPerMonthNeeded, currentPerMonth: pacing.currentPacePerMonth } : null,
          requirement: open?.progress ? toCeRequirementView(open.progress, { held: fairStart === 'pending' }) : null,
          fairStart,
        };
      }),
      reminders: this.reminders.upcomingSummary(NEXT_REMINDERS),
      studyHours: prep.studyHours,
    };
  }
}
