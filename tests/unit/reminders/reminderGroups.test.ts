import { describe, expect, it } from 'vitest';
import { filterGroups, groupReminders, upcomingItems } from '../../../src/main/core/domain/reminders/reminderGroups';
import type { Reminder } from '../../../src/shared/schemas/reminders';

const at = (day: string) => `${day}T09:00:00.000Z`;
let seq = 0;
const r = (key: string, dueDate: string, leadDays: number, state: Reminder['state'], patch: Partial<Reminder> = {}): Reminder => ({
  id: `r${++seq}`,
  key,
  kind: key.startsWith('study') ? 'study-session' : key.startsWith('exam') ? 'exam' : 'cycle-end',
  leadDays,
  dueDate,
  fireAt: at(dueDate),
  state,
  title: key,
  detail: '',
  trackId: key.startsWith('cycle') ? null : 't1',
  credentialId: key.startsWith('cycle') ? 'c1' : null,
  deliveredAt: state === 'pending' ? null : at('2026-11-01'),
  ...patch,
});

describe('groupReminders', () => {
  it('folds every lead time of one date into one row with its next notice and earlier notices', () => {
    const rows = [
      r('cycle-end:c1:2027-09-09', '2027-09-09', 180, 'dismissed', { fireAt: at('2027-03-13') }),
      r('cycle-end:c1:2027-09-09', '2027-09-09', 90, 'pending', { fireAt: at('2027-06-11'), deliveredAt: null }),
      r('cycle-end:c1:2027-09-09', '2027-09-09', 30, 'pending', { fireAt: at('2027-08-10'), deliveredAt: null }),
    ];
    const [group, ...rest] = groupReminders({ reminders: rows, shownCounts: new Map([['cycle-end:c1:2027-09-09|2027-09-09', 1]]) });
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ state: 'upcoming', nextNoticeAt: at('2027-06-11'), nextLeadDays: 90, earlierNotices: 1, reminderId: rows[1]?.id });
  });

  it('puts the showing reminder first as the action target and does not count it as earlier', () => {
    const showing = r('exam:t1:2027-03-15', '2027-03-15', 7, 'delivered');
    const [group] = groupReminders({ reminders: [showing, r('exam:t1:2027-03-15', '2027-03-15', 1, 'pending', { deliveredAt: null })], shownCounts: new Map([['exam:t1:2027-03-15|2027-03-15', 2]]) });
    expect(group).toMatchObject({ state: 'due', reminderId: showing.id, earlierNotices: 1, nextLeadDays: 1 });
  });

  it('orders rows by due date and folds upcoming study days into one row (a 16-week plan is one line)', () => {
    const study = Array.from({ length: 112 }, (_, i) => {
      const day = new Date(Date.UTC(2026, 10, 26 + i)).toISOString().slice(0, 10);
      return r(`study-day:${day}`, day, 0, 'pending', { deliveredAt: null });
    });
    const rows = [r('exam:t1:2027-03-18', '2027-03-18', 30, 'pending', { deliveredAt: null }), r('cycle-end:c1:2027-09-09', '2027-09-09', 180, 'pending', { deliveredAt: null }), ...study];
    const groups = groupReminders({ reminders: rows, shownCounts: new Map() });
    expect(groups.map((g) => g.kind)).toEqual(['study-session', 'exam', 'cycle-end']);
    expect(groups[0]).toMatchObject({ dueDate: '2026-11-26', moreDays: 111, lastDueDate: '2027-03-17' });
  });

  it('filters by kind, track or credential and state; active means due, snoozed and upcoming', () => {
    const groups = groupReminders({
      reminders: [r('exam:t1:2027-03-15', '2027-03-15', 7, 'delivered'), r('cycle-end:c1:2027-09-09', '2027-09-09', 180, 'pending', { deliveredAt: null }), r('cycle-end:c1:2026-01-01', '2026-01-01', 7, 'done')],
      shownCounts: new Map(),
    });
    const all = { kind: null, trackId: null, credentialId: null, state: 'active' } as const;
    expect(filterGroups(groups, all)).toHaveLength(2);
    expect(filterGroups(groups, { ...all, credentialId: 'c1' }).map((g) => g.kind)).toEqual(['cycle-end']);
    expect(filterGroups(groups, { ...all, kind: 'exam', credentialId: 'c1' })).toEqual([]);
    expect(filterGroups(groups, { ...all, state: 'handled' }).map((g) => g.dueDate)).toEqual(['2026-01-01']);
    expect(upcomingItems(groups, '2026-11-25', 5).map((g) => g.kind)).toEqual(['exam', 'cycle-end']);
  });
});
