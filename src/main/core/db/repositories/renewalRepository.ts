import type { RenewalRecord } from '../../../../shared/schemas/renewal';
import type { Db } from '../connection';

interface RenewalRow {
  id: string;
  cycle_start: string;
  submitted_on: string;
  approved_on: string | null;
  fee_paid: number;
}

/** Renewals of credential cycles and each credential's pacing target. */
export class RenewalRepository {
  readonly #forCredential;
  readonly #upsert;
  readonly #delete;
  readonly #paceTarget;
  readonly #setPaceTarget;

  constructor(db: Db) {
    this.#forCredential = db.prepare<[string], RenewalRow>(
      'SELECT id, cycle_start, submitted_on, approved_on, fee_paid FROM renewals WHERE credential_id = ? ORDER BY cycle_start',
    );
    this.#upsert = db.prepare(
      `INSERT INTO renewals (id, credential_id, cycle_start, submitted_on, approved_on, fee_paid, created_at, updated_at)
       VALUES (@id, @credentialId, @cycleStart, @submittedOn, @approvedOn, @feePaid, @at, @at)
       ON CONFLICT (credential_id, cycle_start) DO UPDATE SET
         submitted_on = excluded.submitted_on, approved_on = excluded.approved_on,
         fee_paid = excluded.fee_paid, updated_at = excluded.updated_at`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM renewals WHERE id = ?');
    this.#paceTarget = db.prepare<[string], { finish_days_before: number }>(
      'SELECT finish_days_before FROM credential_pace_targets WHERE credential_id = ?',
    );
    this.#setPaceTarget = db.prepare<[string, number]>(
      `INSERT INTO credential_pace_targets (credential_id, finish_days_before) VALUES (?, ?)
       ON CONFLICT (credential_id) DO UPDATE SET finish_days_before = excluded.finish_days_before`,
    );
  }

  forCredential(credentialId: string): RenewalRecord[] {
    return this.#forCredential.all(credentialId).map((r) => ({
      id: r.id,
      cycleStart: r.cycle_start,
      submittedOn: r.submitted_on,
      approvedOn: r.approved_on,
      feePaid: r.fee_paid === 1,
    }));
  }

  /** One renewal per cycle: recording it again updates the dates and the fee. */
  save(credentialId: string, record: RenewalRecord, at: string): void {
    this.#upsert.run({ ...record, credentialId, feePaid: record.feePaid ? 1 : 0, at });
  }

  delete(id: string): void {
    this.#delete.run(id);
  }

  paceTarget(credentialId: string): number | undefined {
    return this.#paceTarget.get(credentialId)?.finish_days_before;
  }

  setPaceTarget(credentialId: string, finishDaysBefore: number): void {
    this.#setPaceTarget.run(credentialId, finishDaysBefore);
  }
}
