import type { CalendarFeedService } from '../services/calendar/calendarFeedService';
import type { CalendarService } from '../services/calendar/calendarService';
import type { DashboardService } from '../services/dashboardService';
import type { ReminderService } from '../services/reminderService';
import type { AreaHandlers } from './handlers';

export function reminderHandlers(
  reminders: ReminderService,
): AreaHandlers<'reminders:list' | 'reminders:list-groups' | 'reminders:snooze' | 'reminders:dismiss' | 'reminders:mark-done'> {
  return {
    'reminders:list': () => reminders.list(),
    'reminders:list-groups': (filter) => reminders.center(filter),
    'reminders:snooze': ({ id, duration, until }) => reminders.snooze(id, until !== undefined ? { until } : { duration: duration ?? '1-day' }),
    'reminders:dismiss': ({ id }) => reminders.dismiss(id),
    'reminders:mark-done': ({ id }) => reminders.markDone(id),
  };
}

export function calendarHandlers(calendar: CalendarService, feed: CalendarFeedService): AreaHandlers<'calendar:export' | 'calendar:get-feed'> {
  return {
    'calendar:export': ({ trackId, credentialId }) => calendar.export({ trackId, credentialId }),
    'calendar:get-feed': () => {
      // Reading it brings it up to date, so the path shown is a file that exists.
      feed.refresh();
      return feed.info();
    },
  };
}

export function dashboardHandlers(dashboard: DashboardService): AreaHandlers<'dashboard:get'> {
  return { 'dashboard:get': () => dashboard.get() };
}
