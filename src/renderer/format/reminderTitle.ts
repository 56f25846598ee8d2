import type { ReminderGroup } from '../../shared/schemas/reminders';

/** A study digest's title speaks from its own morning ("Today: …"); seen ahead of time it is the next study day. */
export function reminderTitle(group: Pick<ReminderGroup, 'kind' | 'title' | 'dueDate'>, today: string): string {
  return group.kind === 'study-session' && group.dueDate > today ? `Next study day: ${group.title.replace(/^Today: /, '')}` : group.title;
}
