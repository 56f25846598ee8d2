import type { Dashboard } from '../../../shared/contract/dashboard';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { TrackStatus, TrackSummary } from '../../../shared/schemas/track';
import type { ReminderService } from './reminderService';
import type { RenewalService } from './renewalService';
import type { TrackService } from './trackService';

/** A slice that knows what a track needs next (prerequisites, preparation, exam) says so here. */
export interface NextActionSource {
  nextActionFor(track: TrackSummary, today: IsoDate): string | null;
}

/** Planned and done study hours per week; the preparation slice supplies them. */
export interface StudyHoursSource {
  weeklyStudyHours(today: IsoDate): Dashboard['studyHours'];
}

/** Until the preparation slice is wired in there are no sessions, and the chart says so. */
export const NO_STUDY_HOURS: StudyHoursSource = { weeklyStudyHours: () => [] };

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
    private readonly studyHours: StudyHoursSource,
  ) {}

  get(): Dashboard {
    const today = this.renewal.today();
    const summaries = this.renewal.summaries();
    const byTrack = new Map(summaries.flatMap((s) => (s.trackId ? [[s.trackId, s] as const] : [])));
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
      })),
      credentials: summaries.map((s) => ({
        id: s.credential.id,
        acronym: s.credential.acronym,
        name: s.credential.name,
        trackId: s.trackId,
        status: s.evaluation.status,
        statusText: s.statusText,
        nextAction: s.nextAction,
        cycleEnd: s.evaluation.open?.cycle.end ?? null,
      })),
      reminders: this.reminders.upcomingSummary(NEXT_REMINDERS),
      ceProgress: summaries.flatMap((s) => {
        const progress = s.evaluation.open?.progress;
        if (!progress) return [];
        return [
          {
            credentialId: s.credential.id,
            acronym: s.credential.acronym,
            unitName: progress.unitName,
            required: progress.required,
            counted: progress.counted,
            categories: progress.groups.flatMap((g) =>
              g.categories.map((c) => ({ id: c.id, name: c.name, counted: c.counted, notCounted: c.notCounted, stillNeeded: c.stillNeeded })),
            ),
          },
        ];
      }),
      studyHours: this.studyHours.weeklyStudyHours(today),
    };
  }
}
