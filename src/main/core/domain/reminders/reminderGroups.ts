import type { IsoDate } from '../../../../shared/schemas/dates';
import type { Reminder, ReminderFilter, ReminderGroup, ReminderGroupState } from '../../../../shared/schemas/reminders';

/** `key|dueDate`: one group per date a source knows (a moved date is a new group). */
export const groupIdOf = (r: Pick<Reminder, 'key' | 'dueDate'>): string => `${r.key}|${r.dueDate}`;

export interface GroupingInput {
  /** Reminders not retired (pending, delivered, snoozed) plus the recently handled ones. */
  reminders: readonly Reminder[];
  /** Per group id, how many of its reminders were ever shown (retired ones included). */
  shownCounts: ReadonlyMap<string, number>;
}

const STATE_RANK: Record<ReminderGroupState, number> = { due: 0, snoozed: 1, upcoming: 2, handled: 3 };

/**
 * Folds reminders into one row per date: the row's state is the most pressing of its reminders
 * (one showing → due, one snoozed → snoozed, a notice still to come → upcoming, else handled), its
 * action target is the reminder showing or snoozed (else the next to come), and it says when the
 * next notice comes and how many came before. Upcoming study days fold into one row (the next
 * one, with how many follow): a 16-week plan is one line, not a hundred. Ordered by due date.
 */
export function groupReminders({ reminders, shownCounts }: GroupingInput): ReminderGroup[] {
  const byDate = new Map<string, Reminder[]>();
  for (const r of reminders) byDate.set(groupIdOf(r), [...(byDate.get(groupIdOf(r)) ?? []), r]);
  const groups: ReminderGroup[] = [];
  for (const [id, rows] of byDate) {
    const showing = rows.find((r) => r.state === 'delivered');
    const snoozed = rows.find((r) => r.state === 'snoozed');
    const pending = rows.filter((r) => r.state === 'pending').sort((a, b) => a.fireAt.localeCompare(b.fireAt));
    const next = pending[0];
    const state: ReminderGroupState = showing ? 'due' : snoozed ? 'snoozed' : next ? 'upcoming' : 'handled';
    const target = showing ?? snoozed ?? next ?? latestHandled(rows);
    if (!target) continue;
    const comingBack = snoozed && (!next || snoozed.fireAt < next.fireAt) ? snoozed : null;
    const shown = shownCounts.get(id) ?? rows.filter((r) => r.deliveredAt !== null).length;
    groups.push({
      key: target.key,
      kind: target.kind,
      dueDate: target.dueDate,
      title: target.title,
      detail: target.detail,
      trackId: target.trackId,
      credentialId: target.credentialId,
      state,
      reminderId: target.id,
      nextNoticeAt: comingBack?.fireAt ?? next?.fireAt ?? null,
      nextLeadDays: comingBack ? null : (next?.leadDays ?? null),
      // The one showing (or snoozed) is the current notice, not an earlier one.
      earlierNotices: Math.max(0, shown - (showing || snoozed ? 1 : 0)),
      moreDays: 0,
      lastDueDate: null,
    });
  }
  return foldStudyDays(groups.sort(byDueDate));
}

function latestHandled(rows: Reminder[]): Reminder | undefined {
  return rows.filter((r) => r.state === 'done' || r.state === 'dismissed').sort((a, b) => b.fireAt.localeCompare(a.fireAt))[0];
}

const byDueDate = (a: ReminderGroup, b: ReminderGroup): number =>
  a.dueDate.localeCompare(b.dueDate) || STATE_RANK[a.state] - STATE_RANK[b.state] || a.title.localeCompare(b.title) || a.key.localeCompare(b.key);

/** Upcoming study days become one row: the first, with the count and last day of the rest. */
function foldStudyDays(groups: ReminderGroup[]): ReminderGroup[] {
  const upcomingStudy = groups.filter((g) => g.kind === 'study-session' && g.state === 'upcoming');
  const [first, ...rest] = upcomingStudy;
  if (!first || rest.length === 0) return groups;
  const folded = new Set(rest);
  return groups
    .filter((g) => !folded.has(g))
    .map((g) => (g === first ? { ...g, moreDays: rest.length, lastDueDate: rest.at(-1)?.dueDate ?? null } : g));
}

/** The filters of the reminder center; `active` is due, snoozed and upcoming together. */
export function filterGroups(groups: readonly ReminderGroup[], filter: ReminderFilter): ReminderGroup[] {
  return groups.filter(
    (g) =>
      (filter.kind === null || g.kind === filter.kind) &&
      (filter.trackId === null || g.trackId === filter.trackId) &&
      (filter.credentialId === null || g.credentialId === filter.credentialId) &&
      (filter.state === 'active' ? g.state !== 'handled' : g.state === filter.state),
  );
}

/** The next items ahead, each once (the dashboard): active groups whose date is today or later, or showing now. */
export function upcomingItems(groups: readonly ReminderGroup[], today: IsoDate, limit: number): ReminderGroup[] {
  return groups.filter((g) => g.state !== 'handled' && (g.dueDate >= today || g.state === 'due')).slice(0, limit);
}
