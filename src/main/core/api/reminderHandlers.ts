import type { CalendarFeedService } from '../services/calendar/calendarFeedService';
import type { CalendarService } from '../services/calendar/calendarService';
import type { DashboardService } from '../services/dashboardService';
import type { ReminderService } from '../services/reminderService';
import type { ReminderList } from '../../../shared/schemas/reminders';
import { type PageRequest, pageRequestOf } from '../../../shared/schemas/pages';
import { invalidField } from '../errors';
import type { AreaHandlers } from './handlers';

/**
 * A page of the reminder list: the upcoming reminders (the long part: every study day ahead) cut
 * to `limit` after the one named `before`; the other parts are short and come whole.
 */
function upcomingPage(list: ReminderList, { limit, before }: PageRequest): ReminderList {
  const start = before === null ? 0 : list.upcoming.findIndex((r) => r.id === before) + 1;
  if (start === 0 && before !== null) {
    throw invalidField('before', 'Not an upcoming reminder (it came up or was handled since): ask for the first page again, without before');
  }
  const upcoming = list.upcoming.slice(start, start + limit);
  const last = upcoming.at(-1);
  return { ...list, upcoming, page: { total: list.upcoming.length, nextBefore: start + limit < list.upcoming.length && last ? last.id : null } };
}

export function reminderHandlers(
  reminders: ReminderService,
): AreaHandlers<'reminders:list' | 'reminders:list-groups' | 'reminders:snooze' | 'reminders:dismiss' | 'reminders:mark-done'> {
  return {
    'reminders:list': (page) => {
      const request = pageRequestOf(page);
      return request ? upcomingPage(reminders.list(), request) : reminders.list();
    },
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
