import { format, parseISO } from 'date-fns';
import { Menu, Tray, nativeImage } from 'electron';
import type { Reminder, ReminderList } from '../../shared/schemas/reminders';
import type { Core } from '../core/createCore';
import trayIconUrl from '../../../assets/icons/32x32.png?inline';

export interface TrayText {
  tooltip: string;
  /** The first, disabled line of the tray menu. */
  nextDeadline: string;
}

/** The next deadline among the reminders still in play (their dates, not their firing times). */
export function trayText(list: ReminderList | null, today: string): TrayText {
  const ahead = list ? [...list.due, ...list.snoozed, ...list.upcoming].filter((r) => r.dueDate >= today) : [];
  const next = ahead.reduce<Reminder | null>((soonest, r) => (soonest === null || r.dueDate < soonest.dueDate ? r : soonest), null);
  if (!next) return { tooltip: 'Certplan: no deadlines ahead', nextDeadline: 'No deadlines ahead' };
  const day = format(parseISO(next.dueDate), 'd MMM yyyy');
  const line = `Next: ${next.title}, ${day}`;
  return { tooltip: `Certplan. ${line}`, nextDeadline: line };
}

/**
 * The tray icon: its tooltip and the first menu line show the next deadline, then Open and Quit.
 * It re-reads the reminders whenever the core reports a change.
 */
export function createTray(core: Core, actions: { open: () => void; quit: () => void }): { destroy: () => void } {
  const icon = nativeImage.createFromDataURL(trayIconUrl);
  const tray = new Tray(process.platform === 'linux' ? icon : icon.resize({ width: 16, height: 16 }));
  const render = (text: TrayText) => {
    tray.setToolTip(text.tooltip);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: text.nextDeadline, enabled: false },
        { type: 'separator' },
        { label: 'Open Certplan', click: actions.open },
        { label: 'Quit Certplan', click: actions.quit },
      ]),
    );
  };
  const refresh = async () => {
    const [list, info] = await Promise.all([core.call('reminders:list', {}), core.call('app:info', {})]);
    if (tray.isDestroyed()) return;
    const today = info.ok ? (info.data as { today: string }).today : new Date().toISOString().slice(0, 10);
    render(trayText(list.ok ? (list.data as ReminderList) : null, today));
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
