import { z } from 'zod';
import { type PrepBreak, PlanItemKindSchema } from '../../../../shared/schemas/preparation';
import type { PlanBasis } from '../../domain/studyPlan/replan';
import type { StoredPlanItem } from '../../domain/studyPlan/types';
import type { Db } from '../connection';

export interface StoredPreparation {
  trackId: string;
  startedOn: string;
  goalMinutes: number;
  availability: number[];
  sessionMinutes: number;
  reviewDays: number | null;
  selfRatings: { domainId: string; rating: number }[];
  plannedOn: string | null;
  planBasis: PlanBasis | null;
  planChanges: string[];
  createdAt: string;
  updatedAt: string;
}

interface PreparationRow {
  track_id: string;
  started_on: string;
  goal_minutes: number;
  availability: string;
  session_minutes: number;
  review_days: number | null;
  self_ratings: string;
  planned_on: string | null;
  plan_basis: string | null;
  plan_changes: string;
  created_at: string;
  updated_at: string;
}

interface ItemRow {
  id: string;
  date: string;
  seq: number;
  kind: string;
  domain_id: string | null;
  minutes: number;
  reason: string;
}

const RatingsSchema = z.array(z.object({ domainId: z.string(), rating: z.number().int() }));
const PlanBasisSchema = z.object({
  plannedOn: z.string(),
  settings: z.object({
    startedOn: z.string(),
    examDate: z.string(),
    goalMinutes: z.number(),
    availability: z.array(z.number()),
    sessionMinutes: z.number(),
    reviewDays: z.number().nullable(),
    breaks: z.array(z.object({ startDate: z.string(), endDate: z.string(), label: z.string() })),
    holidays: z.array(z.object({ date: z.string(), name: z.string() })).optional(),
    moves: z.array(z.object({ fromDate: z.string(), toDate: z.string(), minutes: z.number(), domainId: z.string().nullable() })).optional(),
    selfRatings: RatingsSchema,
  }),
  shares: z.array(z.object({ domainId: z.string(), name: z.string(), share: z.number() })),
  outline: z
    .object({ id: z.string(), name: z.string(), domains: z.array(z.object({ id: z.string(), name: z.string(), weight: z.number() })) })
    .nullable()
    .optional(),
});

export class PreparationRepository {
  readonly #get;
  readonly #upsert;
  readonly #savePlanState;
  readonly #items;
  readonly #itemIdsFrom;
  readonly #upsertItem;
  readonly #deleteItem;
  readonly #itemOfTrack;
  readonly #breaks;
  readonly #insertBreak;
  readonly #deleteBreak;
  readonly #activeTrackIds;

