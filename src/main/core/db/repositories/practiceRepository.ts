import { z } from 'zod';
import type { PracticeResult } from '../../../../shared/schemas/practice';
import type { Db } from '../connection';

interface PracticeRow {
  id: string;
  track_id: string;
  taken_on: string;
  source: string;
  total_percent: number;
  domain_scores: string;
  origin: PracticeResult['origin'];
  created_at: string;
}

const ScoresSchema = z.array(z.object({ domainId: z.string(), percent: z.number() }));
const COLUMNS = 'id, track_id, taken_on, source, total_percent, domain_scores, origin, created_at';

export class PracticeRepository {
  readonly #list;
  readonly #byId;
  readonly #insert;
  readonly #delete;

  constructor(private readonly db: Db) {
    this.#list = db.prepare<[string], PracticeRow>(
      `SELECT ${COLUMNS} FROM practice_results WHERE track_id = ? ORDER BY taken_on DESC, created_at DESC, id`,
    );
    this.#byId = db.prepare<[string], PracticeRow>(`SELECT ${COLUMNS} FROM practice_results WHERE id = ?`);
    this.#insert = db.prepare(
      `INSERT INTO practice_results (${COLUMNS})
       VALUES (@id, @trackId, @date, @source, @totalPercent, @domainScores, @origin, @createdAt)`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM practice_results WHERE id = ?');
  }

  list(trackId: string): PracticeResult[] {
    return this.#list.all(trackId).map(toResult);
  }

  get(id: string): PracticeResult | undefined {
    const row = this.#byId.get(id);
    return row ? toResult(row) : undefined;
  }

  /** All rows or none: an import never stops half-way. */
  insertAll(results: readonly PracticeResult[]): void {
    this.db.transaction(() => {
      for (const r of results) this.#insert.run({ ...r, domainScores: JSON.stringify(r.domainScores) });
    })();
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toResult(row: PracticeRow): PracticeResult {
  return {
    id: row.id,
    trackId: row.track_id,
    date: row.taken_on,
    source: row.source,
    totalPercent: row.total_percent,
    domainScores: ScoresSchema.parse(JSON.parse(row.domain_scores)),
    origin: row.origin,
    createdAt: row.created_at,
  };
}
