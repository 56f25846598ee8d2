import { addDays, addWeeks } from 'date-fns';
import type { IsoDate } from '../../../shared/schemas/dates';
import type { KnownDateKind } from '../../../shared/schemas/knownDates';
import type { ReminderState } from '../../../shared/schemas/reminders';
import type { ReminderLeadDays } from '../../../shared/schemas/settings';
import { localTimeOn, plusDays } from './calendarDays';

/** Reminders fire at this local hour on their day. */
export const REMINDER_HOUR = 9;

export interface ScheduledDate {
  key: string;
  kind: KnownDateKind;
  date: IsoDate;
  title: string;
  detail: string;
  trackId: string | null;
  credentialId: string | null;
}

export interface StoredReminder {
  id: string;
  key: string;
  kind: KnownDateKind;
  leadDays: number;
  dueDate: IsoDate;
  /** ISO instant of the next (or last) firing. */
  fireAt: string;
  state: ReminderState;
  /** The texts shown with it; kept current while it is in play. */
  title?: string;
  detail?: string;
}

export type NewReminder = Omit<StoredReminder, 'state'> & Omit<ScheduledDate, 'date'> & { state: 'pending' };

export interface ReminderPlan {
  create: NewReminder[];
  /** Ids to retire: their date moved or vanished, their lead time was removed, or a later one replaced them. */
  retire: string[];
  /** Ids (existing or just created) to deliver now. */
  deliver: string[];
  /** Reminders in play whose date's title or detail changed ("12 PDUs to go" becomes "8"). */
  retext: { id: string; title: string; detail: string }[];
}

/** 09:00 local time, `leadDays` calendar days before `date`; calendar days keep it 09:00 across DST. */
export function fireTimeOf(date: IsoDate, leadDays: number): Date {
  return localTimeOn(plusDays(date, -leadDays), REMINDER_HOUR);
}

const ACTIVE: ReadonlySet<ReminderState> = new Set(['pending', 'delivered', 'snoozed']);

/**
 * The reminder engine's one decision, from the dates Certplan knows, the person's lead times and
 * the stored reminders. A reminder is one (date, lead time); its state is stored, so:
 * - nothing fires twice: a lead time that already has a reminder for that date is never created
 *   again, and only pending or snoozed reminders can be delivered;
 * - nothing is dropped: a pending reminder whose time passed (the app was closed) is delivered
 *   now; when several of one date are due together, the latest (closest to the date) is delivered
 *   and the earlier ones are retired as replaced, as are older delivered or snoozed ones of that
 *   date — one live reminder per date;
 * - no flood: for lead times whose time has already passed when a date first appears (or a lead
 *   time is added), only the latest is created, and only if nothing for that date fired later;
 * - a moved date (same key, other day) or a vanished one retires its live reminders and the new
 *   date gets its own; a removed lead time retires its pending reminder; a date marked done gets
 *   no new reminders.
 */
export function planReminders(
  dates: readonly ScheduledDate[],
  leadDays: ReminderLeadDays,
  stored: readonly StoredReminder[],
  now: Date,
  newId: () => string,
): ReminderPlan {
  const retire = new Set<string>();
  const create: NewReminder[] = [];
  const retext: ReminderPlan['retext'] = [];
  const live = stored.filter((r) => r.state !== 'retired');
  const known = new Map(dates.map((d) => [d.key, d]));
  // Each date's rows found by key, not by scanning every reminder per date (issue 10: ~1,000
  // dates × ~1,000 reminders in a scan).
  const liveByKey = new Map<string, StoredReminder[]>();
  for (const r of live) {
    const rows = liveByKey.get(r.key);
    if (rows) rows.push(r);
    else liveByKey.set(r.key, [r]);
  }

  for (const r of live) {
    const date = known.get(r.key);
    if (ACTIVE.has(r.state) && (!date || date.date !== r.dueDate)) retire.add(r.id);
  }

  for (const date of dates) {
    const leads = leadDays[date.kind];
    const rows = (liveByKey.get(date.key) ?? []).filter((r) => r.dueDate === date.date);
    for (const r of rows) {
      if (r.state === 'pending' && !leads.includes(r.leadDays)) retire.add(r.id);
      const stale = r.title !== undefined && (r.title !== date.title || r.detail !== date.detail);
      if (ACTIVE.has(r.state) && stale) retext.push({ id: r.id, title: date.title, detail: date.detail });
    }
    if (rows.some((r) => r.state === 'done')) continue;
    const existing = new Set(rows.map((r) => r.leadDays));
    // What has already fired for this date (pending ones have not).
    const latestFired = Math.max(-Infinity, ...rows.filter((r) => r.state !== 'pending').map(originalFire));
    let latestPast: { lead: number; fire: Date } | null = null;
    for (const lead of leads) {
      if (existing.has(lead)) continue;
      const fire = fireTimeOf(date.date, lead);
      if (fire.getTime() > now.getTime()) create.push(newReminder(date, lead, fire, newId()));
      else if (!latestPast || fire > latestPast.fire) latestPast = { lead, fire };
    }
    if (latestPast && latestPast.fire.getTime() > latestFired) create.push(newReminder(date, latestPast.lead, latestPast.fire, newId()));
  }

  const candidates: StoredReminder[] = [...live.filter((r) => !retire.has(r.id)), ...create];
  const due = candidates.filter((r) => (r.state === 'pending' || r.state === 'snoozed') && Date.parse(r.fireAt) <= now.getTime());
  const deliver: string[] = [];
  for (const key of new Set(due.map((r) => r.key))) {
    const ofKey = due.filter((r) => r.key === key);
    const winner = ofKey.reduce((a, b) => (originalFire(b) > originalFire(a) ? b : a));
    deliver.push(winner.id);
    for (const other of candidates) {
      if (other.key !== key || other.id === winner.id || !ACTIVE.has(other.state)) continue;
      const olderOrDueNow = ofKey.includes(other) || (other.state !== 'pending' && originalFire(other) <= originalFire(winner));
      if (olderOrDueNow) retire.add(other.id);
    }
  }
  // A reminder created and retired in the same pass was never stored: drop it instead.
  const createdIds = new Set(create.map((c) => c.id));
  return {
    create: create.filter((c) => !retire.has(c.id)),
    retire: [...retire].filter((id) => !createdIds.has(id)),
    deliver,
    retext: retext.filter((r) => !retire.has(r.id)),
  };
}

const originalFire = (r: Pick<StoredReminder, 'dueDate' | 'leadDays'>): number => fireTimeOf(r.dueDate, r.leadDays).getTime();

function newReminder(date: ScheduledDate, leadDays: number, fire: Date, id: string): NewReminder {
  return {
    id,
    key: date.key,
    kind: date.kind,
    leadDays,
    dueDate: date.date,
    fireAt: fire.toISOString(),
    title: date.title,
    detail: date.detail,
    trackId: date.trackId,
    credentialId: date.credentialId,
    state: 'pending',
  };
}

/** The next firing after a snooze: a day or a week later on the clock, or 09:00 on a chosen day. */
export function snoozedUntil(now: Date, choice: { duration: '1-day' | '1-week' } | { until: IsoDate }): Date {
  if ('until' in choice) return localTimeOn(choice.until, REMINDER_HOUR);
  return choice.duration === '1-day' ? addDays(now, 1) : addWeeks(now, 1);
}
