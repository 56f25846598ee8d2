import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Reminder, ReminderList } from '../../../src/shared/schemas/reminders';

const app = vi.hoisted(() => ({ setLoginItemSettings: vi.fn(), isPackaged: true, getAppPath: () => '/opt/Certplan/resources/app.asar' }));
vi.mock('electron', () => ({ app, Notification: class {}, Tray: class {}, Menu: {}, nativeImage: {} }));

const { notificationBody } = await import('../../../src/main/electron/reminderNotifications');
const { trayText } = await import('../../../src/main/electron/tray');
const { autostartEntry, autostartFile, launchCommand, openAtLoginFor, quoteExecArgument } = await import('../../../src/main/electron/openAtLogin');

const reminder = (dueDate: string, title: string, state: Reminder['state'] = 'pending'): Reminder => ({
  id: title,
  key: title,
  kind: 'cycle-end',
  leadDays: 30,
  dueDate,
  fireAt: `${dueDate}T09:00:00.000Z`,
  state,
  title,
  detail: '',
  trackId: null,
  credentialId: null,
  deliveredAt: null,
});

describe('notificationBody', () => {
  it('says when, then what to do', () => {
    expect(notificationBody({ id: 'r', kind: 'cycle-end', title: 'PMP renewal cycle ends', detail: 'Earn 12 more PDUs, then renew', dueDate: '2027-09-09', trackId: null, credentialId: null })).toBe(
      'Due 9 Sep 2027. Earn 12 more PDUs, then renew',
    );
    expect(notificationBody({ id: 'r', kind: 'exam', title: 'Exam', detail: '', dueDate: '2027-03-01', trackId: null, credentialId: null })).toBe('Due 1 Mar 2027.');
  });
});

describe('trayText', () => {
  it('shows the soonest deadline still ahead, whatever the reminder state', () => {
    const list: ReminderList = {
      due: [reminder('2027-09-09', 'PMP renewal cycle ends', 'delivered')],
      snoozed: [reminder('2026-11-20', 'Past exam', 'snoozed')],
      upcoming: [reminder('2027-03-01', 'PMI-ACP exam'), reminder('2027-10-01', 'CSM renewal cycle ends')],
      handled: [],
    };
    expect(trayText(list, '2026-11-25')).toEqual({ tooltip: 'Certplan. Next: PMI-ACP exam, 1 Mar 2027', nextDeadline: 'Next: PMI-ACP exam, 1 Mar 2027' });
    expect(trayText({ due: [], snoozed: [], upcoming: [], handled: [] }, '2026-11-25').nextDeadline).toBe('No deadlines ahead');
    expect(trayText(null, '2026-11-25').tooltip).toBe('Certplan: no deadlines ahead');
  });
});

describe('open at login', () => {
  const savedEnv = { ...process.env };
  afterEach(() => {
    process.env = { ...savedEnv };
    app.setLoginItemSettings.mockClear();
  });

  it('writes an XDG autostart entry that starts this copy, quoted per the Desktop Entry spec', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/autostart/certplan.desktop');
    expect(autostartFile({}, '/home/ann')).toBe('/home/ann/.config/autostart/certplan.desktop');
    expect(quoteExecArgument('/opt/Certplan/certplan')).toBe('/opt/Certplan/certplan');
    expect(quoteExecArgument('/home/ann/My Apps/Certplan.AppImage')).toBe('"/home/ann/My Apps/Certplan.AppImage"');
    expect(quoteExecArgument('/tmp/$x"y')).toBe('"/tmp/\\$x\\"y"');
    expect(launchCommand({ appImage: '/home/ann/Certplan.AppImage', execPath: '/tmp/.mount_x/certplan', isPackaged: true, appPath: '' })).toEqual(['/home/ann/Certplan.AppImage']);
    expect(launchCommand({ appImage: undefined, execPath: '/opt/Certplan/certplan', isPackaged: true, appPath: '' })).toEqual(['/opt/Certplan/certplan']);
    expect(launchCommand({ appImage: undefined, execPath: '/x/electron', isPackaged: false, appPath: '/src/certplan' })).toEqual(['/x/electron', '/src/certplan']);
    expect(autostartEntry(['/opt/Certplan/certplan'])).toContain('\nExec=/opt/Certplan/certplan\n');
  });

  it('on Linux, switching it on writes the entry and switching it off removes it', () => {
    const config = mkdtempSync(join(tmpdir(), 'certplan-xdg-'));
    process.env.XDG_CONFIG_HOME = config;
    process.env.APPIMAGE = '/home/ann/Apps/Certplan.AppImage';
    const set = openAtLoginFor('linux');
    set?.(true);
    const file = join(config, 'autostart', 'certplan.desktop');
    expect(readFileSync(file, 'utf8')).toContain('Exec=/home/ann/Apps/Certplan.AppImage');
    set?.(false);
    expect(existsSync(file)).toBe(false);
  });

  it('on macOS and Windows, uses the login item settings; elsewhere it is not offered', () => {
    openAtLoginFor('darwin')?.(true);
    openAtLoginFor('win32')?.(false);
    expect(app.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
    expect(openAtLoginFor('freebsd')).toBeUndefined();
  });
});
