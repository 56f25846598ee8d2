import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReminderCenter, ReminderGroup } from '../../../src/shared/schemas/reminders';

const app = vi.hoisted(() => ({ setLoginItemSettings: vi.fn(), isPackaged: true, getAppPath: () => '/opt/Certplan/resources/app.asar' }));
vi.mock('electron', () => ({ app, Notification: class {}, Tray: class {}, Menu: {}, nativeImage: {} }));

const { notificationBody, oneNotificationPerItem } = await import('../../../src/main/electron/reminderNotifications');
const { trayText } = await import('../../../src/main/electron/tray');
const { autostartEntry, autostartFile, launchCommand, openAtLoginFor, quoteExecArgument } = await import('../../../src/main/electron/openAtLogin');

const group = (dueDate: string, title: string, state: ReminderGroup['state'] = 'upcoming', ids: Partial<ReminderGroup> = {}): ReminderGroup => ({
  key: title,
  kind: 'cycle-end',
  dueDate,
  title,
  detail: '',
  trackId: null,
  credentialId: 'credential-1',
  state,
  reminderId: `reminder-${title}`,
  nextNoticeAt: null,
  nextLeadDays: null,
  earlierNotices: 0,
  moreDays: 0,
  lastDueDate: null,
  ...ids,
});
const center = (groups: ReminderGroup[]): ReminderCenter => ({ groups, counts: { due: 0, snoozed: 0, upcoming: groups.length, handled: 0 }, hiddenByFilters: 0, studyDigest: true });

describe('notificationBody', () => {
  it('says when, then what to do', () => {
    expect(notificationBody({ id: 'r', kind: 'cycle-end', title: 'PMP renewal cycle ends', detail: 'Earn 12 more PDUs, then renew', dueDate: '2027-09-09', trackId: null, credentialId: null })).toBe(
      'Due 09/09/2027. Earn 12 more PDUs, then renew',
    );
    expect(notificationBody({ id: 'r', kind: 'exam', title: 'Exam', detail: '', dueDate: '2027-03-01', trackId: null, credentialId: null })).toBe('Due 03/01/2027.');
  });
});

describe('oneNotificationPerItem', () => {
  it('raises one notification per item even when several lead times of it arrive together', () => {
    const due = (id: string, dueDate: string, kind: 'cycle-end' | 'exam' = 'cycle-end') => ({ id, kind, title: id, detail: '', dueDate, trackId: null, credentialId: 'c1' });
    expect(oneNotificationPerItem([due('180 days', '2027-09-09'), due('90 days', '2027-09-09'), due('exam', '2027-03-01', 'exam')]).map((r) => r.id)).toEqual(['90 days', 'exam']);
  });
});

describe('trayText', () => {
  it('shows the next due item (one showing now first, else the soonest ahead) and where clicking it goes', () => {
    const ahead = center([group('2026-11-20', 'Past exam', 'snoozed'), group('2027-03-01', 'PMI-ACP exam', 'upcoming', { kind: 'exam', trackId: 't1', credentialId: null }), group('2027-10-01', 'CSM renewal cycle ends')]);
    expect(trayText(ahead, '2026-11-25')).toEqual({
      tooltip: 'Certplan. Next: PMI-ACP exam, 03/01/2027 (in 96 days)',
      nextDeadline: 'Next: PMI-ACP exam, 03/01/2027 (in 96 days)',
      path: '/tracks/t1/prepare',
    });
    const showing = center([group('2027-09-09', 'PMP renewal cycle ends', 'due'), ...ahead.groups]);
    expect(trayText(showing, '2026-11-25')).toMatchObject({ nextDeadline: 'Due now: PMP renewal cycle ends, 09/09/2027', path: '/credentials/credential-1' });
    expect(trayText(center([]), '2026-11-25')).toMatchObject({ nextDeadline: 'No deadlines ahead', path: null });
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
