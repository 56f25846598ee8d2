import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ReminderPlan,
  type ScheduledDate,
  type StoredReminder,
  fireTimeOf,
  planReminders,
  snoozedUntil,
} from '../../../src/main/core/domain/reminderSchedule';
import { DEFAULT_REMINDER_LEAD_DAYS } from '../../../src/shared/schemas/settings';

const originalTz = process.env.TZ;
// Times below are written for UTC unless a test picks a zone; the machine's own zone must not matter.
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  // Restore the zone for the other tests in this worker.
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const cycleEnd = (date: string, key = 'cycle-end:c1'): ScheduledDate => ({
  key: `${key}:${date}`,
  kind: 'cycle-end',
  date,
  title: 'PMP cycle ends',
  detail: '',
  trackId: null,
  credentialId: 'c1',
});

// Ids stay unique across passes, as the service's are.
let lastId = 0;
function ids() {
  return () => `r${++lastId}`;
}

/** Applies a plan the way the service does, so tests can run several passes. */
function apply(stored: StoredReminder[], plan: ReminderPlan): StoredReminder[] {
  const next = stored.map((r) => (plan.retire.includes(r.id) ? { ...r, state: 'retired' as const } : r));
  for (const c of plan.create) next.push({ id: c.id, key: c.key, kind: c.kind, leadDays: c.leadDays, dueDate: c.dueDate, fireAt: c.fireAt, state: 'pending' });
  return next.map((r) => (plan.deliver.includes(r.id) ? { ...r, state: 'delivered' as const } : r));
}

function run(dates: ScheduledDate[], stored: StoredReminder[], now: string, newId = ids()) {
  const plan = planReminders(dates, DEFAULT_REMINDER_LEAD_DAYS, stored, new Date(now), newId);
  return { plan, stored: apply(stored, plan) };
}

const summary = (stored: StoredReminder[]) => stored.map((r) => `${r.leadDays}:${r.state}`).sort();

