import { differenceInCalendarDays, parseISO } from 'date-fns';
import { Menu, Tray, nativeImage } from 'electron';
import { reminderTarget } from '../../shared/reminderTarget';
import type { ReminderCenter, ReminderGroup } from '../../shared/schemas/reminders';
import type { Core } from '../core/createCore';
import { formatDayForPeople } from '../core/peopleDates';
import trayIconUrl from '../../../assets/icons/32x32.png?inline';

export interface TrayText {
  tooltip: string;
  /** The first line of the tray menu; clicking it opens the item. */
  nextDeadline: string;
  /** The item's page, or null when nothing is ahead. */
  path: string | null;
}

const inDays = (day: string, today: string): string => {
  const days = differenceInCalendarDays(parseISO(day), parseISO(today));
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
};

/** The next due item: one showing now first, else the soonest date still ahead (each item once). */
export function trayText(center: ReminderCenter | null, today: string): TrayText {
  const groups = center?.groups ?? [];
  const showing = groups.find((g) => g.state === 'due');
  const ahead = groups.filter((g) => g.state !== 'handled' && g.dueDate >= today).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const next: ReminderGroup | undefined = showing ?? ahead[0];
  if (!next) return { tooltip: 'Certplan: no deadlines ahead', nextDeadline: 'No deadlines ahead', path: null };
  // As the window writes dates (the core's locale is the app's).
  const day = formatDayForPeople(next.dueDate);
  const line = next === showing ? `Due now: ${next.title}, ${day}` : `Next: ${next.title}, ${day} (${inDays(next.dueDate, today)})`;
  return { tooltip: `Certplan. ${line}`, nextDeadline: line, path: reminderTarget(next) };
}

/**
 * The tray icon: its tooltip and the first menu line show the next due item (clicking that line
 * opens it), then Open and Quit. It re-reads the reminders whenever the core reports a change.
 */
export function createTray(core: Core, actions: { open: () => void; openItem: (path: string) => void; quit: () => void }): { destroy: () => void } {
  const icon = nativeImage.createFromDataURL(trayIconUrl);
  const tray = new Tray(process.platform === 'linux' ? icon : icon.resize({ width: 16, height: 16 }));
  const render = (text: TrayText) => {
    tray.setToolTip(text.tooltip);
    const path = text.path;
    tray.setContextMenu(
      Menu.buildFromTemplate([
        path ? { label: text.nextDeadline, click: () => actions.openItem(path) } : { label: text.nextDeadline, enabled: false },
        { type: 'separator' },
        { label: 'Open Certplan', click: actions.open },
        { label: 'Quit Certplan', click: actions.quit },
      ]),
    );
  };
  const refresh = async () => {
    const [center, info] = await Promise.all([core.call('reminders:list-groups', {}), core.call('app:info', {})]);
    if (tray.isDestroyed()) return;
    const today = info.ok ? (info.data as { today: string }).today : new Date().toISOString().slice(0, 10);
    render(trayText(center.ok ? (center.data as ReminderCenter) : null, today));
  };
  render(trayText(null, ''));
  void refresh();
  const unsubscribe = core.on('data:changed', () => void refresh());
  tray.on('click', actions.open);
  return {
    destroy: () => {
      unsubscribe();
      tray.destroy();
    },
  };
}
