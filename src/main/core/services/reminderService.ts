import type { DueReminder } from '../../../shared/contract/events';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { Reminder, ReminderCenter, ReminderFilter, ReminderGroup, ReminderList } from '../../../shared/schemas/reminders';
import { localDateOf } from '../clock';
import type { ReminderRepository } from '../db/repositories/reminderRepository';
import { REMINDER_HOUR, planReminders, snoozedUntil } from '../domain/reminderSchedule';
import { filterGroups, groupReminders, upcomingItems } from '../domain/reminders/reminderGroups';
import { studyDigests } from '../domain/reminders/studyDigest';
import { invalidField, notFound, ruleViolation } from '../errors';
import type { CoreEvents } from '../events';
import { newId } from '../ids';
import type { TableVersions } from '../db/tableVersions';
import { byDateThenKey, type KnownDate, type KnownDateSource } from './knownDates';
import type { SettingsService } from './settingsService';

/** How many handled reminders the center shows. */
const HANDLED_SHOWN = 10;
/** Handled reminders read for the grouped center (a handled date has a few). */
const HANDLED_GROUPED = 60;

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
    /** The connection's write counters: a scan with nothing new to do stops before reading the reminders. */
    private readonly versions?: TableVersions,
  ) {}

  /**
   * Every date the sources know today, soonest first. The same array while every source reports
   * the same dates (sources keep theirs until their inputs change), so callers may keep what they
   * derive from it; callers must not change it.
   */
  knownDates(today: IsoDate = localDateOf(this.now())): KnownDate[] {
    const parts = this.sources.map((source) => source.knownDates(today));
    const kept = this.#known;
    if (kept && kept.today === today && parts.every((part, i) => samePart(part, kept.parts[i]))) return kept.dates;
    const dates = parts.flat().sort(byDateThenKey);
    this.#known = { today, parts, dates };
    return dates;
  }

  #known: { today: IsoDate; parts: KnownDate[][]; dates: KnownDate[] } | null = null;
  #reminderDates: { known: KnownDate[]; settings: string; dates: KnownDate[] } | null = null;
  /** The last scan that found nothing to do, and until when that stays true without another change. */
  #quiet: { dates: KnownDate[]; leadDays: string; stamp: string; at: number; until: number } | null = null;

  /**
   * The dates reminders come for: every known date, except that planned study days of all tracks
   * become one digest a day (or none, with the digest switched off).
   */
  reminderDates(today: IsoDate = localDateOf(this.now())): KnownDate[] {
    const settings = this.settings.get();
    const all = this.knownDates(today);
    const relevant = JSON.stringify([settings.studyDigest, settings.reminderLeadDays['study-session']]);
    if (this.#reminderDates?.known === all && this.#reminderDates.settings === relevant) return this.#reminderDates.dates;
    const others = all.filter((d) => d.kind !== 'study-session');
    const days = all.flatMap((d) => (d.kind === 'study-session' && d.study ? [{ key: d.key, date: d.date, trackId: d.trackId, study: d.study }] : []));
    const dates = settings.studyDigest ? [...others, ...studyDigests(days, settings.reminderLeadDays['study-session'])] : others;
    this.#reminderDates = { known: all, settings: relevant, dates };
    return dates;
  }

  /** Brings reminders up to date; returns what was delivered now. */
  check(): DueReminder[] {
    const now = this.now();
    const dates = this.reminderDates(localDateOf(now));
    const leadDays = this.settings.get().reminderLeadDays;
    const leadText = JSON.stringify(leadDays);
    const stamp = this.versions?.stampOf(['reminders']) ?? null;
    // Same dates, lead times and stored reminders as a scan that found nothing to do, and no
    // reminder's time has come since: this one would find nothing either (issue 10).
    const quiet = this.#quiet;
    const t = now.getTime();
    if (quiet && stamp !== null && quiet.dates === dates && quiet.leadDays === leadText && quiet.stamp === stamp && t >= quiet.at && t < quiet.until) return [];
    this.#quiet = null;
    const stored = this.reminders.inPlay();
    const plan = planReminders(dates, leadDays, stored, now, () => newId('reminder'));
    if (plan.create.length === 0 && plan.retire.length === 0 && plan.deliver.length === 0 && plan.retext.length === 0) {
      if (stamp !== null) this.#quiet = { dates, leadDays: leadText, stamp, at: t, until: nextFireAfter(stored, t) };
      return [];
    }
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

  /** Every date's reminders as one row each, ordered by due date. */
  groups(): ReminderGroup[] {
    const rows = [...this.reminders.inPlay(), ...this.reminders.recentlyHandled(HANDLED_GROUPED)];
    return groupReminders({ reminders: rows, shownCounts: this.reminders.shownCounts() });
  }

  /** The reminder center: grouped rows with the person's filters, and what the filters hide. */
  center(filter: ReminderFilter): ReminderCenter {
    const groups = this.groups();
    const count = (state: ReminderGroup['state']) => groups.filter((g) => g.state === state).length;
    const shown = filterGroups(groups, filter);
    const unfiltered = filterGroups(groups, { kind: null, trackId: null, credentialId: null, state: filter.state });
    return {
      groups: shown,
      counts: { due: count('due'), snoozed: count('snoozed'), upcoming: count('upcoming'), handled: count('handled') },
      hiddenByFilters: unfiltered.length - shown.length,
      studyDigest: this.settings.get().studyDigest,
    };
  }

  /** For the dashboard: how many are waiting, and the next items ahead, each once. */
  upcomingSummary(limit: number): { dueCount: number; next: ReminderGroup[] } {
    const groups = this.groups();
    return { dueCount: groups.filter((g) => g.state === 'due').length, next: upcomingItems(groups, localDateOf(this.now()), limit) };
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

/** A small source's dates may be rebuilt on every call: equal content counts as the same. */
function samePart(a: KnownDate[], b: KnownDate[] | undefined): boolean {
  if (a === b) return true;
  // A large source keeps its array while unchanged: a new one has changed (comparing costs more than it saves).
  if (b === undefined || a.length !== b.length || a.length > SMALL_PART) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Sources with up to this many dates are compared by content. */
const SMALL_PART = 32;

/** The first moment after `t` a pending or snoozed reminder falls due (Infinity: none). */
function nextFireAfter(stored: readonly { state: string; fireAt: string }[], t: number): number {
  let next = Infinity;
  for (const r of stored) {
    if (r.state !== 'pending' && r.state !== 'snoozed') continue;
    const at = Date.parse(r.fireAt);
    if (at > t && at < next) next = at;
  }
  return next;
}

function toDue(r: Reminder): DueReminder {
  return { id: r.id, kind: r.kind, title: r.title, detail: r.detail, dueDate: r.dueDate, trackId: r.trackId, credentialId: r.credentialId };
}