describe('planReminders', () => {
  it('a brand-new date creates its future lead times as pending and nothing fires', () => {
    const { plan } = run([cycleEnd('2027-09-09')], [], '2026-11-25T10:00:00Z');
    expect(plan.create.map((c) => [c.leadDays, c.fireAt])).toEqual([
      [180, '2027-03-13T09:00:00.000Z'],
      [90, '2027-06-11T09:00:00.000Z'],
      [30, '2027-08-10T09:00:00.000Z'],
      [7, '2027-09-02T09:00:00.000Z'],
    ]);
    expect(plan.deliver).toEqual([]);
  });

  it('a brand-new date whose early lead times are past creates only the latest of them (no flood)', () => {
    const { plan, stored } = run([cycleEnd('2027-01-14')], [], '2026-11-25T10:00:00Z');
    expect(plan.create.map((c) => c.leadDays)).toEqual([30, 7, 90]);
    expect(summary(stored)).toEqual(['30:pending', '7:pending', '90:delivered']);
  });

  it('nothing fires twice: the next pass changes nothing', () => {
    const first = run([cycleEnd('2027-01-14')], [], '2026-11-25T10:00:00Z');
    const second = planReminders([cycleEnd('2027-01-14')], DEFAULT_REMINDER_LEAD_DAYS, first.stored, new Date('2026-11-25T11:00:00Z'), ids());
    expect(second).toEqual({ create: [], retire: [], deliver: [], retext: [] });
  });

  it('a reminder that fell due while the app was closed is delivered at the next start', () => {
    const first = run([cycleEnd('2027-09-09')], [], '2026-11-25T10:00:00Z');
    const later = run([cycleEnd('2027-09-09')], first.stored, '2027-03-20T08:00:00Z');
    expect(later.plan.deliver).toHaveLength(1);
    expect(summary(later.stored)).toEqual(['180:delivered', '30:pending', '7:pending', '90:pending']);
  });

  it('several due at once: the latest is delivered, the earlier ones retired as replaced', () => {
    const first = run([cycleEnd('2027-09-09')], [], '2026-11-25T10:00:00Z');
    const later = run([cycleEnd('2027-09-09')], first.stored, '2027-08-20T08:00:00Z');
    expect(summary(later.stored)).toEqual(['180:retired', '30:delivered', '7:pending', '90:retired']);
  });

  it('a newly delivered reminder replaces the older one still shown for the same date', () => {
    const first = run([cycleEnd('2027-09-09')], [], '2026-11-25T10:00:00Z');
    const at180 = run([cycleEnd('2027-09-09')], first.stored, '2027-03-14T08:00:00Z');
    const at90 = run([cycleEnd('2027-09-09')], at180.stored, '2027-06-12T08:00:00Z');
    expect(summary(at90.stored)).toEqual(['180:retired', '30:pending', '7:pending', '90:delivered']);
  });

  it('when a date moves, its live reminders retire and the new date gets its own', () => {
    const first = run([cycleEnd('2027-09-09')], [], '2026-11-25T10:00:00Z');
    const moved = run([cycleEnd('2027-10-01')], first.stored, '2026-11-26T10:00:00Z');
    expect(moved.plan.retire.sort()).toEqual(first.stored.map((r) => r.id).sort());
    expect(moved.plan.create.map((c) => c.dueDate)).toEqual(['2027-10-01', '2027-10-01', '2027-10-01', '2027-10-01']);
  });

  it('a date under the same key on another day also counts as moved', () => {
    const exam = (date: string): ScheduledDate => ({ ...cycleEnd(date), key: 'exam:t1', kind: 'exam' });
    const first = run([exam('2027-03-01')], [], '2026-11-25T10:00:00Z');
    const moved = run([exam('2027-03-08')], first.stored, '2026-11-26T10:00:00Z');
    expect(moved.plan.retire).toHaveLength(3);
    expect(moved.plan.create.map((c) => [c.leadDays, c.dueDate])).toEqual([
      [30, '2027-03-08'],
      [7, '2027-03-08'],
      [1, '2027-03-08'],
    ]);
  });

  it('a vanished date retires its pending, snoozed and delivered reminders but keeps handled ones', () => {
    const stored: StoredReminder[] = [
      { id: 'a', key: 'x', kind: 'cycle-end', leadDays: 7, dueDate: '2027-01-14', fireAt: '2027-01-07T09:00:00.000Z', state: 'pending' },
      { id: 'b', key: 'x', kind: 'cycle-end', leadDays: 30, dueDate: '2027-01-14', fireAt: '2026-12-20T09:00:00.000Z', state: 'snoozed' },
      { id: 'c', key: 'x', kind: 'cycle-end', leadDays: 90, dueDate: '2027-01-14', fireAt: '2026-10-16T09:00:00.000Z', state: 'dismissed' },
    ];
    expect(planReminders([], DEFAULT_REMINDER_LEAD_DAYS, stored, new Date('2026-12-01T00:00:00Z'), ids()).retire).toEqual(['a', 'b']);
  });

  it('a snoozed reminder comes back when its new time passes, not before', () => {
    const date = cycleEnd('2027-01-14');
    const snoozed: StoredReminder = { id: 's', key: date.key, kind: 'cycle-end', leadDays: 90, dueDate: '2027-01-14', fireAt: '2026-12-02T10:00:00.000Z', state: 'snoozed' };
    const others: StoredReminder[] = [30, 7].map((lead) => ({ id: `p${lead}`, key: date.key, kind: 'cycle-end', leadDays: lead, dueDate: '2027-01-14', fireAt: fireTimeOf('2027-01-14', lead).toISOString(), state: 'pending' }));
    expect(planReminders([date], DEFAULT_REMINDER_LEAD_DAYS, [snoozed, ...others], new Date('2026-12-01T10:00:00Z'), ids()).deliver).toEqual([]);
    expect(planReminders([date], DEFAULT_REMINDER_LEAD_DAYS, [snoozed, ...others], new Date('2026-12-02T10:00:00Z'), ids()).deliver).toEqual(['s']);
  });

  it('a removed lead time retires its pending reminder; an added one that is already past fires once', () => {
    const first = run([cycleEnd('2027-09-09')], [], '2026-11-25T10:00:00Z');
    const leads = { ...DEFAULT_REMINDER_LEAD_DAYS, 'cycle-end': [300, 30] };
    const plan = planReminders([cycleEnd('2027-09-09')], leads, first.stored, new Date('2026-11-26T10:00:00Z'), () => 'new');
    const idOf = (lead: number) => first.stored.find((r) => r.leadDays === lead)?.id;
    expect(plan.retire.sort()).toEqual([idOf(180), idOf(90), idOf(7)].sort());
    expect(plan.create.map((c) => c.leadDays)).toEqual([300]);
    expect(plan.deliver).toEqual(['new']);
  });

  it('keeps the texts of reminders in play current, not those handled', () => {
    const date = cycleEnd('2027-09-09');
    const row = (id: string, state: StoredReminder['state']): StoredReminder => ({
      id,
      key: date.key,
      kind: 'cycle-end',
      leadDays: id === 'a' ? 180 : 90,
      dueDate: '2027-09-09',
      fireAt: '2027-03-13T09:00:00.000Z',
      state,
      title: 'PMP cycle ends',
      detail: 'Earn 12 more',
    });
    const plan = planReminders([{ ...date, detail: 'Earn 8 more' }], { ...DEFAULT_REMINDER_LEAD_DAYS, 'cycle-end': [180, 90] }, [row('a', 'pending'), row('b', 'dismissed')], new Date('2026-11-25T10:00:00Z'), ids());
    expect(plan.retext).toEqual([{ id: 'a', title: 'PMP cycle ends', detail: 'Earn 8 more' }]);
  });

  it('a date marked done gets no new reminders', () => {
    const date = cycleEnd('2027-09-09');
    const done: StoredReminder = { id: 'd', key: date.key, kind: 'cycle-end', leadDays: 180, dueDate: '2027-09-09', fireAt: '2027-03-13T09:00:00.000Z', state: 'done' };
    expect(planReminders([date], DEFAULT_REMINDER_LEAD_DAYS, [done], new Date('2027-03-14T10:00:00Z'), ids()).create).toEqual([]);
  });

  it('pace warnings: one reminder a month, on the day it is first known', () => {
    const pace = (month: string): ScheduledDate => ({ ...cycleEnd(`${month}-01`), key: `pace-warning:c1:${month}`, kind: 'pace-warning' });
    const first = run([pace('2026-11')], [], '2026-11-25T10:00:00Z');
    expect(first.plan.deliver).toHaveLength(1);
    expect(run([pace('2026-11')], first.stored, '2026-11-28T10:00:00Z').plan).toEqual({ create: [], retire: [], deliver: [], retext: [] });
    const december = run([pace('2026-12')], first.stored, '2026-12-01T10:00:00Z');
    expect(december.plan.deliver).toHaveLength(1);
    expect(summary(december.stored)).toEqual(['0:delivered', '0:retired']);
  });
});

