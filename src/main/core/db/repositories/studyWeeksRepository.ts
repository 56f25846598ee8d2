import type { IsoDate } from '../../../../shared/schemas/dates';
import type { Db } from '../connection';

/** Minutes of one track in one week (Monday first). */
export interface WeekMinutes {
  weekStart: IsoDate;
  minutes: number;
}

/** The first and last day a track has anything on: a study session or a planned item. */
export interface DatedSpan {
  first: IsoDate | null;
  last: IsoDate | null;
}

/*
 * The Monday of a `YYYY-MM-DD` day in SQL: 'weekday 0' moves forward to the Sunday ending the
 * week (a Sunday stays), six days back is its Monday. Date strings are calendar days, so neither
 * the time zone nor daylight saving can move a day into another week.
 */
const WEEK_OF = (column: string) => `date(${column}, 'weekday 0', '-6 days')`;

/**
 * The dashboard's study figures as SQL aggregates (issue 10): minutes done and planned per week
 * over a date range, and the span of a track's dated rows. Each reads only the range it needs
 * through the (track, date) indexes, so the dashboard's cost does not grow with years of history.
 */
export class StudyWeeksRepository {
  readonly #doneByWeek;
  readonly #plannedByWeek;
  readonly #span;

  constructor(db: Db) {
    this.#doneByWeek = db.prepare<[string, string, string], WeekMinutes>(
      `SELECT ${WEEK_OF('studied_on')} AS weekStart, SUM(minutes) AS minutes FROM study_sessions
        WHERE track_id = ? AND studied_on >= ? AND studied_on < ? GROUP BY weekStart ORDER BY weekStart`,
    );
    this.#plannedByWeek = db.prepare<[string, string, string], WeekMinutes>(
      `SELECT ${WEEK_OF('date')} AS weekStart, SUM(minutes) AS minutes FROM plan_items
        WHERE track_id = ? AND date >= ? AND date < ? GROUP BY weekStart ORDER BY weekStart`,
    );
    // One MIN or MAX per subquery: SQLite answers each from one end of the index.
    this.#span = db.prepare<[string, string, string, string], { firstSession: string | null; lastSession: string | null; firstItem: string | null; lastItem: string | null }>(
      `SELECT (SELECT MIN(studied_on) FROM study_sessions WHERE track_id = ?) AS firstSession,
              (SELECT MAX(studied_on) FROM study_sessions WHERE track_id = ?) AS lastSession,
              (SELECT MIN(date) FROM plan_items WHERE track_id = ?) AS firstItem,
              (SELECT MAX(date) FROM plan_items WHERE track_id = ?) AS lastItem`,
    );
  }

  /** Minutes studied per week, for sessions on `from` up to, not including, `until`. */
  doneByWeek(trackId: string, from: IsoDate, until: IsoDate): WeekMinutes[] {
    return this.#doneByWeek.all(trackId, from, until);
  }

  /** Minutes planned per week, for plan items on `from` up to, not including, `until`. */
  plannedByWeek(trackId: string, from: IsoDate, until: IsoDate): WeekMinutes[] {
    return this.#plannedByWeek.all(trackId, from, until);
  }

  /** The earliest and latest day of the track's sessions and plan items together. */
  span(trackId: string): DatedSpan {
    const row = this.#span.get(trackId, trackId, trackId, trackId);
    const days = [row?.firstSession, row?.lastSession, row?.firstItem, row?.lastItem].filter((d): d is string => typeof d === 'string').sort();
    return { first: days[0] ?? null, last: days.at(-1) ?? null };
  }
}
