import type { Reminder, ReminderState } from '../../../../shared/schemas/reminders';
import { KNOWN_DATE_KINDS, type KnownDateKind } from '../../../../shared/schemas/knownDates';
import { REMINDER_STATES } from '../../../../shared/schemas/reminders';
import type { NewReminder, ReminderPlan } from '../../domain/reminderSchedule';
import type { Db } from '../connection';

interface ReminderRow {
  id: string;
  date_key: string;
  kind: string;
  lead_days: number;
  due_date: string;
  title: string;
  detail: string;
  track_id: string | null;
  credential_id: string | null;
  state: string;
  fire_at: string;
  delivered_at: string | null;
}

const COLUMNS = 'id, date_key, kind, lead_days, due_date, title, detail, track_id, credential_id, state, fire_at, delivered_at';

/** Reminders and their state. Every change of state happens in one transaction per check. */
export class ReminderRepository {
  readonly #inPlay;
  readonly #byId;
  readonly #inState;
  readonly #handled;
  readonly #insert;
  readonly #setState;
  readonly #deliver;
  readonly #snooze;
  readonly #doneForDate;
  readonly #retext;
  readonly #shownCounts;

  constructor(private readonly db: Db) {
    this.#inPlay = db.prepare<[], ReminderRow>(`SELECT ${COLUMNS} FROM reminders WHERE state <> 'retired'`);
    this.#byId = db.prepare<[string], ReminderRow>(`SELECT ${COLUMNS} FROM reminders WHERE id = ?`);
    this.#inState = db.prepare<[string], ReminderRow>(`SELECT ${COLUMNS} FROM reminders WHERE state = ? ORDER BY fire_at, id`);
    this.#handled = db.prepare<[number], ReminderRow>(
      `SELECT ${COLUMNS} FROM reminders WHERE state IN ('dismissed', 'done') ORDER BY updated_at DESC, id LIMIT ?`,
    );
    this.#insert = db.prepare(
      `INSERT INTO reminders (${COLUMNS}, created_at, updated_at)
       VALUES (@id, @key, @kind, @leadDays, @dueDate, @title, @detail, @trackId, @credentialId, 'pending', @fireAt, NULL, @at, @at)`,
    );
    this.#setState = db.prepare<[string, string, string]>('UPDATE reminders SET state = ?, updated_at = ? WHERE id = ?');
    this.#deliver = db.prepare<[string, string, string]>(
      "UPDATE reminders SET state = 'delivered', delivered_at = ?, updated_at = ? WHERE id = ?",
    );
    this.#snooze = db.prepare<[string, string, string]>("UPDATE reminders SET state = 'snoozed', fire_at = ?, updated_at = ? WHERE id = ?");
    this.#retext = db.prepare<[string, string, string, string]>('UPDATE reminders SET title = ?, detail = ?, updated_at = ? WHERE id = ?');
    // Counted in SQL: the reminder center needs only the number of notices shown per date.
    this.#shownCounts = db.prepare<[], { date_key: string; due_date: string; shown: number }>(
      'SELECT date_key, due_date, COUNT(*) AS shown FROM reminders WHERE delivered_at IS NOT NULL GROUP BY date_key, due_date',
    );
    this.#doneForDate = db.prepare<[string, string, string]>(
      `UPDATE reminders SET state = 'done', updated_at = ?
        WHERE date_key = ? AND due_date = ? AND state IN ('pending', 'delivered', 'snoozed')`,
    );
  }

  /** Every reminder not retired: the reminder engine's view of the stored state. */
  inPlay(): Reminder[] {
    return this.#inPlay.all().map(toReminder);
  }

  get(id: string): Reminder | undefined {
    const row = this.#byId.get(id);
    return row ? toReminder(row) : undefined;
  }

  inState(state: ReminderState): Reminder[] {
    return this.#inState.all(state).map(toReminder);
  }

  /** Per `key|dueDate`, how many of its reminders were ever shown (retired ones included). */
  shownCounts(): Map<string, number> {
    return new Map(this.#shownCounts.all().map((r) => [`${r.date_key}|${r.due_date}`, r.shown]));
  }

  recentlyHandled(limit: number): Reminder[] {
    return this.#handled.all(limit).map(toReminder);
  }

  /** Applies one check's plan atomically, so a crash cannot leave half of it behind. */
  apply(plan: ReminderPlan, at: string): void {
    this.db.transaction(() => {
      for (const reminder of plan.create) this.#insert.run(insertParams(reminder, at));
      for (const id of plan.retire) this.#setState.run('retired', at, id);
      for (const r of plan.retext) this.#retext.run(r.title, r.detail, at, r.id);
      for (const id of plan.deliver) this.#deliver.run(at, at, id);
    })();
  }

  setState(id: string, state: ReminderState, at: string): void {
    this.#setState.run(state, at, id);
  }

  snooze(id: string, fireAt: string, at: string): void {
    this.#snooze.run(fireAt, at, id);
  }

  /** "Done" settles the date: this reminder and the later ones for the same date. */
  markDateDone(key: string, dueDate: string, at: string): void {
    this.#doneForDate.run(at, key, dueDate);
  }
}

function insertParams(r: NewReminder, at: string) {
  return {
    id: r.id,
    key: r.key,
    kind: r.kind,
    leadDays: r.leadDays,
    dueDate: r.dueDate,
    title: r.title,
    detail: r.detail,
    trackId: r.trackId,
    credentialId: r.credentialId,
    fireAt: r.fireAt,
    at,
  };
}

function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    key: row.date_key,
    kind: oneOf(KNOWN_DATE_KINDS, row.kind, 'exam' satisfies KnownDateKind),
    leadDays: row.lead_days,
    dueDate: row.due_date,
    fireAt: row.fire_at,
    state: oneOf(REMINDER_STATES, row.state, 'retired'),
    title: row.title,
    detail: row.detail,
    trackId: row.track_id,
    credentialId: row.credential_id,
    deliveredAt: row.delivered_at,
  };
}

/** The CHECK constraint keeps states valid; kinds come from code that may be newer or older. */
function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}