describe('reminder times across daylight-saving changes', () => {
  it.each([
    // zone, date, lead, expected instant (09:00 local on the reminder's day)
    ['Europe/Berlin', '2027-04-01', 7, '2027-03-25T08:00:00.000Z'], // fires in winter time for a summer-time date
    ['Europe/Berlin', '2027-03-28', 0, '2027-03-28T07:00:00.000Z'], // the day clocks go forward
    ['Europe/Berlin', '2026-11-01', 7, '2026-10-25T08:00:00.000Z'], // the day clocks go back
    ['America/New_York', '2027-03-20', 7, '2027-03-13T14:00:00.000Z'], // EST, the day before clocks go forward
    ['America/New_York', '2027-03-21', 7, '2027-03-14T13:00:00.000Z'], // EDT from 14 March
    ['America/New_York', '2026-11-08', 7, '2026-11-01T14:00:00.000Z'], // EST again from 1 November
  ])('%s: %s minus %i days fires at 09:00 local (%s)', (zone, date, lead, expected) => {
    process.env.TZ = zone;
    const fire = fireTimeOf(date, lead);
    expect(fire.toISOString()).toBe(expected);
    expect(fire.getHours()).toBe(9);
  });

  it('a pending reminder created before the change still fires at 09:00 after it', () => {
    process.env.TZ = 'Europe/Berlin';
    const date = cycleEnd('2027-04-05');
    const { stored } = run([date], [], '2027-03-01T10:00:00Z');
    const sevenDays = stored.find((r) => r.leadDays === 7);
    expect(sevenDays?.fireAt).toBe('2027-03-29T07:00:00.000Z'); // CEST: 09:00 local
    expect(run([date], stored, '2027-03-29T06:59:00Z').plan.deliver).not.toContain(sevenDays?.id);
    expect(run([date], stored, '2027-03-29T07:00:00Z').plan.deliver).toEqual([sevenDays?.id]);
  });

  it('snoozing a day keeps the clock time across the change', () => {
    process.env.TZ = 'America/New_York';
    const before = new Date('2027-03-13T14:30:00Z'); // 09:30 EST
    const next = snoozedUntil(before, { duration: '1-day' });
    expect(next.toISOString()).toBe('2027-03-14T13:30:00.000Z'); // 09:30 EDT
    expect(snoozedUntil(before, { duration: '1-week' }).getHours()).toBe(9);
    expect(snoozedUntil(before, { until: '2027-03-20' }).toISOString()).toBe('2027-03-20T13:00:00.000Z');
  });
});
