import type { Db } from '../connection';

export interface TrainingCeLink {
  trainingId: string;
  activityId: string;
}

/** Links between a training entry and the CE activity it was also recorded as. */
export class RecordLinkRepository {
  readonly #all;
  readonly #byTraining;
  readonly #byActivity;
  readonly #insert;

  constructor(db: Db) {
    this.#all = db.prepare<[], { training_id: string; activity_id: string }>('SELECT training_id, activity_id FROM training_ce_links');
    this.#byTraining = db.prepare<[string], { activity_id: string }>('SELECT activity_id FROM training_ce_links WHERE training_id = ?');
    this.#byActivity = db.prepare<[string], { training_id: string }>('SELECT training_id FROM training_ce_links WHERE activity_id = ?');
    this.#insert = db.prepare<[string, string, string]>('INSERT INTO training_ce_links (training_id, activity_id, created_at) VALUES (?, ?, ?)');
  }

  all(): TrainingCeLink[] {
    return this.#all.all().map((r) => ({ trainingId: r.training_id, activityId: r.activity_id }));
  }

  activityOf(trainingId: string): string | null {
    return this.#byTraining.get(trainingId)?.activity_id ?? null;
  }

  trainingOf(activityId: string): string | null {
    return this.#byActivity.get(activityId)?.training_id ?? null;
  }

  link(trainingId: string, activityId: string, at: string): void {
    this.#insert.run(trainingId, activityId, at);
  }
}
