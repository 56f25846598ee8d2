import { displayFileName } from '../../../../shared/fileNames';
import type { Db } from '../connection';

interface TrainingRow {
  id: string;
  course: string;
  provider: string;
  hours: number;
  completed_on: string;
  topic: string;
  evidence_id: string | null;
  evidence_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface StoredTraining {
  id: string;
  course: string;
  provider: string;
  hours: number;
  completedOn: string;
  topic: string;
  evidenceId: string | null;
  createdAt: string;
  updatedAt: string;
}

export type TrainingWithEvidence = StoredTraining & { evidenceName: string | null };

const SELECT = `
  SELECT t.id, t.course, t.provider, t.hours, t.completed_on, t.topic, t.evidence_id,
         e.file_name AS evidence_name, t.created_at, t.updated_at
    FROM training_entries t LEFT JOIN evidence_files e ON e.id = t.evidence_id`;

export class TrainingRepository {
  readonly #list;
  readonly #byId;
  readonly #byEvidence;
  readonly #insert;
  readonly #update;
  readonly #delete;

  constructor(db: Db) {
    this.#list = db.prepare<[], TrainingRow>(`${SELECT} ORDER BY t.completed_on DESC, t.id`);
    this.#byId = db.prepare<[string], TrainingRow>(`${SELECT} WHERE t.id = ?`);
    this.#byEvidence = db.prepare<[string], { course: string }>(
      'SELECT course FROM training_entries WHERE evidence_id = ? ORDER BY course',
    );
    this.#insert = db.prepare(
      `INSERT INTO training_entries (id, course, provider, hours, completed_on, topic, evidence_id, created_at, updated_at)
       VALUES (@id, @course, @provider, @hours, @completedOn, @topic, @evidenceId, @createdAt, @updatedAt)`,
    );
    this.#update = db.prepare(
      `UPDATE training_entries SET course = @course, provider = @provider, hours = @hours, completed_on = @completedOn,
              topic = @topic, evidence_id = @evidenceId, updated_at = @updatedAt
        WHERE id = @id`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM training_entries WHERE id = ?');
  }

  list(): TrainingWithEvidence[] {
    return this.#list.all().map(toTraining);
  }

  get(id: string): TrainingWithEvidence | undefined {
    const row = this.#byId.get(id);
    return row ? toTraining(row) : undefined;
  }

  /** Courses an evidence file is attached to. */
  coursesUsing(evidenceId: string): string[] {
    return this.#byEvidence.all(evidenceId).map((r) => r.course);
  }

  insert(entry: StoredTraining): void {
    this.#insert.run(entry);
  }

  update(entry: StoredTraining): void {
    this.#update.run(entry);
  }

  delete(id: string): void {
    this.#delete.run(id);
  }
}

function toTraining(row: TrainingRow): TrainingWithEvidence {
  return {
    id: row.id,
    course: row.course,
    provider: row.provider,
    hours: row.hours,
    completedOn: row.completed_on,
    topic: row.topic,
    evidenceId: row.evidence_id,
    evidenceName: row.evidence_name === null ? null : displayFileName(row.evidence_name),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