  constructor(private readonly db: Db) {
    this.#get = db.prepare<[string], PreparationRow>('SELECT * FROM preparations WHERE track_id = ?');
    this.#upsert = db.prepare(
      `INSERT INTO preparations (track_id, started_on, goal_minutes, availability, session_minutes, review_days, self_ratings,
                                 planned_on, plan_basis, plan_changes, created_at, updated_at)
       VALUES (@trackId, @startedOn, @goalMinutes, @availability, @sessionMinutes, @reviewDays, @selfRatings,
               NULL, NULL, '[]', @at, @at)
       ON CONFLICT (track_id) DO UPDATE SET goal_minutes = excluded.goal_minutes, availability = excluded.availability,
         session_minutes = excluded.session_minutes, review_days = excluded.review_days,
         self_ratings = excluded.self_ratings, updated_at = excluded.updated_at`,
    );
    this.#savePlanState = db.prepare<[string, string, string, string]>(
      'UPDATE preparations SET planned_on = ?, plan_basis = ?, plan_changes = ? WHERE track_id = ?',
    );
    this.#items = db.prepare<[string], ItemRow>(
      'SELECT id, date, seq, kind, domain_id, minutes, reason FROM plan_items WHERE track_id = ? ORDER BY date, seq',
    );
    this.#itemIdsFrom = db.prepare<[string, string], { id: string }>('SELECT id FROM plan_items WHERE track_id = ? AND date >= ?');
    this.#upsertItem = db.prepare(
      `INSERT INTO plan_items (id, track_id, date, seq, kind, domain_id, minutes, reason)
       VALUES (@id, @trackId, @date, @seq, @kind, @domainId, @minutes, @reason)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, domain_id = excluded.domain_id,
         minutes = excluded.minutes, reason = excluded.reason`,
    );
    this.#deleteItem = db.prepare<[string]>('DELETE FROM plan_items WHERE id = ?');
    this.#itemOfTrack = db.prepare<[string, string], { id: string }>('SELECT id FROM plan_items WHERE id = ? AND track_id = ?');
    this.#breaks = db.prepare<[string], { id: string; kind: 'blackout' | 'pause'; start_date: string; end_date: string; label: string }>(
      'SELECT id, kind, start_date, end_date, label FROM preparation_breaks WHERE track_id = ? ORDER BY start_date, id',
    );
    this.#insertBreak = db.prepare(
      `INSERT INTO preparation_breaks (id, track_id, kind, start_date, end_date, label, created_at)
       VALUES (@id, @trackId, @kind, @startDate, @endDate, @label, @at)`,
    );
    this.#deleteBreak = db.prepare<[string, string]>('DELETE FROM preparation_breaks WHERE id = ? AND track_id = ?');
    this.#activeTrackIds = db.prepare<[], { track_id: string }>(
      `SELECT p.track_id FROM preparations p JOIN tracks t ON t.id = p.track_id WHERE t.archived_at IS NULL ORDER BY p.track_id`,
    );
  }

  get(trackId: string): StoredPreparation | undefined {
    const row = this.#get.get(trackId);
    return row ? toPreparation(row) : undefined;
  }

  upsert(p: Pick<StoredPreparation, 'trackId' | 'startedOn' | 'goalMinutes' | 'availability' | 'sessionMinutes' | 'reviewDays' | 'selfRatings'>, at: string): void {
    this.#upsert.run({
      trackId: p.trackId,
      startedOn: p.startedOn,
      goalMinutes: p.goalMinutes,
      availability: JSON.stringify(p.availability),
      sessionMinutes: p.sessionMinutes,
      reviewDays: p.reviewDays,
      selfRatings: JSON.stringify(p.selfRatings),
      at,
    });
  }

  items(trackId: string): StoredPlanItem[] {
    return this.#items.all(trackId).map((row) => ({
      id: row.id,
      date: row.date,
      seq: row.seq,
      kind: PlanItemKindSchema.parse(row.kind),
      domainId: row.domain_id,
      minutes: row.minutes,
      reason: row.reason,
    }));
  }

  hasItem(trackId: string, itemId: string): boolean {
    return this.#itemOfTrack.get(itemId, trackId) !== undefined;
  }

  /**
   * Replaces the plan from `fromDate` on and records what it was made from, in one transaction.
   * Items keep their ids where a slot (date, seq) survives, so links from sessions survive too.
   */
  savePlan(trackId: string, fromDate: string, items: readonly StoredPlanItem[], state: { plannedOn: string; basis: PlanBasis; changes: string[] }): void {
    this.db.transaction(() => {
      const keep = new Set(items.map((i) => i.id));
      for (const { id } of this.#itemIdsFrom.all(trackId, fromDate)) if (!keep.has(id)) this.#deleteItem.run(id);
      for (const item of items) this.#upsertItem.run({ ...item, trackId });
      this.#savePlanState.run(state.plannedOn, JSON.stringify(state.basis), JSON.stringify(state.changes), trackId);
    })();
  }

  breaks(trackId: string): PrepBreak[] {
    return this.#breaks.all(trackId).map((b) => ({ id: b.id, kind: b.kind, startDate: b.start_date, endDate: b.end_date, label: b.label }));
  }

  insertBreak(trackId: string, b: PrepBreak, at: string): void {
    this.#insertBreak.run({ ...b, trackId, at });
  }

  deleteBreak(trackId: string, id: string): boolean {
    return this.#deleteBreak.run(id, trackId).changes > 0;
  }

  /** Tracks with a preparation that are not archived (for reminders). */
  activeTrackIds(): string[] {
    return this.#activeTrackIds.all().map((r) => r.track_id);
  }
}

function toPreparation(row: PreparationRow): StoredPreparation {
  const basis = row.plan_basis ? PlanBasisSchema.safeParse(JSON.parse(row.plan_basis)) : null;
  return {
    trackId: row.track_id,
    startedOn: row.started_on,
    goalMinutes: row.goal_minutes,
    availability: z.array(z.number().int()).length(7).parse(JSON.parse(row.availability)),
    sessionMinutes: row.session_minutes,
    reviewDays: row.review_days,
    selfRatings: RatingsSchema.parse(JSON.parse(row.self_ratings)),
    plannedOn: row.planned_on,
    // A basis an older version wrote that no longer parses only costs the "what changed" sentences.
    planBasis: basis?.success ? basis.data : null,
    planChanges: z.array(z.string()).catch([]).parse(JSON.parse(row.plan_changes)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
