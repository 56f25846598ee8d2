import { createHash } from 'node:crypto';
import type { Db } from '../../connection';

/** A track's flashcard settings (JSON, validated by the service on read). */
export class FlashcardSettingsRepository {
  readonly #get;
  readonly #set;

  constructor(db: Db) {
    this.#get = db.prepare<[string], { settings: string }>('SELECT settings FROM flashcard_settings WHERE track_id = ?');
    this.#set = db.prepare<[string, string, string]>(
      `INSERT INTO flashcard_settings (track_id, settings, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (track_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
    );
  }

  get(trackId: string): unknown {
    const row = this.#get.get(trackId);
    return row ? (JSON.parse(row.settings) as unknown) : undefined;
  }

  set(trackId: string, settings: object, at: string): void {
    this.#set.run(trackId, JSON.stringify(settings), at);
  }
}

/**
 * Scheduler parameter sets, stored once under the hash of their JSON; review-log rows refer to
 * them so a replay knows exactly what each rating was scheduled with.
 */
export class SchedulerParamsRepository {
  readonly #insert;
  readonly #known = new Set<string>();

  constructor(db: Db) {
    this.#insert = db.prepare<[string, string, string, string]>(
      'INSERT INTO flashcard_scheduler_params (id, scheduler, params, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
    );
  }

  /** The id of this parameter set, storing it the first time it is seen. */
  idFor(scheduler: string, params: object, at: string): string {
    const json = JSON.stringify(params);
    const id = createHash('sha256').update(`${scheduler}\n${json}`).digest('hex').slice(0, 32);
    if (!this.#known.has(id)) {
      this.#insert.run(id, scheduler, json, at);
      this.#known.add(id);
    }
    return id;
  }
}
