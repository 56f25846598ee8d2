import type { Db } from '../../connection';

/** The day's review plan as last computed, one row per track and day. */
export interface StoredDayPlan {
  trackId: string;
  day: string;
  mode: 'exam' | 'steady' | 'maintenance';
  budgetMinutes: number;
  plannedCards: number;
  newQuota: number;
  finalPassQuota: number;
  examDate: string | null;
  finalPassStart: string | null;
  computedAt: string;
}

interface DayRow {
  track_id: string;
  day: string;
  mode: StoredDayPlan['mode'];
  budget_minutes: number;
  planned_cards: number;
  new_quota: number;
  final_pass_quota: number;
  exam_date: string | null;
  final_pass_start: string | null;
  computed_at: string;
}

const COLUMNS = 'track_id, day, mode, budget_minutes, planned_cards, new_quota, final_pass_quota, exam_date, final_pass_start, computed_at';

export class DayPlanRepository {
  readonly #upsert;
  readonly #latestBefore;
  readonly #between;

  constructor(db: Db) {
    this.#upsert = db.prepare(
      `INSERT INTO flashcard_days (${COLUMNS}) VALUES (@trackId, @day, @mode, @budgetMinutes, @plannedCards, @newQuota, @finalPassQuota, @examDate, @finalPassStart, @computedAt)
       ON CONFLICT (track_id, day) DO UPDATE SET mode = excluded.mode, budget_minutes = excluded.budget_minutes, planned_cards = excluded.planned_cards,
         new_quota = excluded.new_quota, final_pass_quota = excluded.final_pass_quota, exam_date = excluded.exam_date,
         final_pass_start = excluded.final_pass_start, computed_at = excluded.computed_at`,
    );
    this.#latestBefore = db.prepare<[string, string], DayRow>(`SELECT ${COLUMNS} FROM flashcard_days WHERE track_id = ? AND day < ? ORDER BY day DESC LIMIT 1`);
    this.#between = db.prepare<[string, string, string], DayRow>(`SELECT ${COLUMNS} FROM flashcard_days WHERE track_id = ? AND day BETWEEN ? AND ? ORDER BY day`);
  }

  save(plan: StoredDayPlan): void {
    this.#upsert.run(plan);
  }

  latestBefore(trackId: string, day: string): StoredDayPlan | undefined {
    const row = this.#latestBefore.get(trackId, day);
    return row ? toPlan(row) : undefined;
  }

  between(trackId: string, from: string, to: string): StoredDayPlan[] {
    return this.#between.all(trackId, from, to).map(toPlan);
  }
}

function toPlan(row: DayRow): StoredDayPlan {
  return {
    trackId: row.track_id,
    day: row.day,
    mode: row.mode,
    budgetMinutes: row.budget_minutes,
    plannedCards: row.planned_cards,
    newQuota: row.new_quota,
    finalPassQuota: row.final_pass_quota,
    examDate: row.exam_date,
    finalPassStart: row.final_pass_start,
    computedAt: row.computed_at,
  };
}
