import { type ApplicationEvent, ApplicationStatusSchema } from '../../../../shared/schemas/application';
import type { ApplicationDates } from '../../domain/applicationDates';
import type { Db } from '../connection';

interface EventRow {
  id: number;
  status: string;
  occurred_on: string;
  note: string;
  recorded_at: string;
}

interface ApplicationRow {
  track_id: string;
  status: string;
  audit_started_on: string | null;
  audit_due_on: string | null;
  approved_on: string | null;
  eligibility_ends_on: string | null;
}

export type StoredApplication = ApplicationDates & { trackId: string };

/** Application steps per track, and the current state with its derived dates. */
export class ApplicationRepository {
  readonly #events;
  readonly #insertEvent;
  readonly #deleteEvent;
  readonly #get;
  readonly #all;
  readonly #upsert;
  readonly #delete;

  constructor(db: Db) {
    this.#events = db.prepare<[string], EventRow>(
      'SELECT id, status, occurred_on, note, recorded_at FROM application_events WHERE track_id = ? ORDER BY occurred_on, id',
    );
    this.#insertEvent = db.prepare<[string, string, string, string, string]>(
      'INSERT INTO application_events (track_id, status, occurred_on, note, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.#deleteEvent = db.prepare<[number, string]>('DELETE FROM application_events WHERE id = ? AND track_id = ?');
    const columns = 'track_id, status, audit_started_on, audit_due_on, approved_on, eligibility_ends_on';
    this.#get = db.prepare<[string], ApplicationRow>(`SELECT ${columns} FROM applications WHERE track_id = ?`);
    this.#all = db.prepare<[], ApplicationRow>(`SELECT ${columns} FROM applications ORDER BY track_id`);
    this.#upsert = db.prepare(
      `INSERT INTO applications (${columns}, updated_at)
       VALUES (@trackId, @status, @auditStartedOn, @auditDueOn, @approvedOn, @eligibilityEndsOn, @updatedAt)
       ON CONFLICT (track_id) DO UPDATE SET status = excluded.status, audit_started_on = excluded.audit_started_on,
              audit_due_on = excluded.audit_due_on, approved_on = excluded.approved_on,
              eligibility_ends_on = excluded.eligibility_ends_on, updated_at = excluded.updated_at`,
    );
    this.#delete = db.prepare<[string]>('DELETE FROM applications WHERE track_id = ?');
  }

  events(trackId: string): ApplicationEvent[] {
    return this.#events.all(trackId).map((row) => ({
      id: row.id,
      status: ApplicationStatusSchema.parse(row.status),
      on: row.occurred_on,
      note: row.note,
      recordedAt: row.recorded_at,
    }));
  }

  addEvent(trackId: string, event: Omit<ApplicationEvent, 'id'>): void {
    this.#insertEvent.run(trackId, event.status, event.on, event.note, event.recordedAt);
  }

  /** Returns whether a step of that track was removed. */
  removeEvent(trackId: string, eventId: number): boolean {
    return this.#deleteEvent.run(eventId, trackId).changes > 0;
  }

  get(trackId: string): StoredApplication | undefined {
    const row = this.#get.get(trackId);
    return row ? toApplication(row) : undefined;
  }

  all(): StoredApplication[] {
    return this.#all.all().map(toApplication);
  }

  /** Stores the current state, or forgets it when no step is left. */
  save(trackId: string, dates: ApplicationDates, at: string): void {
    if (dates.status === null) this.#delete.run(trackId);
    else this.#upsert.run({ trackId, ...dates, updatedAt: at });
  }
}

function toApplication(row: ApplicationRow): StoredApplication {
  return {
    trackId: row.track_id,
    status: ApplicationStatusSchema.parse(row.status),
    auditStartedOn: row.audit_started_on,
    auditDueOn: row.audit_due_on,
    approvedOn: row.approved_on,
    eligibilityEndsOn: row.eligibility_ends_on,
  };
}
