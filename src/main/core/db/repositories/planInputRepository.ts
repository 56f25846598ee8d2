import type { DoneSession } from '../../domain/studyPlan/types';
import type { Db } from '../connection';

/**
 * The study sessions a plan counts, with only the columns it reads: a track's plan is re-made
 * after every session on it, and reading ten years of sessions whole (notes, timestamps) was most
 * of a write's cost on the heavy profile (issue 10). Same order as the sessions list.
 */
export class PlanInputRepository {
  readonly #doneSessions;

  constructor(db: Db) {
    this.#doneSessions = db.prepare<[string], DoneSession>(
      `SELECT studied_on AS date, minutes, domain_id AS domainId, plan_item_id AS planItemId
         FROM study_sessions WHERE track_id = ? ORDER BY studied_on DESC, created_at DESC, id`,
    );
  }

  doneSessions(trackId: string): DoneSession[] {
    return this.#doneSessions.all(trackId);
  }
}
