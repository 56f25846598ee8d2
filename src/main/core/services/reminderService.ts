import type { DueReminder } from '../../../shared/contract/events';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { Reminder, ReminderList } from '../../../shared/schemas/reminders';
import { localDateOf } from '../clock';
import type { ReminderRepository } from '../db/repositories/reminderRepository';
import { REMINDER_HOUR, planReminders, snoozedUntil } from '../domain/reminderSchedule';
import { invalidField, notFound, ruleViolation } from '../errors';
import type { CoreEvents } from '../events';
import { newId } from '../ids';
import type { KnownDate, KnownDateSource } from './knownDates';
import type { SettingsService } from './settingsService';

/** How many handled reminders the center shows. */
const HANDLED_SHOWN = 10;

/**
 * Reminders from every date Certplan knows. `check()` runs at start, on the core's timer, after
 * every change and whenever the test clock moves: it applies the reminder plan (domain/
 * reminderSchedule.ts) in one transaction and announces what fell due with `reminders:due`.
 */
export class ReminderService {
  constructor(
    private readonly reminders: ReminderRepository,
    private readonly sources: readonly KnownDateSource[],
    private readonly settings: SettingsService,
    private readonly events: CoreEvents,
    private readonly now: () => Date,
  ) {}

  /** Every date the sources know today, soonest first. */
  knownDates(today: IsoDate = localDateOf(this.now())): KnownDate[] {
    return this.sources.flatMap((source) => source.knownDates(today)).sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  }

  /** Brings reminders up to date; returns what was delivered now. */
  check(): DueReminder[] {
    const now = this.now();
    const stored = this.reminders.inPlay();
    const plan = planReminders(this.knownDates(localDateOf(now)), this.settings.get().reminderLeadDays, stored, now, () => newId('reminder'));
    if (plan.create.length === 0 && plan.retire.length === 0 && plan.deliver.length === 0 && plan.retext.length === 0) return [];
    this.reminders.apply(plan, now.toISOString());
    this.events.emit('data:changed', { areas: ['reminders'] });
    if (plan.deliver.length === 0) return [];
    const delivered = plan.deliver.flatMap((id) => {
      const reminder = this.reminders.get(id);
      return reminder ? [toDue(reminder)] : [];
    });
    this.events.emit('reminders:due', { reminders: delivered, notify: this.settings.get().notifications });
    return delivered;
  }

  list(): ReminderList {
    const byNewestDelivery = (a: Reminder, b: Reminder) => (b.deliveredAt ?? '').localeCompare(a.deliveredAt ?? '') || a.id.localeCompare(b.id);
    return {
      due: this.reminders.inState('delivered').sort(byNewestDelivery),
      snoozed: this.reminders.inState('snoozed'),
      upcoming: this.reminders.inState('pending'),
      handled: this.reminders.recentlyHandled(HANDLED_SHOWN),
    };
  }

  snooze(id: string, choice: { duration: '1-day' | '1-week' } | { until: IsoDate }): Reminder {
    const reminder = this.#require(id);
    if (reminder.state !== 'delivered' && reminder.state !== 'snoozed') {
      throw ruleViolation('Only a reminder that has come up can be snoozed', [{ path: 'id', message: `This reminder is ${reminder.state}` }]);
    }
    const now = this.now();
    const next = snoozedUntil(now, choice);
    if ('until' in choice && next.getTime() <= now.getTime()) {
      throw invalidField('until', `Pick a later day (reminders come at ${REMINDER_HOUR}:00)`);
    }
    this.reminders.snooze(id, next.toISOString(), now.toISOString());
    return this.#require(id);
  }

  dismiss(id: string): Reminder {
    const reminder = this.#requireInPlay(id);
    this.reminders.setState(reminder.id, 'dismissed', this.now().toISOString());
    return this.#require(id);
  }

  markDone(id: string): Reminder {
    const reminder = this.#requireInPlay(id);
    this.reminders.markDateDone(reminder.key, reminder.dueDate, this.now().toISOString());
    return this.#require(id);
  }

  /** For the dashboard: how many are waiting, and the next few to come. */
  upcomingSummary(limit: number): { dueCount: number; next: Reminder[] } {
    const list = this.list();
    return { dueCount: list.due.length, next: [...list.due, ...list.snoozed, ...list.upcoming].slice(0, limit) };
  }

  #require(id: string): Reminder {
    const reminder = this.reminders.get(id);
    if (!reminder) throw notFound('reminder', id);
    return reminder;
  }

  #requireInPlay(id: string): Reminder {
    const reminder = this.#require(id);
    if (reminder.state === 'retired') {
      throw ruleViolation('This reminder no longer applies: its date moved or a later reminder replaced it', [{ path: 'id', message: 'Reminder retired' }]);
    }
    return reminder;
  }
}

function toDue(r: Reminder): DueReminder {
  return { id: r.id, kind: r.kind, title: r.title, detail: r.detail, dueDate: r.dueDate, trackId: r.trackId, credentialId: r.credentialId };
}
