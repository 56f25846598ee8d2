import { z } from 'zod';
import type { ExamSchedule } from '../../../../shared/schemas/preparation';
import type { Db } from '../connection';

export interface StoredAttempt {
  id: string;
  trackId: string;
  date: string;
  outcome: 'passed' | 'failed';
  domainBands: { domainId: string; band: string }[];
  credentialId: string | null;
  notes: string;
  createdAt: string;
}

interface AttemptRow {
  id: string;
  track_id: string;
  taken_on: string;
  outcome: 'passed' | 'failed';
  domain_bands: string;
  credential_id: string | null;
  notes: string;
  created_at: string;
}

const BandsSchema = z.array(z.object({ domainId: z.string(), band: z.string() }));

/** The exam date of a track and its attempts. */
export class ExamRepository {
  readonly #schedule;
  readonly #upsertSchedule;
  readonly #activeSchedules;
  readonly #attempts;
  readonly #insertAttempt;

  constructor(db: Db) {
    this.#schedule = db.prepare<[string], { exam_date: string; booked: number; reference: string; updated_at: string }>(
      'SELECT exam_date, booked, reference, updated_at FROM exam_schedules WHERE track_id = ?',
    );
    this.#upsertSchedule = db.prepare(
      `INSERT INTO exam_schedules (track_id, exam_date, booked, reference, updated_at)
       VALUES (@trackId, @examDate, @booked, @reference, @updatedAt)
       ON CONFLICT (track_id) DO UPDATE SET exam_date = excluded.exam_date, booked = excluded.booked,
         reference = excluded.reference, updated_at = excluded.updated_at`,
    );
    this.#activeSchedules = db.prepare<[], { track_id: string; exam_date: string; booked: number }>(
      `SELECT s.track_id, s.exam_date, s.booked FROM exam_schedules s JOIN tracks t ON t.id = s.track_id
        WHERE t.archived_at IS NULL ORDER BY s.exam_date, s.track_id`,
    );
    this.#attempts = db.prepare<[string], AttemptRow>(
      `SELECT id, track_id, taken_on, outcome, domain_bands, credential_id, notes, created_at
         FROM exam_attempts WHERE track_id = ? ORDER BY taken_on, created_at`,
    );
    this.#insertAttempt = db.prepare(
      `INSERT INTO exam_attempts (id, track_id, taken_on, outcome, domain_bands, credential_id, notes, created_at)
       VALUES (@id, @trackId, @date, @outcome, @domainBands, @credentialId, @notes, @createdAt)`,
    );
  }

  schedule(trackId: string): ExamSchedule | undefined {
    const row = this.#schedule.get(trackId);
    return row ? { examDate: row.exam_date, booked: row.booked === 1, reference: row.reference, updatedAt: row.updated_at } : undefined;
  }

  setSchedule(trackId: string, schedule: ExamSchedule): void {
    this.#upsertSchedule.run({ trackId, ...schedule, booked: schedule.booked ? 1 : 0 });
  }

  /** Exam dates of tracks that are not archived (for reminders and the calendar export). */
  activeSchedules(): { trackId: string; examDate: string; booked: boolean }[] {
    return this.#activeSchedules.all().map((r) => ({ trackId: r.track_id, examDate: r.exam_date, booked: r.booked === 1 }));
  }

  attempts(trackId: string): StoredAttempt[] {
    return this.#attempts.all(trackId).map((row) => ({
      id: row.id,
      trackId: row.track_id,
      date: row.taken_on,
      outcome: row.outcome,
      domainBands: BandsSchema.parse(JSON.parse(row.domain_bands)),
      credentialId: row.credential_id,
      notes: row.notes,
      createdAt: row.created_at,
    }));
  }

  insertAttempt(attempt: StoredAttempt): void {
    this.#insertAttempt.run({ ...attempt, domainBands: JSON.stringify(attempt.domainBands) });
  }
}
