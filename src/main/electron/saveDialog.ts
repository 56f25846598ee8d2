import { join } from 'node:path';
import { type BrowserWindow, type SaveDialogOptions, app, dialog } from 'electron';

/**
 * The host service behind "Save a backup as…": Electron's own save dialog, attached to the
 * window when there is one, starting in the Documents folder. The core writes the file; the
 * shell only asks where.
 */
export function chooseSaveLocationFor(getWindow: () => BrowserWindow | null) {
  return async ({ title, defaultFileName }: { title: string; defaultFileName: string }): Promise<string | null> => {
    const options: SaveDialogOptions = {
      title,
      defaultPath: join(app.getPath('documents'), defaultFileName),
      filters: [{ name: 'Certplan backup', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = getWindow();
    const result = window && !window.isDestroyed() ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || result.filePath === '' ? null : result.filePath;
  };
}
