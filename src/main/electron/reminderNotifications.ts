import { format, parseISO } from 'date-fns';
import { Notification } from 'electron';
import type { DueReminder } from '../../shared/contract/events';
import type { Core } from '../core/createCore';

/** "Due 9 Sep 2027. Earn 12 more PDUs, then renew before 9 Sep 2027" — the date first, then what to do. */
export function notificationBody(reminder: DueReminder): string {
  const due = format(parseISO(reminder.dueDate), 'd MMM yyyy');
  return reminder.detail ? `Due ${due}. ${reminder.detail}` : `Due ${due}.`;
}

/**
 * A native notification for every reminder the core announces as due, when the person has
 * notifications on. Clicking one brings the window forward. Shown notifications are kept
 * referenced until closed: Electron drops the click handler of one that was garbage-collected.
 */
export function showDueReminders(core: Core, onClick: () => void): () => void {
  const shown = new Set<Notification>();
  return core.on('reminders:due', ({ reminders, notify }) => {
    if (!notify || !Notification.isSupported()) return;
    for (const reminder of reminders) {
      const notification = new Notification({ title: reminder.title, body: notificationBody(reminder) });
      shown.add(notification);
      notification.on('click', onClick);
      notification.on('close', () => shown.delete(notification));
      notification.show();
    }
  });
}
