import { Notification } from 'electron';
import type { DueReminder } from '../../shared/contract/events';
import { reminderTarget } from '../../shared/reminderTarget';
import type { Core } from '../core/createCore';
import { formatDayForPeople } from '../core/peopleDates';

/** "Due 09/09/2027. Earn 12 more PDUs, then renew…" — the date first (as the window writes dates), then what to do. */
export function notificationBody(reminder: DueReminder): string {
  const due = formatDayForPeople(reminder.dueDate);
  return reminder.detail ? `Due ${due}. ${reminder.detail}` : `Due ${due}.`;
}

/**
 * One notification per thing a reminder is about: reminders of the same date arriving together
 * (the app was closed over several lead times) become one, the latest. Study days already come as
 * one digest from the core.
 */
export function oneNotificationPerItem(reminders: readonly DueReminder[]): DueReminder[] {
  const byItem = new Map<string, DueReminder>();
  for (const r of reminders) byItem.set(`${r.kind}|${r.trackId ?? ''}|${r.credentialId ?? ''}|${r.dueDate}`, r);
  return [...byItem.values()];
}

/**
 * A native notification for every item the core announces as due, when the person has
 * notifications on. Clicking one opens its item in the window. Shown notifications are kept
 * referenced until closed: Electron drops the click handler of one that was garbage-collected.
 */
export function showDueReminders(core: Core, openItem: (path: string) => void): () => void {
  const shown = new Set<Notification>();
  return core.on('reminders:due', ({ reminders, notify }) => {
    if (!notify || !Notification.isSupported()) return;
    for (const reminder of oneNotificationPerItem(reminders)) {
      const notification = new Notification({ title: reminder.title, body: notificationBody(reminder) });
      shown.add(notification);
      notification.on('click', () => openItem(reminderTarget(reminder)));
      notification.on('close', () => shown.delete(notification));
      notification.show();
    }
  });
}
