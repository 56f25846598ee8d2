import type { CalendarService } from '../services/calendarService';
import type { DashboardService } from '../services/dashboardService';
import type { ReminderService } from '../services/reminderService';
import type { AreaHandlers } from './handlers';

export function reminderHandlers(
  reminders: ReminderService,
): AreaHandlers<'reminders:list' | 'reminders:snooze' | 'reminders:dismiss' | 'reminders:mark-done'> {
  return {
    'reminders:list': () => reminders.list(),
    'reminders:snooze': ({ id, duration, until }) => reminders.snooze(id, until !== undefined ? { until } : { duration: duration ?? '1-day' }),
    'reminders:dismiss': ({ id }) => reminders.dismiss(id),
    'reminders:mark-done': ({ id }) => reminders.markDone(id),
  };
}

export function calendarHandlers(calendar: CalendarService): AreaHandlers<'calendar:export'> {
  return { 'calendar:export': ({ trackId }) => calendar.export(trackId) };
}

export function dashboardHandlers(dashboard: DashboardService): AreaHandlers<'dashboard:get'> {
  return { 'dashboard:get': () => dashboard.get() };
}
