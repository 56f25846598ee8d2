import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { formatDay } from '../format/dates';
import { useApi, useStores } from './AppContext';

/**
 * Keeps the reminder list (and the nav badge) current, and announces reminders the core delivers
 * in the page's notice region when the person has notifications on. The desktop app raises its
 * native notification from the main process; this is the in-page side of the same event.
 */
export function useReminderAnnouncements(): void {
  const api = useApi();
  const { reminders, notices } = useStores();
  const navigate = useNavigate();
  useEffect(() => {
    void reminders.getState().load();
    const offChanged = api.on('data:changed', ({ areas }) => {
      if (areas.includes('reminders')) void reminders.getState().load();
    });
    const offDue = api.on('reminders:due', ({ reminders: due, notify }) => {
      void reminders.getState().load();
      if (!notify) return;
      for (const reminder of due) {
        notices.getState().show({
          kind: 'info',
          message: `Reminder: ${reminder.title} (${formatDay(reminder.dueDate)})`,
          action: { label: 'Open reminders', run: () => void navigate('/reminders') },
        });
      }
    });
    return () => {
      offChanged();
      offDue();
    };
  }, [api, reminders, notices, navigate]);
}
