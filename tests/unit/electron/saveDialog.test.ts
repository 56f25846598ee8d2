import { describe, expect, it, vi } from 'vitest';
import { DataDirInUseError } from '../../../src/main/core/db/dataDirLock';
import { DataFolderError } from '../../../src/main/core/runtime/dataFolder';

const fake = vi.hoisted(() => ({
  answer: { canceled: false, filePath: '/home/pat/Documents/mine.zip' },
  calls: [] as unknown[][],
}));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => `/home/pat/${name === 'documents' ? 'Documents' : name}` },
  dialog: {
    showSaveDialog: (...args: unknown[]) => {
      fake.calls.push(args);
      return Promise.resolve(fake.answer);
    },
  },
}));

const { chooseSaveLocationFor } = await import('../../../src/main/electron/saveDialog');
const { startupErrorMessage } = await import('../../../src/main/electron/startupError');

describe('the save dialog for "Save a backup as…"', () => {
  it('asks Electron with the window as parent, starting in Documents, and returns the chosen path', async () => {
    const window = { isDestroyed: () => false };
    const choose = chooseSaveLocationFor(() => window as never);
    expect(await choose({ title: 'Save a Certplan backup', defaultFileName: 'certplan-backup-x-manual.zip' })).toBe('/home/pat/Documents/mine.zip');
    expect(fake.calls[0]?.[0]).toBe(window);
    expect(fake.calls[0]?.[1]).toMatchObject({
      title: 'Save a Certplan backup',
      defaultPath: '/home/pat/Documents/certplan-backup-x-manual.zip',
      filters: [{ name: 'Certplan backup', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('answers null when the person cancels, and works without a window', async () => {
    fake.answer = { canceled: true, filePath: '' };
    const choose = chooseSaveLocationFor(() => null);
    expect(await choose({ title: 't', defaultFileName: 'b.zip' })).toBeNull();
    expect(fake.calls.at(-1)).toHaveLength(1);
  });
});

describe('start-up error dialogs', () => {
  it('say what is wrong with the data folder and what to do', () => {
    expect(startupErrorMessage(new DataFolderError('read-only', '/data/Certplan', 'EROFS'), '/data/Certplan')).toMatchObject({
      title: 'Certplan cannot write its data',
      content: expect.stringMatching(/^Certplan cannot write to its data folder \/data\/Certplan \(it is read-only/),
    });
    expect(startupErrorMessage(new DataFolderError('disk-full', '/data/Certplan', 'ENOSPC'), '/data/Certplan').title).toBe('The disk is full');
    expect(startupErrorMessage(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), '/d').content).toMatch(/disk holding \/d is full/);
    expect(startupErrorMessage(new DataFolderError('missing', '/media/usb', 'ENOENT'), '/media/usb/Certplan').content).toMatch(/does not exist \(is a drive unplugged/);
  });

  it('name the lock file to delete when its process may be another program', () => {
    const { title, content } = startupErrorMessage(new DataDirInUseError('/data', 4242, '/data/certplan.lock'), '/data');
    expect(title).toBe('Certplan is already running');
    expect(content).toContain('delete /data/certplan.lock and start Certplan again');
  });
});
