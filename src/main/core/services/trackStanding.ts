import type { Dashboard, DashboardTrack } from '../../../shared/contract/dashboard';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { TrackStatus } from '../../../shared/schemas/track';
import type { StudyWeeksRepository } from '../db/repositories/studyWeeksRepository';
import type { TableVersions } from '../db/tableVersions';
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

/** What the study figures read: sessions, plans (brought up to date first) and which tracks are prepared. */
const STUDY_READS = ['study_sessions', 'plan_items', 'preparations', 'tracks'] as const;

interface StudyFigures {
  studyHours: Dashboard['studyHours'];
  thisWeekOf: ReadonlyMap<string, { plannedMinutes: number; doneMinutes: number }>;
}

/** The preparation slice's answers for the dashboard (exam schedule, practice readiness, study progress). */
export function preparationStanding(
  preparation: PreparationService,
  practice: PracticeService,
  schedule: ExamScheduleService,
  preparedTrackIds: () => string[],
  studyWeeks: StudyWeeksRepository,
  versions?: TableVersions,
): TrackStandingSource {
  let kept: { key: string; figures: StudyFigures } | null = null;

  /** The chart's weeks and each track's week, summed in SQL over the chart's window only. */
  function studyFigures(trackIds: readonly string[], today: IsoDate): StudyFigures {
    const thisWeek = weekStart(today);
    const from = plusDays(thisWeek, -7 * WEEKS_BACK);
    const until = plusDays(thisWeek, 7 * WEEKS_AHEAD);
    const end = plusDays(until, 7);
    const byWeek = new Map<IsoDate, { planned: number; done: number }>();
    const thisWeekOf = new Map<string, { plannedMinutes: number; doneMinutes: number }>();
    for (const trackId of trackIds) {
      const week = { plannedMinutes: 0, doneMinutes: 0 };
      thisWeekOf.set(trackId, week);
      const span = studyWeeks.span(trackId);
      if (span.first === null) continue;
      // As on the track's progress chart: its weeks run from the week of its first session or
      // plan item to today or its last one, empty weeks included.
      const first = weekStart(span.first);
      const last = span.last !== null && span.last > today ? span.last : today;
      for (let w = from > first ? from : first; w <= until && w <= last; w = plusDays(w, 7)) {
        if (!byWeek.has(w)) byWeek.set(w, { planned: 0, done: 0 });
      }
      for (const row of studyWeeks.plannedByWeek(trackId, from, end)) {
        const sum = byWeek.get(row.weekStart);
        if (sum) sum.planned += row.minutes;
        if (row.weekStart === thisWeek) week.plannedMinutes = row.minutes;
      }
      for (const row of studyWeeks.doneByWeek(trackId, from, end)) {
        const sum = byWeek.get(row.weekStart);
        if (sum) sum.done += row.minutes;
        if (row.weekStart === thisWeek) week.doneMinutes = row.minutes;
      }
    }
    const studyHours = [...byWeek.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([weekStart, sum]) => ({ weekStart, planned: hours(sum.planned), done: hours(sum.done) }));
    return { studyHours, thisWeekOf };
  }

  return {
    read(today) {
      const trackIds = preparedTrackIds();
      // Plans first: a new day or a new session re-plans, and the chart shows the plan as it is now.
      for (const trackId of trackIds) preparation.refreshPlan(trackId);
      // Kept until a session, a plan or a track is written or the day moves.
      const key = versions ? `${versions.stampOf(STUDY_READS)}|${today}` : null;
      const figures = key !== null && kept?.key === key ? kept.figures : studyFigures(trackIds, today);
      if (key !== null) kept = { key, figures };
      const { studyHours, thisWeekOf } = figures;
      return {
        studyHours,
        standing(trackId, status) {
          if (!PREPARING.has(status)) return { exam: null, readiness: null, week: null };
          const exam = schedule.get(trackId);
          const ahead = exam && exam.examDate >= today ? { date: exam.examDate, booked: exam.booked, daysLeft: daysBetween(today, exam.examDate) } : null;
          const r = practice.readiness(trackId);
          return {
            exam: ahead,
            readiness: { sufficient: r.sufficient, estimate: r.estimate, low: r.low, high: r.high, band: r.band, reason: r.reason },
            week: ((w) => (w ? { ...w } : null))(thisWeekOf.get(trackId)),
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
