import type { Dashboard, DashboardTrack } from '../../../shared/contract/dashboard';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { TrackStatus } from '../../../shared/schemas/track';
import { daysBetween, plusDays, weekStart } from '../domain/calendarDays';
import type { ExamScheduleService } from './examScheduleService';
import type { PracticeService } from './practiceService';
import type { PreparationService } from './preparationService';

/** A track's exam countdown, readiness and this week's hours, and the weekly study chart. */
export interface TrackStandingSource {
  /** Reads what the dashboard needs once per read: each prepared track's progress is computed once. */
  read(today: IsoDate): {
    standing: (trackId: string, status: TrackStatus) => Pick<DashboardTrack, 'exam' | 'readiness' | 'week'>;
    studyHours: Dashboard['studyHours'];
  };
}

/** Statuses in which a track is heading for its exam. */
const PREPARING: ReadonlySet<TrackStatus> = new Set(['exploring', 'qualifying', 'eligible', 'applied', 'approved', 'scheduled', 'failed']);

/** Weeks shown on the dashboard's study chart: the last eight and the next four. */
const WEEKS_BACK = 8;
const WEEKS_AHEAD = 4;

const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The preparation slice's answers for the dashboard (exam schedule, practice readiness, study progress). */
export function preparationStanding(
  preparation: PreparationService,
  practice: PracticeService,
  schedule: ExamScheduleService,
  preparedTrackIds: () => string[],
): TrackStandingSource {
  return {
    read(today) {
      const thisWeek = weekStart(today);
      const progress = new Map(preparedTrackIds().map((id) => [id, preparation.progress(id)]));
      const from = plusDays(thisWeek, -7 * WEEKS_BACK);
      const until = plusDays(thisWeek, 7 * WEEKS_AHEAD);
      const byWeek = new Map<IsoDate, { planned: number; done: number }>();
      for (const p of progress.values()) {
        for (const week of p.weeks) {
          if (week.weekStart < from || week.weekStart > until) continue;
          const sum = byWeek.get(week.weekStart) ?? { planned: 0, done: 0 };
          sum.planned += week.plannedMinutes;
          sum.done += week.doneMinutes;
          byWeek.set(week.weekStart, sum);
        }
      }
      const studyHours = [...byWeek.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([weekStart, sum]) => ({ weekStart, planned: hours(sum.planned), done: hours(sum.done) }));
      return {
        studyHours,
        standing(trackId, status) {
          if (!PREPARING.has(status)) return { exam: null, readiness: null, week: null };
          const exam = schedule.get(trackId);
          const ahead = exam && exam.examDate >= today ? { date: exam.examDate, booked: exam.booked, daysLeft: daysBetween(today, exam.examDate) } : null;
          const r = practice.readiness(trackId);
          const week = progress.get(trackId)?.weeks.find((w) => w.weekStart === thisWeek);
          return {
            exam: ahead,
            readiness: { sufficient: r.sufficient, estimate: r.estimate, low: r.low, high: r.high, band: r.band, reason: r.reason },
            week: progress.has(trackId) ? { plannedMinutes: week?.plannedMinutes ?? 0, doneMinutes: week?.doneMinutes ?? 0 } : null,
          };
        },
      };
    },
  };
}

/** Until the preparation slice is wired in: nothing to count down, no hours. */
export const NO_STANDING: TrackStandingSource = {
  read: () => ({ standing: () => ({ exam: null, readiness: null, week: null }), studyHours: [] }),
};
